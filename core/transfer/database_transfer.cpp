#include "database_transfer.h"

#include <core/audit/audit_log.h>
#include <core/storage/database.h>
#include <core/storage/migrator.h>
#include <core/storage/transaction.h>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QObject>
#include <QSqlQuery>

#include <algorithm>

namespace Tandem {
namespace {

enum class Kind { Integer, Real, Text, Blob };

struct Column
{
    QString name;
    Kind kind = Kind::Text;
};

// One table as the transfer sees it. Names come from this fixed list only, never from input.
struct TableSpec
{
    QString name;
    QList<Column> columns;
    QString orderBy;        // a key of integers: the same order on both engines
    bool hasId = true;      // an identity column "id" (PostgreSQL: a sequence to move on)
    bool sortByKey = false; // app_meta: text keys sort differently per engine, so sort in C++
};

// "id# name value~ data%": '#' marks an integer column, '~' a real one, '%' bytes, the rest are text.
QList<Column> columnsOf(const char *spec)
{
    QList<Column> columns;
    const QStringList names = QString::fromLatin1(spec).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString name : names) {
        Kind kind = Kind::Text;
        if (name.endsWith(QLatin1Char('#')))
            kind = Kind::Integer;
        else if (name.endsWith(QLatin1Char('~')))
            kind = Kind::Real;
        else if (name.endsWith(QLatin1Char('%')))
            kind = Kind::Blob;
        if (kind != Kind::Text)
            name.chop(1);
        columns.append({name, kind});
    }
    return columns;
}

// Every Tandem table in dependency order (a row's references are copied before it). Derived
// data is not here: the search index (candidate_fts, candidate_search) is rebuilt on the
// target, and schema_migrations belongs to each database's own migrations.
const QList<TableSpec> &tandemTables()
{
    static const QList<TableSpec> tables = [] {
        const QString byId = QStringLiteral("id");
        return QList<TableSpec>{
            {QStringLiteral("roles"), columnsOf("id# uuid name description"), byId},
            {QStringLiteral("users"), columnsOf("id# uuid name email role_id# active# created_at updated_at version#"), byId},
            {QStringLiteral("skills"), columnsOf("id# name"), byId},
            {QStringLiteral("candidates"),
             columnsOf("id# uuid first_name last_name email phone city country current_title current_company "
                       "linkedin_url source stage years_experience~ skills_text created_at updated_at archived_at "
                       "version# resume_text"),
             byId},
            {QStringLiteral("candidate_skills"), columnsOf("candidate_id# skill_id# position#"),
             QStringLiteral("candidate_id, skill_id"), false},
            {QStringLiteral("pipeline_templates"), columnsOf("id# uuid name is_default# created_at updated_at version#"),
             byId},
            {QStringLiteral("pipeline_template_stages"),
             columnsOf("id# uuid template_id# position# name kind stale_after_days#"), byId},
            {QStringLiteral("requisitions"),
             columnsOf("id# uuid title department location remote# employment_type hiring_manager_id# recruiter_id# "
                       "headcount# salary_min# salary_max# salary_currency eeo1_category description status opened_at "
                       "filled_at closed_at created_at updated_at archived_at version# requirements published_at min_years_experience~"),
             byId},
            {QStringLiteral("requisition_skills"), columnsOf("requisition_id# skill_id# importance position#"),
             QStringLiteral("requisition_id, skill_id"), false},
            {QStringLiteral("job_templates"),
             columnsOf("id# uuid name title department location remote# employment_type headcount# salary_min# "
                       "salary_max# salary_currency eeo1_category description requirements skills_json "
                       "pipeline_template_id# created_at updated_at archived_at version#"),
             byId},
            {QStringLiteral("stages"), columnsOf("id# uuid requisition_id# position# name kind stale_after_days#"), byId},
            {QStringLiteral("applications"),
             columnsOf("id# uuid candidate_id# requisition_id# stage_id# source status disposition_reason applied_at "
                       "stage_entered_at disposed_at created_at updated_at version#"),
             byId},
            {QStringLiteral("stage_history"),
             columnsOf("id# uuid application_id# from_stage_id# to_stage_id# moved_at moved_by# from_stage_name "
                       "to_stage_name"),
             byId},
            {QStringLiteral("activities"),
             columnsOf("id# uuid candidate_id# application_id# kind subject body occurred_at actor_id# created_at"), byId},
            {QStringLiteral("note_mentions"), columnsOf("activity_id# user_id#"), QStringLiteral("activity_id, user_id"), false},
            {QStringLiteral("disposition_reasons"), columnsOf("id# uuid applies_to label position# active#"), byId},
            {QStringLiteral("tags"), columnsOf("id# name"), byId},
            {QStringLiteral("candidate_tags"), columnsOf("candidate_id# tag_id#"), QStringLiteral("candidate_id, tag_id"), false},
            {QStringLiteral("talent_pools"),
             columnsOf("id# uuid name description created_at updated_at archived_at version#"), byId},
            {QStringLiteral("talent_pool_members"), columnsOf("pool_id# candidate_id# note added_at added_by#"),
             QStringLiteral("pool_id, candidate_id"), false},
            {QStringLiteral("consents"),
             columnsOf("id# uuid candidate_id# basis given_at source text_version withdrawn_at created_at"), byId},
            // Hex digests sort alike on both engines, and the checksums would notice if not.
            {QStringLiteral("file_blobs"), columnsOf("sha256 size# data% created_at"), QStringLiteral("sha256"), false},
            {QStringLiteral("candidate_files"),
             columnsOf("id# uuid candidate_id# sha256 file_name mime_type kind size# added_at added_by# removed_at text parsed"),
             byId},
            {QStringLiteral("interviews"),
             columnsOf("id# uuid application_id# loop_uuid title starts_at duration_minutes# time_zone location video_url "
                       "notes status organizer_id# sequence# created_at updated_at version#"),
             byId},
            {QStringLiteral("interview_participants"), columnsOf("interview_id# user_id#"),
             QStringLiteral("interview_id, user_id"), false},
            {QStringLiteral("scorecard_attributes"), columnsOf("id# uuid requisition_id# position# name description"), byId},
            {QStringLiteral("scorecards"),
             columnsOf("id# uuid application_id# interview_id# interviewer_id# recommendation notes submitted_at "
                       "created_at updated_at version#"),
             byId},
            {QStringLiteral("scorecard_ratings"), columnsOf("scorecard_id# attribute_id# rating#"),
             QStringLiteral("scorecard_id, attribute_id"), false},
            {QStringLiteral("offer_letter_templates"),
             columnsOf("id# uuid name body is_default# created_at updated_at version#"), byId},
            {QStringLiteral("offers"),
             columnsOf("id# uuid application_id# salary# salary_currency salary_period start_date expires_on terms "
                       "letter_template_id# status approved_at approved_by# sent_at responded_at response_note "
                       "created_at updated_at version#"),
             byId},
            {QStringLiteral("candidate_contacts"),
             columnsOf("id# candidate_id# kind value label position# created_at"), byId},
            {QStringLiteral("candidate_experience"),
             columnsOf("id# uuid candidate_id# position# employer title start_month end_month is_current# description"), byId},
            {QStringLiteral("candidate_education"),
             columnsOf("id# uuid candidate_id# position# institution degree field start_year# end_year#"), byId},
            {QStringLiteral("vocabulary_terms"), columnsOf("id# alias canonical created_at created_by#"), byId},
            {QStringLiteral("csv_mappings"), columnsOf("id# uuid name mapping created_at updated_at version#"), byId},
            {QStringLiteral("saved_searches"),
             columnsOf("id# uuid owner_id# name query created_at updated_at version#"), byId},
            {QStringLiteral("merge_journal"),
             columnsOf("id# uuid survivor_id# merged_id# survivor_before merged_before moved merged_at merged_by# "
                       "undone_at undone_by#"),
             byId},
            {QStringLiteral("duplicate_dismissals"), columnsOf("candidate_low# candidate_high# dismissed_at dismissed_by#"),
             QStringLiteral("candidate_low, candidate_high"), false},
            {QStringLiteral("screening_questions"),
             columnsOf("id# uuid requisition_id# position# prompt kind choices knockout action created_at updated_at "
                       "version#"),
             byId},
            {QStringLiteral("screening_answers"),
             columnsOf("application_id# question_id# answer knocked_out# reason answered_at recorded_by#"),
             QStringLiteral("application_id, question_id"), false},
            {QStringLiteral("audit_entries"),
             columnsOf("id# uuid at actor action entity_type entity_uuid before_json after_json prev_hash hash"), byId},
            {QStringLiteral("app_meta"), columnsOf("key value"), QStringLiteral("key"), false, true},
            {QStringLiteral("settings"), columnsOf("key value updated_at"), QStringLiteral("key"), false, true},
        };
    }();
    return tables;
}

// The rows both migrations seed with the same ids and uuids. A fresh target holds them; the
// transfer replaces them with the source's (whose times and versions may differ), so the
// checksums compare the source's rows on both sides.
const QStringList seededRoles = {
    QStringLiteral("6f1e0b0a-0001-4000-8000-000000000001"), QStringLiteral("6f1e0b0a-0001-4000-8000-000000000002"),
    QStringLiteral("6f1e0b0a-0001-4000-8000-000000000003"), QStringLiteral("6f1e0b0a-0001-4000-8000-000000000004"),
    QStringLiteral("6f1e0b0a-0001-4000-8000-000000000005")};
const QStringList seededTemplates = {QStringLiteral("6f1e0b0a-0002-4000-8000-000000000001")};
const QStringList seededTemplateStages = {
    QStringLiteral("6f1e0b0a-0003-4000-8000-000000000001"), QStringLiteral("6f1e0b0a-0003-4000-8000-000000000002"),
    QStringLiteral("6f1e0b0a-0003-4000-8000-000000000003"), QStringLiteral("6f1e0b0a-0003-4000-8000-000000000004"),
    QStringLiteral("6f1e0b0a-0003-4000-8000-000000000005"), QStringLiteral("6f1e0b0a-0003-4000-8000-000000000006")};
// Schema step 2 seeds the reasons offered when rejecting or withdrawing, and one offer letter.
QStringList seededReasons()
{
    QStringList uuids;
    for (int i = 1; i <= 12; ++i)
        uuids << QStringLiteral("6f1e0b0a-0004-4000-8000-%1").arg(i, 12, 16, QLatin1Char('0'));
    return uuids;
}
const QStringList seededLetters = {QStringLiteral("6f1e0b0a-0005-4000-8000-000000000001")};

// app_meta keys that describe one engine's installation stay behind: on the other engine
// they would be wrong. None is written yet; the prefixes are reserved for such settings.
bool isEngineSpecificKey(const QString &key)
{
    static const QStringList prefixes = {QStringLiteral("sqlite."), QStringLiteral("postgres."),
                                         QStringLiteral("engine."), QStringLiteral("change_feed.")};
    return std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString &p) { return key.startsWith(p); });
}

QString selectSql(const TableSpec &t)
{
    QStringList names;
    for (const Column &c : t.columns)
        names << c.name;
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(names.join(QStringLiteral(", ")), t.name, t.orderBy);
}

QString insertSql(const TableSpec &t, int rows)
{
    QStringList names;
    for (const Column &c : t.columns)
        names << c.name;
    const QString one = QLatin1Char('(') + QStringList(t.columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))
                        + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(t.name, names.join(QStringLiteral(", ")), QStringList(rows, one).join(QStringLiteral(", ")));
}

// Values as one type per column whatever the engine returned (SQLite: qlonglong, PostgreSQL:
// int or qlonglong), and NULL as an invalid QVariant: Database::exec binds a null QString as
// '', so NULL and '' would otherwise become the same thing on the target.
QVariantList readRow(const QSqlQuery &q, const TableSpec &t)
{
    QVariantList row;
    row.reserve(t.columns.size());
    for (int i = 0; i < int(t.columns.size()); ++i) {
        if (q.isNull(i)) {
            row.append(QVariant());
            continue;
        }
        switch (t.columns.at(i).kind) {
        case Kind::Integer: row.append(QVariant(q.value(i).toLongLong())); break;
        case Kind::Real: row.append(QVariant(q.value(i).toDouble())); break;
        case Kind::Text: row.append(QVariant(q.value(i).toString())); break;
        case Kind::Blob: row.append(QVariant(q.value(i).toByteArray())); break;
        }
    }
    return row;
}

// The checksum's input: every value as text with its length (so no two rows run together),
// NULL marked apart from ''. Reals with 17 significant digits, which round-trip a double.
void addToChecksum(QCryptographicHash &hash, const TableSpec &t, const QVariantList &row)
{
    QByteArray bytes;
    for (int i = 0; i < int(row.size()); ++i) {
        const QVariant &v = row.at(i);
        if (!v.isValid()) {
            bytes += "N;";
            continue;
        }
        QByteArray text;
        switch (t.columns.at(i).kind) {
        case Kind::Integer: text = QByteArray::number(v.toLongLong()); break;
        case Kind::Real: text = QByteArray::number(v.toDouble(), 'g', 17); break;
        case Kind::Text: text = v.toString().toUtf8(); break;
        case Kind::Blob: text = v.toByteArray(); break;
        }
        bytes += 'T' + QByteArray::number(text.size()) + ':' + text + ';';
    }
    bytes += '\n';
    hash.addData(bytes);
}

using RowSink = std::function<Status(QVariantList &&)>;

// Streams a table's rows in key order to `sink`; stops at the sink's first error.
Status forEachRow(Database &db, const TableSpec &t, const RowSink &sink)
{
    auto q = db.exec(selectSql(t));
    if (!q)
        return std::unexpected(q.error());
    if (!t.sortByKey) {
        while (q->next()) {
            if (auto done = sink(readRow(*q, t)); !done) {
                q->finish();
                return done;
            }
        }
        const QSqlError error = q->lastError();
        q->finish();
        if (error.isValid())
            return std::unexpected(db.errorFrom(error, QObject::tr("reading the table %1").arg(t.name)));
        return {};
    }
    QList<QVariantList> rows;
    while (q->next()) {
        QVariantList row = readRow(*q, t);
        if (!isEngineSpecificKey(row.first().toString()))
            rows.append(std::move(row));
    }
    const QSqlError error = q->lastError();
    q->finish();
    if (error.isValid())
        return std::unexpected(db.errorFrom(error, QObject::tr("reading the table %1").arg(t.name)));
    std::sort(rows.begin(), rows.end(),
              [](const QVariantList &a, const QVariantList &b) { return a.first().toString() < b.first().toString(); });
    for (QVariantList &row : rows) {
        if (auto done = sink(std::move(row)); !done)
            return done;
    }
    return {};
}

struct Progress
{
    const std::function<bool(qint64, qint64, const QString &)> &callback;
    qint64 total = 0;
    qint64 done = 0;

    Status report(const QString &phase)
    {
        if (callback && !callback(std::min(done, total), total, phase))
            return fail(ErrorCode::Cancelled, QObject::tr("The move was cancelled; the target was left as it was."));
        return {};
    }
};

Result<qint64> count(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto n = db.scalar(sql, values);
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

QString placeholders(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(QStringLiteral(", "));
}

QVariantList asValues(const QStringList &list)
{
    QVariantList values;
    for (const QString &s : list)
        values << s;
    return values;
}

// What the target holds beyond a fresh migration's seed, in words ("3 candidates, 1 user");
// empty when it holds nothing.
Result<QStringList> recordsHeldBy(Database &to)
{
    QStringList held;
    for (const TableSpec &t : tandemTables()) {
        qint64 n = 0;
        if (t.name == QLatin1String("roles")) {
            auto c = count(to, QStringLiteral("SELECT count(*) FROM roles WHERE uuid NOT IN (%1)")
                                   .arg(placeholders(seededRoles.size())),
                           asValues(seededRoles));
            if (!c)
                return std::unexpected(c.error());
            n = *c;
        } else if (t.name == QLatin1String("pipeline_templates")) {
            // An edited Standard template (version moved on) is the user's work too.
            auto c = count(to, QStringLiteral("SELECT count(*) FROM pipeline_templates WHERE uuid NOT IN (%1) OR version <> 1")
                                   .arg(placeholders(seededTemplates.size())),
                           asValues(seededTemplates));
            if (!c)
                return std::unexpected(c.error());
            n = *c;
        } else if (t.name == QLatin1String("pipeline_template_stages")) {
            auto c = count(to, QStringLiteral("SELECT count(*) FROM pipeline_template_stages WHERE uuid NOT IN (%1)")
                                   .arg(placeholders(seededTemplateStages.size())),
                           asValues(seededTemplateStages));
            if (!c)
                return std::unexpected(c.error());
            n = *c;
        } else if (t.name == QLatin1String("disposition_reasons")) {
            const QStringList seeded = seededReasons();
            auto c = count(to, QStringLiteral("SELECT count(*) FROM disposition_reasons WHERE uuid NOT IN (%1)")
                                   .arg(placeholders(seeded.size())),
                           asValues(seeded));
            if (!c)
                return std::unexpected(c.error());
            n = *c;
        } else if (t.name == QLatin1String("offer_letter_templates")) {
            auto c = count(to, QStringLiteral("SELECT count(*) FROM offer_letter_templates WHERE uuid NOT IN (%1) OR version <> 1")
                                   .arg(placeholders(seededLetters.size())),
                           asValues(seededLetters));
            if (!c)
                return std::unexpected(c.error());
            n = *c;
        } else if (t.sortByKey) {
            auto done = forEachRow(to, t, [&](QVariantList &&) -> Status {
                ++n;
                return {};
            });
            if (!done)
                return std::unexpected(done.error());
        } else {
            auto c = count(to, QStringLiteral("SELECT count(*) FROM %1").arg(t.name));
            if (!c)
                return std::unexpected(c.error());
            n = *c;
        }
        if (n > 0)
            held << QStringLiteral("%1 %2").arg(n).arg(QString(t.name).replace(QLatin1Char('_'), QLatin1Char(' ')));
    }
    return held;
}

// Reads the source in one consistent snapshot and writes nothing there. SQLite: a deferred
// transaction (its snapshot starts at the first read; writers are not blocked). PostgreSQL:
// repeatable read, so every table is read as of the same moment.
class SourceSnapshot
{
public:
    explicit SourceSnapshot(Database &db)
        : m_db(db)
    {
    }
    ~SourceSnapshot()
    {
        if (m_open)
            (void)m_db.execScript(QStringLiteral("ROLLBACK"));
    }
    SourceSnapshot(const SourceSnapshot &) = delete;
    SourceSnapshot &operator=(const SourceSnapshot &) = delete;

    Status begin()
    {
        const QString sql = m_db.engine() == Engine::Postgres
                                ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                : QStringLiteral("BEGIN");
        if (auto done = m_db.execScript(sql); !done)
            return done;
        m_open = true;
        return {};
    }

private:
    Database &m_db;
    bool m_open = false;
};

Status copyTable(Database &from, Database &to, const TableSpec &t, TransferTable &out, Progress &progress)
{
    const int columns = int(t.columns.size());
    // Multi-row INSERTs: far fewer round trips to a server; kept well under SQLite's and
    // PostgreSQL's limits on bound values per statement.
    const int perBatch = std::clamp(8000 / columns, 1, 250);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QVariantList batch;
    int inBatch = 0;
    const QString phase = QObject::tr("Copying %1").arg(t.name);

    const auto flush = [&]() -> Status {
        if (inBatch == 0)
            return {};
        auto q = to.exec(insertSql(t, inBatch), batch);
        if (!q)
            return fail(q.error().code, QObject::tr("Cannot copy the table %1: %2").arg(t.name, q.error().message),
                        QObject::tr("Nothing was written to the target. Check it is a Tandem database of the same "
                                    "version, then try again."));
        q->finish();
        progress.done += inBatch;
        batch.clear();
        inBatch = 0;
        return progress.report(phase);
    };

    auto done = forEachRow(from, t, [&](QVariantList &&row) -> Status {
        addToChecksum(hash, t, row);
        batch.append(row);
        ++inBatch;
        ++out.rows;
        if (inBatch == perBatch)
            return flush();
        return {};
    });
    if (!done)
        return done;
    if (auto flushed = flush(); !flushed)
        return flushed;
    out.sourceChecksum = QString::fromLatin1(hash.result().toHex());
    return {};
}

Status checksumTarget(Database &to, const TableSpec &t, TransferTable &out, Progress &progress)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 rows = 0;
    const QString phase = QObject::tr("Verifying %1").arg(t.name);
    auto done = forEachRow(to, t, [&](QVariantList &&row) -> Status {
        addToChecksum(hash, t, row);
        ++rows;
        if (++progress.done % 2000 == 0)
            return progress.report(phase);
        return {};
    });
    if (!done)
        return done;
    out.targetChecksum = QString::fromLatin1(hash.result().toHex());
    if (rows != out.rows || out.targetChecksum != out.sourceChecksum)
        return fail(ErrorCode::Corrupt,
                    QObject::tr("The copy of the table %1 does not match the source (%2 rows read back, %3 copied).")
                        .arg(t.name)
                        .arg(rows)
                        .arg(out.rows),
                    QObject::tr("Nothing was kept on the target. Check the target server's encoding and "
                                "collation, then try again; report it if it happens again."));
    return progress.report(phase);
}

// The search index is derived data: built on the target, not copied.
Status buildSearchIndex(Database &to)
{
    if (to.engine() == Engine::Sqlite)
        return to.execScript(QStringLiteral("INSERT INTO candidate_fts(candidate_fts) VALUES('rebuild')"));
    // PostgreSQL: the insert trigger filled candidate_search row by row. Refill any candidate it
    // missed (touching a column the update trigger watches), then check again.
    const QString missing =
        QStringLiteral("SELECT count(*) FROM candidates WHERE id NOT IN (SELECT candidate_id FROM candidate_search)");
    auto before = count(to, missing);
    if (!before)
        return std::unexpected(before.error());
    if (*before == 0)
        return {};
    auto q = to.exec(QStringLiteral("UPDATE candidates SET first_name = first_name "
                                    "WHERE id NOT IN (SELECT candidate_id FROM candidate_search)"));
    if (!q)
        return std::unexpected(q.error());
    q->finish();
    auto after = count(to, missing);
    if (!after)
        return std::unexpected(after.error());
    if (*after != 0)
        return fail(ErrorCode::Corrupt, QObject::tr("The search index on the target misses %1 candidates.").arg(*after),
                    QObject::tr("Check that the target was created by this version of Tandem, then try again."));
    return {};
}

// Explicit ids do not advance PostgreSQL's identity sequences: without this the next new
// record would be given id 1 again. (setval is not undone by a rollback; a sequence moved on
// by a failed move only makes later ids larger, which is harmless.)
Status moveSequences(Database &to)
{
    if (to.engine() != Engine::Postgres)
        return {};
    for (const TableSpec &t : tandemTables()) {
        if (!t.hasId)
            continue;
        auto q = to.scalar(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), "
                                          "coalesce((SELECT max(id) FROM %1), 0) + 1, false)")
                               .arg(t.name),
                           {t.name});
        if (!q)
            return std::unexpected(q.error());
    }
    return {};
}

} // namespace

qint64 TransferReport::totalRows() const
{
    qint64 total = 0;
    for (const TransferTable &t : tables)
        total += t.rows;
    return total;
}

Result<TransferReport> transferDatabase(Database &from, Database &to,
                                        const std::function<bool(qint64, qint64, const QString &)> &progress)
{
    QElapsedTimer clock;
    clock.start();
    if (&from == &to || (from.engine() == to.engine() && from.settings().displayName() == to.settings().displayName()))
        return fail(ErrorCode::Invalid,
                    QObject::tr("The source and the target are the same database (%1).").arg(from.settings().displayName()),
                    QObject::tr("Choose a new file or an empty server database as the target."));
    if (from.inTransaction() || to.inTransaction())
        return fail(ErrorCode::Invalid, QObject::tr("A database move cannot start inside another change."),
                    QObject::tr("Finish or cancel the change first, then move the database."));

    auto fromVersion = Migrator(from).currentVersion();
    if (!fromVersion)
        return std::unexpected(fromVersion.error());
    auto toVersion = Migrator(to).currentVersion();
    if (!toVersion)
        return std::unexpected(toVersion.error());
    if (*fromVersion != *toVersion)
        return fail(ErrorCode::Unsupported,
                    QObject::tr("%1 has schema version %2 but %3 has version %4.")
                        .arg(from.settings().displayName())
                        .arg(*fromVersion)
                        .arg(to.settings().displayName())
                        .arg(*toVersion),
                    QObject::tr("Open both with this version of Tandem first (that brings them up to date), then "
                                "move again."));

    SourceSnapshot snapshot(from);
    if (auto begun = snapshot.begin(); !begun)
        return std::unexpected(begun.error());

    Progress tracker{progress};
    for (const TableSpec &t : tandemTables()) {
        auto n = t.sortByKey ? Result<qint64>(0) : count(from, QStringLiteral("SELECT count(*) FROM %1").arg(t.name));
        if (!n)
            return std::unexpected(n.error());
        tracker.total += 2 * *n; // copied once, read back once
    }
    if (auto go = tracker.report(QObject::tr("Preparing")); !go)
        return std::unexpected(go.error());

    auto tx = Transaction::begin(to);
    if (!tx)
        return std::unexpected(tx.error());
    // Someone else's audited change on a server waits until the move commits (and then links
    // to the copied chain's tail) instead of interleaving with it.
    if (const QString lock = to.dialect().lockAuditChain(); !lock.isEmpty()) {
        if (auto locked = to.scalar(lock); !locked)
            return std::unexpected(locked.error());
    }
    // Checked inside the write transaction, so nobody adds a record between the check and the copy.
    auto held = recordsHeldBy(to);
    if (!held)
        return std::unexpected(held.error());
    if (!held->isEmpty())
        return fail(ErrorCode::Invalid,
                    QObject::tr("%1 already holds records (%2), so it cannot take a copy.")
                        .arg(to.settings().displayName(), held->join(QStringLiteral(", "))),
                    QObject::tr("Nothing was changed. Move into an empty database: a new file, or a new database on "
                                "the server (CREATE DATABASE)."));
    // The seeded rows make way for the source's own (same ids and uuids, the source's times).
    for (const char *sql : {"DELETE FROM offer_letter_templates", "DELETE FROM disposition_reasons",
                            "DELETE FROM pipeline_template_stages", "DELETE FROM pipeline_templates", "DELETE FROM roles"}) {
        auto q = to.exec(QString::fromLatin1(sql));
        if (!q)
            return std::unexpected(q.error());
        q->finish();
    }

    TransferReport report;
    for (const TableSpec &t : tandemTables()) {
        TransferTable table;
        table.name = t.name;
        if (auto copied = copyTable(from, to, t, table, tracker); !copied)
            return std::unexpected(copied.error());
        report.tables.append(table);
    }

    if (auto go = tracker.report(QObject::tr("Building the search index")); !go)
        return std::unexpected(go.error());
    if (auto built = buildSearchIndex(to); !built)
        return std::unexpected(built.error());

    for (qsizetype i = 0; i < report.tables.size(); ++i) {
        if (auto checked = checksumTarget(to, tandemTables().at(i), report.tables[i], tracker); !checked)
            return std::unexpected(checked.error());
    }

    if (auto go = tracker.report(QObject::tr("Verifying the audit chain")); !go)
        return std::unexpected(go.error());
    auto audit = AuditLog(to).verify();
    if (!audit)
        return std::unexpected(audit.error());
    if (!audit->ok)
        return fail(ErrorCode::Corrupt, QObject::tr("The audit chain does not verify after the move: %1").arg(audit->problem),
                    QObject::tr("Nothing was kept on the target. Run \"tandem-cli check\" on the source: its chain "
                                "may already be broken."));

    if (auto moved = moveSequences(to); !moved)
        return std::unexpected(moved.error());
    if (auto committed = tx->commit(); !committed)
        return std::unexpected(committed.error());
    report.verified = true;
    report.elapsedMs = clock.elapsed();
    tracker.done = tracker.total;
    (void)tracker.report(QObject::tr("Done"));
    return report;
}

} // namespace Tandem
