#include "job_posting_source.h"

#include <core/common/ids.h>
#include <core/records/requisition_service.h>
#include <core/storage/database.h>

namespace Tandem {

JobPostingSource::JobPostingSource(Database &db)
    : m_db(db)
{
}

Result<PostingOptions> JobPostingSource::options()
{
    auto q = m_db.exec(QStringLiteral("SELECT key, value FROM settings WHERE key IN "
                                      "('posting.organization_name', 'posting.organization_url', 'posting.job_url')"));
    if (!q)
        return std::unexpected(q.error());
    PostingOptions options;
    while (q->next()) {
        const QString key = q->value(0).toString();
        const QString value = q->value(1).toString().trimmed();
        if (key == QLatin1String("posting.organization_name"))
            options.organizationName = value;
        else if (key == QLatin1String("posting.organization_url"))
            options.organizationUrl = value;
        else
            options.jobUrlTemplate = value;
    }
    if (options.organizationName.isEmpty())
        options.organizationName = defaultOrganizationName();
    return options;
}

QString JobPostingSource::defaultOrganizationName()
{
    return QObject::tr("Our company");
}

Status JobPostingSource::setOption(const QString &key, const QString &value)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"),
                       {key, value.trimmed(), nowStorageTime()});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<QList<Requisition>> JobPostingSource::publishedOpen()
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM requisitions WHERE status = 'open' AND published_at IS NOT NULL "
                                      "AND archived_at IS NULL ORDER BY published_at DESC, id"));
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    RequisitionService service(m_db, Actor::system());
    QList<Requisition> result;
    for (qint64 id : std::as_const(ids)) {
        auto r = service.get(id);
        if (!r)
            return std::unexpected(r.error());
        result.append(*r);
    }
    return result;
}

Result<Requisition> JobPostingSource::find(const QString &idOrUuid)
{
    bool numeric = false;
    const qint64 id = idOrUuid.toLongLong(&numeric);
    RequisitionService service(m_db, Actor::system());
    if (numeric)
        return service.get(id);
    auto found = m_db.scalar(QStringLiteral("SELECT id FROM requisitions WHERE uuid = ?"), {idOrUuid.trimmed().toLower()});
    if (!found)
        return std::unexpected(found.error());
    if (!found->isValid())
        return fail(ErrorCode::NotFound, QObject::tr("No requisition has the id or uuid \"%1\".").arg(idOrUuid),
                    QObject::tr("Use the number or uuid shown in the requisition list."));
    return service.get(found->toLongLong());
}

} // namespace Tandem
