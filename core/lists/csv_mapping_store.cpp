#include "csv_mapping_store.h"

#include <core/common/ids.h>
#include <core/records/audited.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QJsonDocument>

namespace Tandem {

using namespace Internal;

namespace {

const QString entityType = QStringLiteral("csv_mapping");
const QString columns = QStringLiteral("id, uuid, name, mapping, updated_at, version");

Result<StoredCsvMapping> fromRecord(const QSqlRecord &r)
{
    StoredCsvMapping s;
    s.id = r.value(0).toLongLong();
    s.uuid = r.value(1).toString();
    s.name = r.value(2).toString();
    auto mapping = CsvMapping::fromJson(QJsonDocument::fromJson(r.value(3).toString().toUtf8()).object());
    if (!mapping)
        return std::unexpected(mapping.error());
    s.mapping = *mapping;
    s.mapping.name = s.name;
    s.updatedAt = fromStorageTime(r.value(4).toString());
    s.version = r.value(5).toInt();
    return s;
}

QString jsonText(const CsvMapping &m)
{
    return QString::fromUtf8(QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

QJsonObject StoredCsvMapping::toJson() const
{
    return {{QStringLiteral("uuid"), uuid}, {QStringLiteral("name"), name}, {QStringLiteral("mapping"), mapping.toJson()}};
}

CsvMappingStore::CsvMappingStore(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

Result<StoredCsvMapping> CsvMappingStore::byId(qint64 id)
{
    auto row = m_db.selectOne(QStringLiteral("SELECT %1 FROM csv_mappings WHERE id = ?").arg(columns), {id});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, QObject::tr("The saved CSV mapping no longer exists."),
                    QObject::tr("Someone may have deleted it; choose another mapping."));
    return fromRecord(**row);
}

Result<std::optional<StoredCsvMapping>> CsvMappingStore::byName(const QString &name)
{
    auto row = m_db.selectOne(QStringLiteral("SELECT %1 FROM csv_mappings WHERE name = ?").arg(columns), {name.simplified()});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<StoredCsvMapping>();
    auto stored = fromRecord(**row);
    if (!stored)
        return std::unexpected(stored.error());
    return std::optional<StoredCsvMapping>(*stored);
}

Status CsvMappingStore::checkName(const QString &name, qint64 exceptId)
{
    if (name.simplified().isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("A CSV mapping needs a name."), QObject::tr("Type a name for the mapping."));
    if (CsvPresets::isPreset(name))
        return fail(ErrorCode::Invalid, QObject::tr("\"%1\" is a built-in mapping and cannot be replaced.").arg(name.simplified()),
                    QObject::tr("Save your changes under another name."));
    auto existing = byName(name);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing && (*existing)->id != exceptId && exceptId != 0)
        return fail(ErrorCode::Invalid, QObject::tr("There is already a CSV mapping called \"%1\".").arg(name.simplified()),
                    QObject::tr("Choose another name."));
    return {};
}

Result<StoredCsvMapping> CsvMappingStore::save(const QString &name, const CsvMapping &mapping)
{
    if (auto ok = checkName(name, 0); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto existing = byName(name);
    if (!existing)
        return std::unexpected(existing.error());
    const QString now = nowStorageTime();
    if (*existing) {
        const StoredCsvMapping before = **existing;
        auto q = m_db.exec(QStringLiteral("UPDATE csv_mappings SET mapping = ?, updated_at = ?, version = version + 1 WHERE id = ?"),
                           {jsonText(mapping), now, before.id});
        if (!q)
            return std::unexpected(q.error());
        return commitChange(m_db, *tx, m_actor, QStringLiteral("update"), entityType, before.toJson(), byId(before.id));
    }
    auto id = m_db.insert(QStringLiteral("INSERT INTO csv_mappings (uuid, name, mapping, created_at, updated_at, version) "
                                         "VALUES (?, ?, ?, ?, ?, 1)"),
                          {newUuid(), name.simplified(), jsonText(mapping), now, now});
    if (!id)
        return std::unexpected(id.error());
    return commitChange(m_db, *tx, m_actor, QStringLiteral("create"), entityType, {}, byId(*id));
}

Result<QList<StoredCsvMapping>> CsvMappingStore::list()
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM csv_mappings ORDER BY name COLLATE NOCASE").arg(columns));
    if (!q)
        return std::unexpected(q.error());
    QList<StoredCsvMapping> all;
    while (q->next()) {
        auto s = fromRecord(q->record());
        if (!s) {
            q->finish();
            return std::unexpected(s.error());
        }
        all.append(*s);
    }
    return all;
}

Result<CsvMapping> CsvMappingStore::get(const QString &name)
{
    for (const CsvMapping &preset : CsvPresets::all()) {
        if (preset.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return preset;
    }
    auto stored = byName(name);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return fail(ErrorCode::NotFound, QObject::tr("There is no CSV mapping called \"%1\".").arg(name.simplified()),
                    QObject::tr("Use \"%1\", \"%2\" or a mapping saved from the import wizard.")
                        .arg(QString::fromLatin1(CsvPresets::LinkedIn), QString::fromLatin1(CsvPresets::GenericAts)));
    return (*stored)->mapping;
}

Result<StoredCsvMapping> CsvMappingStore::rename(qint64 id, int version, const QString &name)
{
    if (auto ok = checkName(name, id); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = byId(id);
    if (!before)
        return before;
    if (before->version != version)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else changed the CSV mapping \"%1\" meanwhile.").arg(before->name),
                    QObject::tr("Nothing was renamed. Reload the list and try again."));
    return renameVersioned(m_db, *tx, m_actor, QStringLiteral("csv_mappings"), entityType, *before, name,
                           [this](qint64 i) { return byId(i); });
}

Status CsvMappingStore::remove(qint64 id)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = byId(id);
    if (!before)
        return std::unexpected(before.error());
    auto q = m_db.exec(QStringLiteral("DELETE FROM csv_mappings WHERE id = ?"), {id});
    if (!q)
        return std::unexpected(q.error());
    return auditAndCommit(m_db, *tx, m_actor, QStringLiteral("delete"), entityType, before->uuid, before->toJson(), {});
}

Result<QStringList> CsvMappingStore::names()
{
    QStringList names;
    for (const CsvMapping &preset : CsvPresets::all())
        names.append(preset.name);
    auto saved = list();
    if (!saved)
        return std::unexpected(saved.error());
    for (const StoredCsvMapping &s : *saved)
        names.append(s.name);
    return names;
}

} // namespace Tandem
