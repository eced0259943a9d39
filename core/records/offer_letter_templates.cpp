#include "offer_letter_templates.h"

#include "audited.h"

#include <core/common/ids.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QSqlQuery>

namespace Tandem {

using namespace Internal;

namespace {

const QString entityType = QStringLiteral("offer_letter_template");
const QString columns = QStringLiteral("id, uuid, name, body, is_default, created_at, updated_at, version");

OfferLetterTemplate readTemplate(const QSqlQuery &q)
{
    OfferLetterTemplate t;
    t.id = q.value(0).toLongLong();
    t.uuid = q.value(1).toString();
    t.name = q.value(2).toString();
    t.body = q.value(3).toString();
    t.isDefault = q.value(4).toInt() != 0;
    t.createdAt = fromStorageTime(q.value(5).toString());
    t.updatedAt = fromStorageTime(q.value(6).toString());
    t.version = q.value(7).toInt();
    return t;
}

std::unexpected<Error> staleTemplate(const QString &name)
{
    return fail(ErrorCode::Conflict, QObject::tr("Someone else changed the template \"%1\" first.").arg(name),
                QObject::tr("Nothing was overwritten. Reopen the templates and try again."));
}

} // namespace

OfferLetterTemplates::OfferLetterTemplates(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

Result<QList<OfferLetterTemplate>> OfferLetterTemplates::list()
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM offer_letter_templates ORDER BY name, id"));
    if (!q)
        return std::unexpected(q.error());
    QList<OfferLetterTemplate> result;
    while (q->next())
        result.append(readTemplate(*q));
    return result;
}

Result<OfferLetterTemplate> OfferLetterTemplates::get(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM offer_letter_templates WHERE id = ?"), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QObject::tr("Offer letter template %1 does not exist.").arg(id),
                    QObject::tr("Someone may have deleted it; choose another template."));
    OfferLetterTemplate t = readTemplate(*q);
    q->finish();
    return t;
}

Result<OfferLetterTemplate> OfferLetterTemplates::defaultTemplate()
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM offer_letter_templates ORDER BY is_default DESC, id LIMIT 1"));
    if (!id)
        return std::unexpected(id.error());
    if (!id->isValid())
        return fail(ErrorCode::NotFound, QObject::tr("There is no offer letter template."),
                    QObject::tr("Create one under Offer letter templates."));
    return get(id->toLongLong());
}

Status OfferLetterTemplates::checkName(const QString &name, qint64 exceptId)
{
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("A template needs a name."), QObject::tr("Type a name, e.g. \"Standard offer letter\"."));
    auto taken = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM offer_letter_templates WHERE lower(name) = lower(?) AND id <> ?"),
                             {name.trimmed(), exceptId});
    if (!taken)
        return std::unexpected(taken.error());
    if (taken->toLongLong() > 0)
        return fail(ErrorCode::Invalid, QObject::tr("A template named \"%1\" already exists.").arg(name.trimmed()),
                    QObject::tr("Choose another name."));
    return {};
}

Result<OfferLetterTemplate> OfferLetterTemplates::create(const QString &name, const QString &body)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = checkName(name, 0); !ok)
        return std::unexpected(ok.error());
    const QString now = nowStorageTime();
    auto id = m_db.insert(QStringLiteral("INSERT INTO offer_letter_templates (uuid, name, body, is_default, created_at, "
                                         "updated_at, version) VALUES (?, ?, ?, 0, ?, ?, 1)"),
                          {newUuid(), name.trimmed(), body, now, now});
    if (!id)
        return std::unexpected(id.error());
    return commitChange(m_db, *tx, m_actor, QStringLiteral("create"), entityType, {}, get(*id));
}

Result<OfferLetterTemplate> OfferLetterTemplates::update(const OfferLetterTemplate &edited)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(edited.id);
    if (!before)
        return before;
    if (before->version != edited.version)
        return staleTemplate(before->name);
    if (auto ok = checkName(edited.name, edited.id); !ok)
        return std::unexpected(ok.error());
    auto q = m_db.exec(QStringLiteral("UPDATE offer_letter_templates SET name = ?, body = ?, updated_at = ?, "
                                      "version = version + 1 WHERE id = ? AND version = ?"),
                       {edited.name.trimmed(), edited.body, nowStorageTime(), edited.id, edited.version});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return staleTemplate(before->name);
    return commitChange(m_db, *tx, m_actor, QStringLiteral("update"), entityType, before->toJson(), get(edited.id));
}

Result<OfferLetterTemplate> OfferLetterTemplates::rename(qint64 id, int version, const QString &name)
{
    auto current = get(id);
    if (!current)
        return current;
    OfferLetterTemplate edited = *current;
    edited.version = version;
    edited.name = name;
    return update(edited);
}

Status OfferLetterTemplates::remove(qint64 id, int version)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(id);
    if (!before)
        return std::unexpected(before.error());
    if (before->version != version)
        return staleTemplate(before->name);
    auto count = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM offer_letter_templates"));
    if (!count)
        return std::unexpected(count.error());
    if (count->toLongLong() <= 1)
        return fail(ErrorCode::Invalid, QObject::tr("\"%1\" is the only offer letter template.").arg(before->name),
                    QObject::tr("Create another template before deleting this one."));
    // Offers keep their terms; they lose only the link to this letter (no FK action needed
    // on engines that do not enforce ON DELETE SET NULL the same way).
    auto unlinked = m_db.exec(QStringLiteral("UPDATE offers SET letter_template_id = NULL WHERE letter_template_id = ?"), {id});
    if (!unlinked)
        return std::unexpected(unlinked.error());
    auto q = m_db.exec(QStringLiteral("DELETE FROM offer_letter_templates WHERE id = ? AND version = ?"), {id, version});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return staleTemplate(before->name);
    if (before->isDefault) {
        auto promoted = m_db.exec(QStringLiteral("UPDATE offer_letter_templates SET is_default = 1, version = version + 1 "
                                                 "WHERE id = (SELECT MIN(id) FROM offer_letter_templates)"));
        if (!promoted)
            return std::unexpected(promoted.error());
    }
    return auditAndCommit(m_db, *tx, m_actor, QStringLiteral("delete"), entityType, before->uuid, before->toJson(), {});
}

Result<OfferLetterTemplate> OfferLetterTemplates::setDefault(qint64 id, int version)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(id);
    if (!before)
        return before;
    if (before->version != version)
        return staleTemplate(before->name);
    if (before->isDefault)
        return before;
    const QString now = nowStorageTime();
    auto cleared = m_db.exec(QStringLiteral("UPDATE offer_letter_templates SET is_default = 0, updated_at = ?, "
                                            "version = version + 1 WHERE is_default = 1"),
                             {now});
    if (!cleared)
        return std::unexpected(cleared.error());
    auto q = m_db.exec(QStringLiteral("UPDATE offer_letter_templates SET is_default = 1, updated_at = ?, version = version + 1 "
                                      "WHERE id = ? AND version = ?"),
                       {now, id, version});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return staleTemplate(before->name);
    return commitChange(m_db, *tx, m_actor, QStringLiteral("set_default"), entityType, before->toJson(), get(id));
}

} // namespace Tandem
