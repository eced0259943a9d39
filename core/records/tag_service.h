#pragma once

#include <core/common/error.h>
#include <core/records/actor.h>

#include <QStringList>

namespace Tandem {

class Database;

// Free labels on candidates ("relocating", "referral"): what the board filters by and what
// segments will select on. Tag names compare without case; a tag no candidate carries any
// more stays in the vocabulary for the completer.
// Thread: the connection's. Errors: Result; setTags() is audited as one change.
class TagService
{
public:
    TagService(Database &db, Actor actor);

    Result<QStringList> tagsOf(qint64 candidateId);
    // Replaces the candidate's tags (trimmed, duplicates dropped, in the given order).
    Result<QStringList> setTags(qint64 candidateId, const QStringList &tags);
    // Every known tag, by name.
    Result<QStringList> allTags();

private:
    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
