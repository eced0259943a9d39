#pragma once

#include <core/domain/records.h>

#include <QStringList>

namespace Tandem {

// A candidate about to be created (by a resume or list import) with every way to reach
// them that the import found, so the duplicate finder can compare all of them.
struct CandidateDraft
{
    Candidate candidate;
    QStringList emails; // any spelling; normalised by the finder
    QStringList phones; // E.164 ("+4915123456789")
    QStringList profileUrls; // LinkedIn and other profile addresses, as found
};

} // namespace Tandem
