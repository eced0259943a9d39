#include <core/bench/intake_bench.h>

#include <core/intake/resume_import.h>
#include <core/lists/csv_importer.h>
#include <core/lists/csv_mapping.h>
#include <core/lists/import_session.h>
#include <core/storage/database.h>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

namespace Tandem {

namespace {

const QStringList firstNames = {QStringLiteral("Ana"),   QStringLiteral("Bruno"), QStringLiteral("Chen"),
                                QStringLiteral("Dana"),  QStringLiteral("Emeka"), QStringLiteral("Farah"),
                                QStringLiteral("Goran"), QStringLiteral("Hana"),  QStringLiteral("Ivo")};
const QStringList lastNames = {QStringLiteral("Silva"),  QStringLiteral("Meyer"), QStringLiteral("Okafor"),
                               QStringLiteral("Novak"),  QStringLiteral("Rossi"), QStringLiteral("Tanaka"),
                               QStringLiteral("Larsen"), QStringLiteral("Haddad")};
const QStringList skillSets = {QStringLiteral("Python, SQL, Apache Kafka, dbt, Airflow"),
                               QStringLiteral("JavaScript, TypeScript, React, Node.js, GraphQL"),
                               QStringLiteral("Java, Spring Boot, Kubernetes, PostgreSQL, AWS"),
                               QStringLiteral("Salesforce, Negotiation, Account Management, HubSpot")};

// A surname part made of syllables, different for every i ("Kalo", "Mire", ...): names
// with digits would not read as names.
QString syllables(int i)
{
    static const QStringList parts = {QStringLiteral("ka"), QStringLiteral("lo"), QStringLiteral("mi"),
                                      QStringLiteral("re"), QStringLiteral("su"), QStringLiteral("ta"),
                                      QStringLiteral("no"), QStringLiteral("vi")};
    QString out;
    do {
        out += parts[i % parts.size()];
        i /= int(parts.size());
    } while (i > 0);
    out[0] = out[0].toUpper();
    return out;
}

QString surname(int i)
{
    return lastNames[i % lastNames.size()] + QLatin1Char('-') + syllables(i / int(lastNames.size()));
}

// A two-page-ish resume with the usual sections; `i` varies the person.
QStringList resumeLines(int i)
{
    const QString first = firstNames[i % firstNames.size()];
    const QString last = surname(i);
    QStringList lines = {first + QLatin1Char(' ') + last,
                         QStringLiteral("Senior Data Engineer"),
                         QStringLiteral("%1.%2@bench.example | +1 415 555 %3 | Austin, TX")
                             .arg(first.toLower(), last.toLower())
                             .arg(1000 + i % 9000, 4, 10, QLatin1Char('0')),
                         QStringLiteral("linkedin.com/in/%1-%2").arg(first.toLower(), last.toLower()),
                         QString(),
                         QStringLiteral("Summary"),
                         QStringLiteral("Engineer with ten years of experience building data platforms for retail and "
                                        "logistics companies, from ingestion to reporting."),
                         QString(),
                         QStringLiteral("Experience")};
    const QStringList employers = {QStringLiteral("Acme Logistics"), QStringLiteral("Globex Retail"),
                                   QStringLiteral("Initech")};
    int year = 2024;
    for (int r = 0; r < employers.size(); ++r) {
        lines << QStringLiteral("Data Engineer, %1").arg(employers[r])
              << (r == 0 ? QStringLiteral("Jan %1 – Present").arg(year - 3)
                         : QStringLiteral("Mar %1 – Dec %2").arg(year - 3).arg(year))
              << QStringLiteral("• Built streaming pipelines handling millions of events a day.")
              << QStringLiteral("• Led a team of four engineers and cut reporting latency by half.");
        year -= 3;
    }
    lines << QString() << QStringLiteral("Education") << QStringLiteral("BSc Computer Science, University of Texas, 2013")
          << QString() << QStringLiteral("Skills") << skillSets[i % skillSets.size()];
    return lines;
}

QByteArray pdfEscaped(const QString &line)
{
    QByteArray text = line.toLatin1();
    text.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
    return text;
}

// A one-page PDF with the lines in Helvetica, written by hand (the command line has no
// QGuiApplication for QPdfWriter): catalog, pages, page, font, content stream, xref.
QByteArray minimalPdf(const QStringList &lines)
{
    QByteArray content = "BT /F1 10 Tf 14 TL 50 800 Td\n";
    for (const QString &line : lines)
        content += "(" + pdfEscaped(QString(line).replace(QStringLiteral("•"), QStringLiteral("-"))
                                        .replace(QStringLiteral("–"), QStringLiteral("-")))
                   + ") Tj T*\n";
    content += "ET\n";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream"};
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer << /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

bool addZipEntry(QuaZip &zip, const QString &name, const QByteArray &bytes)
{
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return false;
    const bool ok = entry.write(bytes) == bytes.size();
    entry.close();
    return ok && entry.getZipError() == 0;
}

// The smallest DOCX Word and Tandem open: content types, the package relationship and a
// document of one paragraph per line.
bool writeDocx(const QString &path, const QStringList &lines)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    QByteArray body;
    for (const QString &line : lines)
        body += "<w:p><w:r><w:t xml:space=\"preserve\">" + line.toHtmlEscaped().toUtf8() + "</w:t></w:r></w:p>";
    const bool ok =
        addZipEntry(zip, QStringLiteral("[Content_Types].xml"),
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/"
                    "2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                    "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
                    "PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    "wordprocessingml.document.main+xml\"/></Types>")
        && addZipEntry(zip, QStringLiteral("_rels/.rels"),
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats."
                       "org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats."
                       "org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                       "</Relationships>")
        && addZipEntry(zip, QStringLiteral("word/document.xml"),
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats."
                       "org/wordprocessingml/2006/main\"><w:body>"
                           + body + "</w:body></w:document>");
    zip.close();
    return ok && zip.getZipError() == 0;
}

Status writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return fail(ErrorCode::Io, QObject::tr("The benchmark could not write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<QStringList> writeResumes(const QString &folder, const QString &format, int count, int offset)
{
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const QStringList lines = resumeLines(offset + i);
        const QString path = QDir(folder).filePath(QStringLiteral("resume-%1.%2").arg(offset + i).arg(format));
        if (format == QLatin1String("docx")) {
            if (!writeDocx(path, lines))
                return fail(ErrorCode::Io, QObject::tr("The benchmark could not write %1.").arg(path));
        } else {
            const QByteArray bytes = format == QLatin1String("pdf") ? minimalPdf(lines) : lines.join(QLatin1Char('\n')).toUtf8();
            if (auto ok = writeBytes(path, bytes); !ok)
                return std::unexpected(ok.error());
        }
        files.append(path);
    }
    return files;
}

Status measureResumes(Database &db, const IntakeBenchOptions &options, BenchReport &report)
{
    auto reader = ResumeReader::fromDatabase(db);
    if (!reader)
        return std::unexpected(reader.error());
    ResumeImporter importer(db, Actor::system());
    // One resume first, not timed: the duplicate finder builds its index of every stored
    // candidate once per import (about a second at 100,000), which is not a per-file cost.
    auto warmUp = writeResumes(options.folder, QStringLiteral("txt"), 1, 1000000);
    if (!warmUp)
        return std::unexpected(warmUp.error());
    importer.importFiles(*warmUp, *reader, DuplicatePolicy::CreateAnyway);
    int offset = 0;
    for (const char *format : {"txt", "docx", "pdf"}) {
        auto files = writeResumes(options.folder, format, options.resumesPerFormat, offset);
        if (!files)
            return std::unexpected(files.error());
        offset += options.resumesPerFormat;
        QList<double> perFile;
        QElapsedTimer total;
        total.start();
        for (const QString &file : std::as_const(*files)) {
            QElapsedTimer t;
            t.start();
            const ResumeImportSummary summary = importer.importFiles({file}, *reader, DuplicatePolicy::CreateAnyway);
            if (summary.count(ResumeImportResult::Created) != 1)
                return fail(ErrorCode::Invalid, QObject::tr("The benchmark's resume %1 was not imported: %2")
                                                    .arg(file, summary.outcomes.value(0).detail));
            perFile.append(double(t.nsecsElapsed()) / 1e6);
        }
        const double seconds = double(total.nsecsElapsed()) / 1e9;
        BenchOperation op;
        op.name = QStringLiteral("import resume (%1)").arg(format);
        op.app = Timing::of(perFile);
        op.note = QStringLiteral("%1 resumes/s").arg(double(files->size()) / seconds, 0, 'f', 1);
        report.operations.append(op);
    }
    return {};
}

// A "generic ATS" export: one header, then rows of people with e-mail, phone, city,
// title, employer, skills and tags, every fiftieth row a repeat of an earlier e-mail (so the
// duplicate check has something to find) and every hundredth a bad e-mail (reported, not
// imported), as real lists have.
Status writeCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, QObject::tr("The benchmark could not write %1: %2").arg(path, file.errorString()));
    QByteArray out = "First Name,Last Name,Email,Phone,City,Country,Current Title,Current Company,Skills,Tags,Source\n";
    for (int i = 0; i < rows; ++i) {
        const int person = i % 50 == 49 ? i - 25 : i;
        const QString first = firstNames[person % firstNames.size()];
        const QString last = surname(person);
        const QString email = i % 100 == 99 ? QStringLiteral("not-an-address")
                                            : QStringLiteral("%1.%2@list.example").arg(first.toLower(), last.toLower());
        // One phone per person (exchanges 200-299, so every number is a valid US one).
        out += QStringLiteral("%1,%2,%3,+1 415 %4 %5,Austin,United States,Data Engineer,Acme %6,\"%7\",imported,List\n")
                   .arg(first, last, email)
                   .arg(200 + person / 10000)
                   .arg(person % 10000, 4, 10, QLatin1Char('0'))
                   .arg(person % 300)
                   .arg(skillSets[person % skillSets.size()])
                   .toUtf8();
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    if (file.write(out) != out.size())
        return fail(ErrorCode::Io, QObject::tr("The benchmark could not write %1: %2").arg(path, file.errorString()));
    return {};
}

Status measureCsv(Database &db, const IntakeBenchOptions &options, BenchReport &report)
{
    const QString path = QDir(options.folder).filePath(QStringLiteral("list.csv"));
    if (auto ok = writeCsv(path, options.csvRows); !ok)
        return ok;
    ImportOptions importOptions;
    importOptions.onDuplicate = DuplicatePolicy::Skip;
    importOptions.findExisting = ImportSession::matchSamePerson(db);
    QElapsedTimer timer;
    timer.start();
    auto summary = CsvImporter(db, Actor::system()).run(path, CsvPresets::genericAtsExport(), importOptions, {});
    if (!summary)
        return std::unexpected(summary.error());
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    BenchOperation op;
    op.name = QStringLiteral("import CSV (%1 rows)").arg(options.csvRows);
    op.app = Timing::of({seconds * 1000.0});
    op.note = QStringLiteral("%1 rows/s; %2 created, %3 duplicates skipped, %4 bad rows reported")
                  .arg(double(options.csvRows) / seconds, 0, 'f', 0)
                  .arg(summary->created)
                  .arg(summary->skippedDuplicates)
                  .arg(summary->failed.size());
    report.operations.append(op);
    return {};
}

} // namespace

Status measureIntake(const ConnectionSettings &scratch, const IntakeBenchOptions &options, BenchReport &report)
{
    auto db = Database::open(scratch);
    if (!db)
        return std::unexpected(db.error());
    if (options.resumesPerFormat > 0) {
        if (auto ok = measureResumes(**db, options, report); !ok)
            return ok;
    }
    if (options.csvRows > 0)
        return measureCsv(**db, options, report);
    return {};
}

} // namespace Tandem
