#include "benchmark.h"

#include "bench_support.h"
#include "board_bench.h"
#include "intake_bench.h"

#include "raw_postgres.h"
#include "raw_sqlite.h"

#include <core/common/ids.h>
#include <core/models/candidate_list_model.h>
#include <core/records/candidate_service.h>
#include <core/records/pipeline_board.h>
#include <core/search/candidate_search.h>
#include <core/search/search_functions.h>
#include <core/storage/database.h>
#include <core/storage/maintenance.h>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

#include <sys/resource.h>

namespace Tandem {

using Bench::RawConnection;
using Bench::RawPostgres;
using Bench::RawSqlite;
using Bench::elapsedMs;
using Bench::openRaw;
using Bench::sample;
using Bench::timeIt;

namespace {

// A server identifier cannot be bound: quote it the way PostgreSQL's quote_ident() does.
QString quoteIdentifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// Times `app` through Tandem, then `raw` on a raw connection of the same database, and
// records the pair as one operation.
template <typename App, typename Raw>
Status timePair(const ConnectionSettings &settings, int repeats, BenchOperation op, App &&app, Raw &&raw,
                BenchReport &report)
{
    auto appTiming = timeIt(repeats, std::forward<App>(app));
    if (!appTiming)
        return std::unexpected(appTiming.error());
    op.app = *appTiming;
    Error error;
    auto conn = openRaw(settings, &error);
    if (!conn)
        return std::unexpected(error);
    auto rawTiming = timeIt(repeats, [&]() -> Status { return raw(*conn); });
    if (!rawTiming)
        return std::unexpected(rawTiming.error());
    op.raw = *rawTiming;
    report.operations.append(op);
    return {};
}

} // namespace

QJsonObject BenchOperation::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("app_ms"), app.toJson()}};
    if (raw) {
        o.insert(QStringLiteral("raw_ms"), raw->toJson());
        o.insert(QStringLiteral("ratio"), std::round(ratio() * 100.0) / 100.0);
    }
    o.insert(QStringLiteral("runs"), app.runs);
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

QJsonObject BenchReport::toJson() const
{
    QJsonArray ops;
    for (const BenchOperation &op : operations)
        ops.append(op.toJson());
    QJsonObject o{{QStringLiteral("engine"), engine},
                  {QStringLiteral("dataset"), dataset},
                  {QStringLiteral("operations"), ops},
                  {QStringLiteral("peak_rss_kb"), peakRssKb}};
    if (!notes.isEmpty())
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    return o;
}

QString BenchReport::toText() const
{
    QString text;
    QTextStream s(&text);
    const QLocale locale;
    s << "Engine: " << engine << "   dataset:";
    for (auto it = dataset.begin(); it != dataset.end(); ++it)
        s << ' ' << it.key() << '=' << locale.toString(it.value().toInteger());
    s << "\n\n";
    s << QStringLiteral("operation").leftJustified(40) << QStringLiteral("app min/median/p95 ms").rightJustified(26)
      << QStringLiteral("raw median/p95 ms").rightJustified(20) << QStringLiteral("app/raw").rightJustified(9) << '\n';
    const auto ms = [](double v) { return QString::number(v, 'f', v < 10 ? 2 : 1); };
    for (const BenchOperation &op : operations) {
        s << op.name.leftJustified(40)
          << (ms(op.app.min) + QLatin1Char('/') + ms(op.app.median) + QLatin1Char('/') + ms(op.app.p95)).rightJustified(26);
        if (op.raw)
            s << (ms(op.raw->median) + QLatin1Char('/') + ms(op.raw->p95)).rightJustified(20)
              << QString::number(op.ratio(), 'f', 2).rightJustified(9);
        if (!op.note.isEmpty())
            s << "   " << op.note;
        s << '\n';
    }
    for (const QString &note : notes)
        s << "\nNote: " << note << '\n';
    s << "\nPeak memory of this process: " << locale.formattedDataSize(peakRssKb * 1024) << '\n';
    return text;
}

QString BenchReport::sideBySide(const QList<BenchReport> &reports)
{
    QString text;
    QTextStream s(&text);
    const QLocale locale;
    for (const BenchReport &report : reports) {
        s << "Engine: " << report.engine << "   dataset:";
        for (auto it = report.dataset.begin(); it != report.dataset.end(); ++it)
            s << ' ' << it.key() << '=' << locale.toString(it.value().toInteger());
        s << '\n';
    }
    s << "\nMedians in ms (app / raw, ratio)\n" << QStringLiteral("operation").leftJustified(40);
    for (const BenchReport &report : reports)
        s << report.engine.rightJustified(28);
    s << '\n';
    const auto ms = [](double v) { return QString::number(v, 'f', v < 10 ? 2 : 1); };
    // Operations in the order of the first run that has them, so a run without writes
    // still lines up.
    QStringList names;
    for (const BenchReport &report : reports) {
        for (const BenchOperation &op : report.operations) {
            if (!names.contains(op.name))
                names.append(op.name);
        }
    }
    for (const QString &name : std::as_const(names)) {
        s << name.leftJustified(40);
        for (const BenchReport &report : reports) {
            QString cell = QStringLiteral("-");
            for (const BenchOperation &op : report.operations) {
                if (op.name != name)
                    continue;
                cell = ms(op.app.median);
                if (op.raw)
                    cell += QStringLiteral(" / ") + ms(op.raw->median) + QStringLiteral(" (")
                        + QString::number(op.ratio(), 'f', 2) + QLatin1Char(')');
            }
            s << cell.rightJustified(28);
        }
        s << '\n';
    }
    for (const BenchReport &report : reports) {
        for (const QString &note : report.notes)
            s << "\nNote (" << report.engine << "): " << note << '\n';
    }
    return text;
}

Benchmark::Benchmark(ConnectionSettings settings, BenchOptions options)
    : m_settings(std::move(settings))
    , m_options(std::move(options))
{
}

QList<std::pair<QString, QStringList>> Benchmark::searchMix()
{
    return {
        {QStringLiteral("search: single term"),
         {QStringLiteral("python"), QStringLiteral("kubernetes"), QStringLiteral("nurse"), QStringLiteral("berlin"),
          QStringLiteral("manager")}},
        {QStringLiteral("search: prefix"),
         {QStringLiteral("kube*"), QStringLiteral("java*"), QStringLiteral("pay*"), QStringLiteral("eng*")}},
        {QStringLiteral("search: phrase"),
         {QStringLiteral("\"machine learning\""), QStringLiteral("\"data engineer\""), QStringLiteral("\"supply chain\"")}},
        {QStringLiteral("search: 3-skill AND"),
         {QStringLiteral("skill:python skill:pandas skill:numpy"), QStringLiteral("skill:java skill:postgresql skill:redis"),
          QStringLiteral("skill:react skill:typescript skill:graphql")}},
        // Field filters: words narrowed by columns of the candidates table (tag:, ranges),
        // and searches of filters alone, which list the newest matching candidates.
        {QStringLiteral("search: field filters"),
         {QStringLiteral("skill:python experience:>5"), QStringLiteral("title:engineer tag:relocating"),
          QStringLiteral("python added:<2025-01-01"), QStringLiteral("skill:java -tag:referral experience:3..8"),
          QStringLiteral("title:manager city:berlin updated:>=2025-06")}},
        {QStringLiteral("search: filters only"),
         {QStringLiteral("tag:relocating"), QStringLiteral("experience:>10"), QStringLiteral("added:2025-03"),
          QStringLiteral("tag:\"needs visa sponsorship\" experience:>=5 -tag:referral")}},
    };
}

void Benchmark::step(const QString &operation) const
{
    if (m_options.progress)
        m_options.progress(operation);
}

Result<BenchReport> Benchmark::run()
{
    if (m_settings.isInMemory())
        return fail(ErrorCode::Invalid, QObject::tr("The benchmark needs a database file, not :memory:."),
                    QObject::tr("Generate one with \"tandem-cli --db FILE demo --candidates 100000\"."));
    BenchReport report;
    report.engine = m_settings.engine == Engine::Postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    {
        Database::OpenOptions options;
        options.create = false;
        auto db = Database::open(m_settings, options);
        if (!db)
            return std::unexpected(db.error());
        for (const char *table : {"candidates", "requisitions", "applications", "activities", "audit_entries"}) {
            auto n = (*db)->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
            if (!n)
                return std::unexpected(n.error());
            report.dataset.insert(QLatin1String(table), n->toLongLong());
        }
        if (report.dataset.value(QStringLiteral("candidates")).toInteger() == 0)
            return fail(ErrorCode::Invalid, QObject::tr("The database has no candidates to measure."),
                        m_settings.engine == Engine::Postgres
                            ? QObject::tr("Move the demo agency there first: tandem-cli migrate --from demo.sqlite --to %1.")
                                  .arg(m_settings.displayName())
                            : QObject::tr("Generate the demo agency first: tandem-cli --db %1 demo --candidates 100000.")
                                  .arg(m_settings.path));
    }
    for (auto measure : {&Benchmark::measureOpen, &Benchmark::measureSearch, &Benchmark::measureListPage,
                         &Benchmark::measureBoard, &Benchmark::measureWrites}) {
        if (auto ok = (this->*measure)(report); !ok)
            return std::unexpected(ok.error());
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    report.peakRssKb = usage.ru_maxrss;
    return report;
}

Status Benchmark::measureOpen(BenchReport &report)
{
    step(QStringLiteral("open"));
    BenchOperation op;
    op.name = QStringLiteral("open to first query");
    Database::OpenOptions options;
    options.create = false;
    auto app = timeIt(m_options.repeats, [&]() -> Status {
        auto db = Database::open(m_settings, options);
        if (!db)
            return std::unexpected(db.error());
        auto n = (*db)->scalar(QStringLiteral("SELECT count(*) FROM candidates"));
        if (!n)
            return std::unexpected(n.error());
        return {};
    });
    if (!app)
        return std::unexpected(app.error());
    op.app = *app;
    auto raw = timeIt(m_options.repeats, [&]() -> Status {
        Error error;
        auto conn = openRaw(m_settings, &error);
        if (!conn)
            return std::unexpected(error);
        if (auto r = conn->run(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version")); !r)
            return std::unexpected(r.error());
        if (auto r = conn->run(QStringLiteral("SELECT count(*) FROM candidates")); !r)
            return std::unexpected(r.error());
        return {};
    });
    if (!raw)
        return std::unexpected(raw.error());
    op.raw = *raw;
    report.operations.append(op);
    return {};
}

Status Benchmark::measureSearch(BenchReport &report)
{
    auto db = Database::open(m_settings);
    if (!db)
        return std::unexpected(db.error());
    Error error;
    auto raw = openRaw(m_settings, &error);
    if (!raw)
        return std::unexpected(error);
    // tandem_rank() is the app's SQLite function; a server ranks with its built-in ts_rank.
    if (m_settings.engine == Engine::Sqlite) {
        if (auto ok = registerSearchFunctions(static_cast<RawSqlite *>(raw.get())->handle()); !ok)
            return ok;
    }
    CandidateSearch search(**db);
    SearchOptions options;
    options.limit = 50;

    QList<double> allApp;
    QList<double> allRaw;
    for (const auto &[name, queries] : searchMix()) {
        step(name);
        QList<double> appSamples;
        QList<double> rawSamples;
        for (const QString &text : queries) {
            auto app = sample(m_options.repeats, [&]() -> Status {
                auto hits = search.search(text, options.limit);
                if (!hits)
                    return std::unexpected(hits.error());
                return {};
            });
            if (!app)
                return std::unexpected(app.error());
            auto parsed = SearchQuery::parse(text);
            if (!parsed)
                return std::unexpected(parsed.error());
            const SearchStatement statement = CandidateSearch::searchStatement(*parsed, options, search.rankWindow(),
                                                                                m_settings.engine);
            auto rawTiming = sample(m_options.repeats, [&]() -> Status {
                auto rows = raw->run(statement.sql, statement.values);
                if (!rows)
                    return std::unexpected(rows.error());
                return {};
            });
            if (!rawTiming)
                return std::unexpected(rawTiming.error());
            // Every run counts: the operation's p95 is over the whole category.
            appSamples << *app;
            rawSamples << *rawTiming;
        }
        BenchOperation op;
        op.name = name;
        op.app = Timing::of(appSamples);
        op.raw = Timing::of(rawSamples);
        op.note = QObject::tr("%1 queries").arg(queries.size());
        report.operations.append(op);
        allApp << appSamples;
        allRaw << rawSamples;
    }
    BenchOperation mix;
    mix.name = QStringLiteral("search: whole mix");
    mix.app = Timing::of(allApp);
    mix.raw = Timing::of(allRaw);
    report.operations.append(mix);
    return {};
}

Status Benchmark::measureListPage(BenchReport &report)
{
    step(QStringLiteral("candidate list"));
    auto db = Database::open(m_settings);
    if (!db)
        return std::unexpected(db.error());
    BenchOperation op;
    op.name = QStringLiteral("candidate list first page");
    return timePair(
        m_settings, m_options.repeats, op,
        [&]() -> Status {
            CandidateListModel model(**db);
            const int rows = std::min(50, model.rowCount());
            for (int r = 0; r < rows; ++r) {
                for (int c = 0; c < model.columnCount(); ++c)
                    model.data(model.index(r, c));
            }
            if (rows == 0)
                return fail(ErrorCode::Invalid, QObject::tr("The candidate list showed no rows."));
            return {};
        },
        [](RawConnection &raw) -> Status {
            if (auto n = raw.run(CandidateListModel::countStatement()); !n)
                return std::unexpected(n.error());
            if (auto n = raw.run(CandidateListModel::firstBlockStatement(), {CandidateListModel::BlockSize, 0}); !n)
                return std::unexpected(n.error());
            return {};
        },
        report);
}

Status Benchmark::measureBoard(BenchReport &report)
{
    step(QStringLiteral("pipeline board"));
    auto db = Database::open(m_settings);
    if (!db)
        return std::unexpected(db.error());
    // The biggest pipeline, with every application in it (the list view of a pipeline shows
    // the closed ones too): the heavy case the board must stay fast for.
    auto busiest = (*db)->selectOne(QStringLiteral("SELECT requisition_id, count(*) FROM applications "
                                                   "GROUP BY requisition_id ORDER BY count(*) DESC LIMIT 1"));
    if (!busiest)
        return std::unexpected(busiest.error());
    if (!*busiest)
        return {}; // no applications: nothing to measure
    const qint64 requisitionId = (*busiest)->value(0).toLongLong();
    const qint64 cards = (*busiest)->value(1).toLongLong();
    PipelineBoardLoader loader(**db);
    BenchOperation op;
    op.name = QStringLiteral("pipeline board load");
    op.note = QObject::tr("%1 applications").arg(cards);
    return timePair(
        m_settings, m_options.repeats, op,
        [&]() -> Status {
            auto board = loader.load(requisitionId, BoardScope::All);
            if (!board)
                return std::unexpected(board.error());
            return {};
        },
        [&](RawConnection &raw) -> Status {
            if (auto n = raw.run(PipelineBoardLoader::stagesSql(), {requisitionId}); !n)
                return std::unexpected(n.error());
            if (auto n = raw.run(PipelineBoardLoader::tagsSql(), {requisitionId}); !n)
                return std::unexpected(n.error());
            if (auto n = raw.run(PipelineBoardLoader::cardsSql(), {nowStorageTime(), requisitionId, 1}); !n)
                return std::unexpected(n.error());
            return {};
        },
        report);
}

Status Benchmark::measureWrites(BenchReport &report)
{
    step(QStringLiteral("writes (on a copy)"));
    if (m_settings.engine == Engine::Postgres)
        return measureServerWrites(report);
    QTemporaryDir temp(m_options.scratchDir.isEmpty() ? QDir::temp().filePath(QStringLiteral("tandem-bench-XXXXXX"))
                                                      : QDir(m_options.scratchDir).filePath(QStringLiteral("tandem-bench-XXXXXX")));
    if (!temp.isValid())
        return fail(ErrorCode::Io, QObject::tr("The benchmark cannot create a scratch folder: %1").arg(temp.errorString()));
    const QString copy = temp.filePath(QStringLiteral("scratch.sqlite"));
    {
        auto db = Database::open(m_settings);
        if (!db)
            return std::unexpected(db.error());
        if (auto copied = backup(**db, copy); !copied)
            return std::unexpected(copied.error());
    }
    return measureWritesOn(ConnectionSettings::sqliteFile(copy), report);
}

Status Benchmark::measureServerWrites(BenchReport &report)
{
    // A scratch database cloned from the measured one (CREATE DATABASE ... TEMPLATE), so the
    // writes land in the same data on the same server and the measured database stays as it
    // was. The clone needs the source free of other sessions: every connection of ours is
    // closed by now. Without the right to create databases the writes are left out.
    ConnectionSettings maintenance = m_settings;
    // The session that issues CREATE DATABASE must not sit in the source itself.
    maintenance.database = m_settings.database == QStringLiteral("postgres") ? QStringLiteral("template1")
                                                                             : QStringLiteral("postgres");
    Error error;
    auto admin = openRaw(maintenance, &error);
    if (!admin)
        return std::unexpected(error);
    ConnectionSettings scratch = m_settings;
    scratch.database = QStringLiteral("tandem_bench_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    if (auto created = admin->exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2")
                                       .arg(quoteIdentifier(scratch.database), quoteIdentifier(m_settings.database)));
        !created) {
        report.notes.append(QObject::tr("Write operations skipped: the benchmark could not create a scratch copy of "
                                        "the database on the server (it needs the CREATEDB right and no other "
                                        "sessions on %1): %2")
                                .arg(m_settings.database, created.error().message));
        return {};
    }
    Status measured = measureWritesOn(scratch, report);
    // WITH (FORCE) ends any session a failed run left behind, so no scratch database stays.
    Status dropped = admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoteIdentifier(scratch.database)));
    if (!measured)
        return measured;
    return dropped;
}

Status Benchmark::measureWritesOn(const ConnectionSettings &scratch, BenchReport &report)
{
    auto db = Database::open(scratch);
    if (!db)
        return std::unexpected(db.error());
    CandidateService service(**db, Actor::system());
    const QString resume = QStringLiteral("Built data pipelines and services for logistics and retail clients. ").repeated(20);
    const auto draft = [&](int i) {
        Candidate c;
        c.firstName = QStringLiteral("Bench");
        c.lastName = QStringLiteral("Person %1").arg(i);
        c.email = QStringLiteral("bench%1@example.com").arg(i);
        c.city = QStringLiteral("Lisbon");
        c.currentTitle = QStringLiteral("Data Engineer");
        c.currentCompany = QStringLiteral("Acme");
        c.skills = {QStringLiteral("Python"), QStringLiteral("SQL"), QStringLiteral("Apache Kafka"), QStringLiteral("dbt"),
                    QStringLiteral("Airflow")};
        c.resumeText = resume;
        return c;
    };

    QList<double> insertApp;
    QList<qint64> created;
    for (int i = 0; i < m_options.writeRows; ++i) {
        QElapsedTimer t;
        t.start();
        auto c = service.create(draft(i));
        if (!c)
            return std::unexpected(c.error());
        insertApp.append(elapsedMs(t));
        created.append(c->id);
    }
    QList<double> updateApp;
    for (qint64 id : std::as_const(created)) {
        auto current = service.get(id);
        if (!current)
            return std::unexpected(current.error());
        QElapsedTimer t;
        t.start();
        Candidate edited = *current;
        edited.currentTitle = QStringLiteral("Senior Data Engineer");
        auto saved = service.update(edited);
        if (!saved)
            return std::unexpected(saved.error());
        updateApp.append(elapsedMs(t));
    }
    db->reset();

    // The same writes with raw statements: candidate row, skills, audit entry with its hash,
    // each change in its own transaction.
    Error error;
    auto raw = openRaw(scratch, &error);
    if (!raw)
        return std::unexpected(error);
    const auto audit = [&](const QString &action, const QString &uuid, const QString &after) -> Status {
        auto tail = raw->run(QStringLiteral("SELECT hash FROM audit_entries ORDER BY id DESC LIMIT 1"));
        if (!tail)
            return std::unexpected(tail.error());
        const QString entryUuid = newUuid();
        const QString at = nowStorageTime();
        const QByteArray hash = QCryptographicHash::hash((entryUuid + at + after).toUtf8(), QCryptographicHash::Sha256).toHex();
        auto ins = raw->run(QStringLiteral("INSERT INTO audit_entries (uuid, at, actor, action, entity_type, entity_uuid, "
                                           "before_json, after_json, prev_hash, hash) VALUES (?, ?, 'system', ?, 'candidate', ?, '', ?, ?, ?)"),
                            {entryUuid, at, action, uuid, after, QString::fromLatin1(hash), QString::fromLatin1(hash)});
        if (!ins)
            return std::unexpected(ins.error());
        return {};
    };
    QList<double> insertRaw;
    QList<qint64> rawIds;
    for (int i = 0; i < m_options.writeRows; ++i) {
        const Candidate c = draft(i);
        QElapsedTimer t;
        t.start();
        if (auto ok = raw->exec(raw->beginWrite()); !ok)
            return ok;
        const QString uuid = newUuid();
        const QString now = nowStorageTime();
        auto ins = raw->insert(QStringLiteral("INSERT INTO candidates (uuid, first_name, last_name, email, city, current_title, "
                                           "current_company, skills_text, created_at, updated_at, resume_text) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {uuid, c.firstName, c.lastName, c.email, c.city, c.currentTitle, c.currentCompany,
                             c.skills.join(QStringLiteral(", ")), now, now, c.resumeText});
        if (!ins)
            return std::unexpected(ins.error());
        const qint64 id = *ins;
        for (qsizetype s = 0; s < c.skills.size(); ++s) {
            if (auto r = raw->run(QStringLiteral("INSERT INTO skills (name) VALUES (?) ON CONFLICT (name) DO NOTHING"), {c.skills[s]}); !r)
                return std::unexpected(r.error());
            if (auto r = raw->run(QStringLiteral("INSERT INTO candidate_skills (candidate_id, skill_id, position) "
                                                 "SELECT ?, id, ? FROM skills WHERE name = ?"),
                                  {id, int(s), c.skills[s]});
                !r)
                return std::unexpected(r.error());
        }
        if (auto ok = audit(QStringLiteral("create"), uuid, c.email); !ok)
            return ok;
        if (auto ok = raw->exec(QStringLiteral("COMMIT")); !ok)
            return ok;
        insertRaw.append(elapsedMs(t));
        rawIds.append(id);
    }
    QList<double> updateRaw;
    for (qint64 id : std::as_const(rawIds)) {
        QElapsedTimer t;
        t.start();
        if (auto ok = raw->exec(raw->beginWrite()); !ok)
            return ok;
        if (auto r = raw->run(QStringLiteral("SELECT * FROM candidates WHERE id = ?"), {id}); !r)
            return std::unexpected(r.error());
        if (auto r = raw->run(QStringLiteral("UPDATE candidates SET current_title = ?, updated_at = ?, version = version + 1 "
                                             "WHERE id = ? AND version = ?"),
                              {QStringLiteral("Senior Data Engineer"), nowStorageTime(), id, 1});
            !r)
            return std::unexpected(r.error());
        if (auto ok = audit(QStringLiteral("update"), QString::number(id), QStringLiteral("title")); !ok)
            return ok;
        if (auto ok = raw->exec(QStringLiteral("COMMIT")); !ok)
            return ok;
        updateRaw.append(elapsedMs(t));
    }

    const auto perSecond = [](const Timing &t) { return t.median > 0 ? 1000.0 / t.median : 0.0; };
    BenchOperation insert;
    insert.name = QStringLiteral("candidate insert (audited)");
    insert.app = Timing::of(insertApp);
    insert.raw = Timing::of(insertRaw);
    insert.note = QObject::tr("%1 rows/s app, %2 rows/s raw").arg(qRound(perSecond(insert.app))).arg(qRound(perSecond(*insert.raw)));
    BenchOperation update;
    update.name = QStringLiteral("candidate update (audited)");
    update.app = Timing::of(updateApp);
    update.raw = Timing::of(updateRaw);
    update.note = QObject::tr("%1 rows/s app, %2 rows/s raw").arg(qRound(perSecond(update.app))).arg(qRound(perSecond(*update.raw)));
    report.operations << insert << update;
    raw.reset();
    // The pipeline's writes on the same scratch copy: a 500-card board and a 100-card move.
    if (auto ok = Bench::measurePipeline(scratch, m_options.repeats, report); !ok)
        return ok;
    // Intake on the same copy, so duplicate checks run against every stored candidate.
    step(QStringLiteral("imports (resumes, CSV)"));
    QTemporaryDir files(m_options.scratchDir.isEmpty() ? QDir::temp().filePath(QStringLiteral("tandem-import-XXXXXX"))
                                                       : QDir(m_options.scratchDir).filePath(QStringLiteral("tandem-import-XXXXXX")));
    if (!files.isValid())
        return fail(ErrorCode::Io, QObject::tr("The benchmark cannot create a scratch folder: %1").arg(files.errorString()));
    IntakeBenchOptions intake;
    intake.resumesPerFormat = m_options.importResumes;
    intake.csvRows = m_options.importCsvRows;
    intake.folder = files.path();
    return measureIntake(scratch, intake, report);
}

} // namespace Tandem
