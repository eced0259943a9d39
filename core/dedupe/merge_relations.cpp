#include "merge_relations.h"

#include <core/common/ids.h>
#include <core/contacts/contact_normalization.h>
#include <core/records/settings_store.h>
#include <core/storage/database.h>

#include <QCoreApplication>
#include <QSet>

namespace Tandem::Dedupe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tandem::MergeService", text);
}

} // namespace

Result<QList<qint64>> readIds(Database &db, const QString &sql, const QVariantList &values)
{
    auto q = db.exec(sql, values);
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

// Rows of tables whose every row simply follows the survivor.
Status moveSimple(MergeRun &run)
{
    static const QStringList tables
        = {QStringLiteral("activities"), QStringLiteral("candidate_files"), QStringLiteral("consents"),
           QStringLiteral("candidate_experience"), QStringLiteral("candidate_education")};
    for (const QString &table : tables) {
        auto ids = readIds(run.db,
                           QStringLiteral("SELECT id FROM %1 WHERE candidate_id = ? ORDER BY id").arg(table),
                           {run.merged.id});
        if (!ids)
            return std::unexpected(ids.error());
        if (auto ok = run.steps.move(table, *ids, run.merged.id, run.survivor.id); !ok)
            return ok;
    }
    return {};
}

Status moveApplications(MergeRun &run)
{
    auto theirs
        = readRows(run.db,
                   QStringLiteral("SELECT id, requisition_id, status, disposition_reason, disposed_at, "
                                  "updated_at, version FROM applications WHERE candidate_id = ? ORDER BY id"),
                   {run.merged.id});
    if (!theirs)
        return std::unexpected(theirs.error());
    auto ours
        = readIds(run.db, QStringLiteral("SELECT requisition_id FROM applications WHERE candidate_id = ?"),
                  {run.survivor.id});
    if (!ours)
        return std::unexpected(ours.error());
    QList<qint64> follow;
    const QString now = nowStorageTime();
    for (const QJsonObject &app : std::as_const(*theirs)) {
        const QJsonObject key {{QStringLiteral("id"), app.value(QStringLiteral("id"))}};
        if (!ours->contains(app.value(QStringLiteral("requisition_id")).toInteger())) {
            follow << app.value(QStringLiteral("id")).toInteger();
            continue;
        }
        if (app.value(QStringLiteral("status")).toString() != QLatin1String("active"))
            continue; // a closed application stays on the archived record as it is
        QJsonObject old = app;
        old.remove(QStringLiteral("id"));
        old.remove(QStringLiteral("requisition_id"));
        const QJsonObject set {
            {QStringLiteral("status"), QStringLiteral("withdrawn")},
            {QStringLiteral("disposition_reason"), tr("Merged duplicate")},
            {QStringLiteral("disposed_at"), now},
            {QStringLiteral("updated_at"), now},
            {QStringLiteral("version"), app.value(QStringLiteral("version")).toInteger() + 1}};
        if (auto ok = run.steps.update(QStringLiteral("applications"), key, set, old); !ok)
            return ok;
    }
    run.moved = int(follow.size());
    return run.steps.move(QStringLiteral("applications"), follow, run.merged.id, run.survivor.id);
}

// A union by `keyColumn` (tag_id, pool_id, skill_id): rows the survivor already has are
// deleted from the merged record, the others move. Skills also take positions after the survivor's.
Status unite(MergeRun &run, const QString &table, const QString &keyColumn)
{
    auto theirs = readRows(
        run.db, QStringLiteral("SELECT * FROM %1 WHERE candidate_id = ? ORDER BY %2").arg(table, keyColumn),
        {run.merged.id});
    if (!theirs)
        return std::unexpected(theirs.error());
    auto ours
        = readIds(run.db, QStringLiteral("SELECT %1 FROM %2 WHERE candidate_id = ?").arg(keyColumn, table),
                  {run.survivor.id});
    if (!ours)
        return std::unexpected(ours.error());
    const bool positioned = table == QLatin1String("candidate_skills");
    int position = 0;
    if (positioned) {
        auto top = run.db.scalar(
            QStringLiteral("SELECT max(position) FROM candidate_skills WHERE candidate_id = ?"),
            {run.survivor.id});
        if (!top)
            return std::unexpected(top.error());
        position = top->isNull() ? 0 : top->toInt() + 1;
    }
    for (const QJsonObject &row : std::as_const(*theirs)) {
        const QJsonObject key {{keyColumn, row.value(keyColumn)},
                               {QStringLiteral("candidate_id"), run.merged.id}};
        if (ours->contains(row.value(keyColumn).toInteger())) {
            if (auto ok = run.steps.remove(table, key, row); !ok)
                return ok;
            continue;
        }
        QJsonObject set {{QStringLiteral("candidate_id"), run.survivor.id}};
        QJsonObject old {{QStringLiteral("candidate_id"), run.merged.id}};
        if (positioned) {
            set.insert(QStringLiteral("position"), position++);
            old.insert(QStringLiteral("position"), row.value(QStringLiteral("position")));
        }
        if (auto ok = run.steps.update(table, key, set, old); !ok)
            return ok;
    }
    return {};
}

// Contacts: a union by kind + value, then the primary values not chosen become contacts.
Status uniteContacts(MergeRun &run, const Candidate &chosen)
{
    auto theirs = readRows(
        run.db, QStringLiteral("SELECT * FROM candidate_contacts WHERE candidate_id = ? ORDER BY id"),
        {run.merged.id});
    if (!theirs)
        return std::unexpected(theirs.error());
    auto oursRows = readRows(
        run.db, QStringLiteral("SELECT kind, value, position FROM candidate_contacts WHERE candidate_id = ?"),
        {run.survivor.id});
    if (!oursRows)
        return std::unexpected(oursRows.error());
    QSet<QString> ours;
    int position = 0;
    for (const QJsonObject &row : std::as_const(*oursRows)) {
        ours.insert(row.value(QStringLiteral("kind")).toString() + QLatin1Char('\n')
                    + row.value(QStringLiteral("value")).toString());
        position = std::max(position, int(row.value(QStringLiteral("position")).toInteger()) + 1);
    }
    QList<qint64> follow;
    for (const QJsonObject &row : std::as_const(*theirs)) {
        const QString key = row.value(QStringLiteral("kind")).toString() + QLatin1Char('\n')
            + row.value(QStringLiteral("value")).toString();
        if (ours.contains(key)) {
            if (auto ok = run.steps.remove(QStringLiteral("candidate_contacts"),
                                           {{QStringLiteral("id"), row.value(QStringLiteral("id"))}}, row);
                !ok)
                return ok;
        } else {
            follow << row.value(QStringLiteral("id")).toInteger();
            ours.insert(key);
        }
    }
    if (auto ok
        = run.steps.move(QStringLiteral("candidate_contacts"), follow, run.merged.id, run.survivor.id);
        !ok)
        return ok;

    auto region = SettingsStore(run.db, run.actor).value(QString::fromLatin1(kDefaultPhoneRegionKey));
    const QString phoneRegion = region && !region->isEmpty() ? *region : fallbackPhoneRegion();
    auto phoneText = [&](const QString &text) {
        auto phone = normalizePhone(text, phoneRegion);
        return phone ? phone->e164 : text.trimmed();
    };
    struct Kept
    {
        QString kind;
        QString value;
        QString chosen;
    };
    QList<Kept> candidates;
    for (const Candidate *c : {&run.survivor, &run.merged}) {
        candidates.append({QStringLiteral("email"), c->email.trimmed(), chosen.email.trimmed()});
        candidates.append({QStringLiteral("phone"), phoneText(c->phone), phoneText(chosen.phone)});
        candidates.append(
            {QStringLiteral("linkedin"), c->linkedinUrl.trimmed(), chosen.linkedinUrl.trimmed()});
    }
    const QString now = nowStorageTime();
    for (const Kept &k : std::as_const(candidates)) {
        const bool same = k.kind == QLatin1String("email")
            ? normalizeEmail(k.value) == normalizeEmail(k.chosen)
            : k.kind == QLatin1String("linkedin")
            ? normalizeProfileUrl(k.value) == normalizeProfileUrl(k.chosen)
            : k.value == k.chosen;
        const QString key = k.kind + QLatin1Char('\n') + k.value;
        if (k.value.isEmpty() || same || ours.contains(key))
            continue;
        ours.insert(key);
        auto id = run.steps.insert(QStringLiteral("candidate_contacts"),
                                   {{QStringLiteral("candidate_id"), run.survivor.id},
                                    {QStringLiteral("kind"), k.kind},
                                    {QStringLiteral("value"), k.value},
                                    {QStringLiteral("label"), tr("from merge")},
                                    {QStringLiteral("position"), position++},
                                    {QStringLiteral("created_at"), now}});
        if (!id)
            return std::unexpected(id.error());
    }
    return {};
}

} // namespace Tandem::Dedupe
