#pragma once

#include <core/common/error.h>
#include <core/intake/text_extractor.h>

#include <QString>

namespace Tandem::Internal {

// Runs tandem-pdftext (app/pdftext) on one PDF file under the limits and turns its exit
// code, a crash or a timeout into an error naming the file. Blocks the calling thread until
// the helper ends or is killed at limits.pdfTimeoutMs.
Result<QString> runPdfHelper(const QString &helper, const QString &pdfPath, const ExtractionLimits &limits,
                             const QString &displayName);

} // namespace Tandem::Internal
