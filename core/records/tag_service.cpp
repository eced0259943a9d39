#include "tag_service.h"

#include "audited.h"

#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QJsonArray>
#include <QJsonObject>

namespace Tandem {

using namespace Internal;

namespace {

QStringList cleaned(const QStringList &tags)
{
    QStringList result;
    for (const QString &tag : tags) {
        const QString name = tag.simplified();
        if (name.isEmpty())
            continue;
        if (!result.contains(name, Qt::CaseInsensitive))
            result.append(name);
    }
    return result;
}

} // namespace

TagService::TagService(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

Result<QStringList> TagService::tagsOf(qint64 candidateId)
{
    auto q = m_db.exec(QStringLiteral("SELECT t.name FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id "
                                      "WHERE ct.candidate_id = ? ORDER BY t.name COLLATE NOCASE"),
                       {candidateId});
    if (!q)
        return std::unexpected(q.error());
    QStringList tags;
    while (q->next())
        tags.append(q->value(0).toString());
    return tags;
}

Result<QStringList> TagService::setTags(qint64 candidateId, const QStringList &tags)
{
    const QStringList wanted = cleaned(tags);
    for (const QString &tag : wanted) {
        if (tag.size() > 60)
            return fail(ErrorCode::Invalid, QObject::tr("The tag \"%1…\" is too long.").arg(tag.left(20)),
                        QObject::tr("Keep tags short (60 characters at most); put longer text in a note."));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto uuid = m_db.scalar(QStringLiteral("SELECT uuid FROM candidates WHERE id = ?"), {candidateId});
    if (!uuid)
        return std::unexpected(uuid.error());
    if (!uuid->isValid())
        return fail(ErrorCode::NotFound, QObject::tr("Candidate %1 does not exist.").arg(candidateId),
                    QObject::tr("Refresh the list and try again."));
    auto before = tagsOf(candidateId);
    if (!before)
        return before;
    auto cleared = m_db.exec(QStringLiteral("DELETE FROM candidate_tags WHERE candidate_id = ?"), {candidateId});
    if (!cleared)
        return std::unexpected(cleared.error());
    for (const QString &tag : wanted) {
        auto id = m_db.scalar(QStringLiteral("SELECT id FROM tags WHERE name = ?"), {tag});
        if (!id)
            return std::unexpected(id.error());
        qint64 tagId = id->toLongLong();
        if (!id->isValid()) {
            auto inserted = m_db.insert(QStringLiteral("INSERT INTO tags (name) VALUES (?)"), {tag});
            if (!inserted)
                return std::unexpected(inserted.error());
            tagId = *inserted;
        }
        auto linked = m_db.exec(QStringLiteral("INSERT INTO candidate_tags (candidate_id, tag_id) VALUES (?, ?)"), {candidateId, tagId});
        if (!linked)
            return std::unexpected(linked.error());
    }
    auto after = tagsOf(candidateId);
    if (!after)
        return after;
    if (*after == *before)
        return after; // nothing changed: the transaction rolls back, nothing to audit
    const QJsonObject beforeJson{{QStringLiteral("tags"), QJsonArray::fromStringList(*before)}};
    const QJsonObject afterJson{{QStringLiteral("tags"), QJsonArray::fromStringList(*after)}};
    if (auto ok = auditAndCommit(m_db, *tx, m_actor, QStringLiteral("tag"), QStringLiteral("candidate"), uuid->toString(),
                                 beforeJson, afterJson);
        !ok)
        return std::unexpected(ok.error());
    return after;
}

Result<QStringList> TagService::allTags()
{
    auto q = m_db.exec(QStringLiteral("SELECT name FROM tags ORDER BY name COLLATE NOCASE"));
    if (!q)
        return std::unexpected(q.error());
    QStringList tags;
    while (q->next())
        tags.append(q->value(0).toString());
    return tags;
}

} // namespace Tandem
