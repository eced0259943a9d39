// Resume import end to end: generated resumes written as real PDF, DOCX, ODT, HTML and text
// files, read back through text extraction (PDFs in the tandem-pdftext helper process) and
// the parser, then stored, re-imported and updated through ResumeImporter.
#include <core/contacts/contact_normalization.h>
#include <core/intake/candidate_profile.h>
#include <core/intake/resume_import.h>
#include <core/records/candidate_service.h>
#include <core/records/file_store.h>
#include <core/search/candidate_search.h>

#include "support/resume_documents.h"
#include "support/resume_samples.h"
#include "support/test_database.h"
#include "main/pdftext_location.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <map>

using namespace Tandem;
using Testing::ResumeSample;

namespace {

enum class Format { Pdf, Docx, Odt, Html, Text };

QString extension(Format f)
{
    switch (f) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Docx:
        return QStringLiteral("docx");
    case Format::Odt:
        return QStringLiteral("odt");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Text:
        return QStringLiteral("txt");
    }
    return {};
}

QString write(Format f, const ResumeSample &sample, const QString &dir, const QString &stem)
{
    const QString path = QDir(dir).filePath(stem + QLatin1Char('.') + extension(f));
    bool ok = false;
    switch (f) {
    case Format::Pdf:
        ok = Testing::writePdf(sample, path).has_value();
        break;
    case Format::Docx:
        ok = Testing::writeDocx(sample, path).has_value();
        break;
    case Format::Odt:
        ok = Testing::writeOdt(sample, path).has_value();
        break;
    case Format::Html:
        ok = Testing::writeHtml(sample, path).has_value();
        break;
    case Format::Text:
        ok = Testing::writeText(sample, path).has_value();
        break;
    }
    EXPECT_TRUE(ok) << path.toStdString();
    return path;
}

ResumeReader reader(const QString &region = QStringLiteral("US"))
{
    return ResumeReader(SkillVocabulary::builtIn(), region);
}

QStringList values(const QList<ParsedField> &fields)
{
    QStringList out;
    for (const ParsedField &f : fields)
        out.append(f.value);
    return out;
}

bool sameText(const QString &a, const QString &b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

// Field-level accuracy over one format: fraction of samples whose field came out exactly.
struct Tally
{
    std::map<std::string, std::pair<int, int>> fields; // name -> (right, asked)

    void add(const char *field, bool right, bool asked = true)
    {
        if (!asked)
            return;
        auto &[r, n] = fields[field];
        r += right ? 1 : 0;
        n += 1;
    }
    double rate(const char *field) const
    {
        const auto it = fields.find(field);
        return it == fields.end() || it->second.second == 0 ? 1.0 : double(it->second.first) / it->second.second;
    }
};

void score(Tally &tally, const ResumeSample &sample, const ParsedResume &p)
{
    const auto &e = sample.expected;
    tally.add("first name", sameText(p.firstName.value, e.firstName));
    tally.add("last name", sameText(p.lastName.value, e.lastName));
    tally.add("email", !p.emails.isEmpty() && p.emails.first().value == e.email, !e.email.isEmpty());
    tally.add("phone", !p.phones.isEmpty() && p.phones.first().value == e.phoneE164, !e.phoneE164.isEmpty());
    tally.add("city", sameText(p.city.value, e.city), !e.city.isEmpty());
    tally.add("title", sameText(p.currentTitle.value, e.currentTitle), !e.currentTitle.isEmpty());
    tally.add("employer", sameText(p.currentCompany.value, e.currentCompany), !e.currentCompany.isEmpty());
    QString linkedin;
    for (const ParsedLink &l : p.links) {
        if (l.kind == QLatin1String("linkedin"))
            linkedin = normalizeProfileUrl(l.url);
    }
    tally.add("linkedin", linkedin == e.linkedinUrl, !e.linkedinUrl.isEmpty());
    const QStringList skills = values(p.skills);
    for (const QString &skill : e.skills)
        tally.add("skills (recall)", skills.contains(skill, Qt::CaseInsensitive));
    for (const Testing::ExpectedWork &w : e.work) {
        const bool found = std::any_of(p.work.cbegin(), p.work.cend(), [&](const ParsedWork &pw) {
            return sameText(pw.employer, w.employer) && sameText(pw.title, w.title);
        });
        tally.add("work entries", found);
    }
    for (const Testing::ExpectedEducation &ed : e.education) {
        const bool found = std::any_of(p.education.cbegin(), p.education.cend(),
                                       [&](const ParsedEducation &pe) { return sameText(pe.institution, ed.institution); });
        tally.add("education", found);
    }
}

} // namespace

// The generated set through every file format. Prints the field-level accuracy per format
// and holds each format to a floor a recruiter can live with: what the review screen
// leaves to check by hand.
TEST(ResumeImport, FieldAccuracyOverGeneratedResumesInEveryFormat)
{
    QTemporaryDir dir;
    const QList<ResumeSample> samples = Testing::generateResumeSamples(60, 20261122);
    ASSERT_GE(samples.size(), 50);
    const std::vector<Format> formats = {Format::Pdf, Format::Docx, Format::Odt, Format::Html, Format::Text};
    std::map<Format, Tally> tallies;
    for (int i = 0; i < samples.size(); ++i) {
        const ResumeReader r = reader(samples[i].defaultRegion);
        for (Format f : formats) {
            const QString path = write(f, samples[i], dir.path(), QStringLiteral("resume-%1").arg(i));
            const ResumeDocument document = r.read(path);
            ASSERT_FALSE(document.failed()) << path.toStdString() << ": " << document.error->text().toStdString();
            score(tallies[f], samples[i], document.parsed);
        }
    }
    std::printf("\nField accuracy over %d generated resumes (share exactly right):\n", int(samples.size()));
    std::printf("%-16s %7s %7s %7s %7s %7s\n", "field", "PDF", "DOCX", "ODT", "HTML", "TXT");
    for (const auto &[field, counts] : tallies[Format::Text].fields) {
        std::printf("%-16s", field.c_str());
        for (Format f : formats)
            std::printf(" %6.1f%%", 100.0 * tallies[f].rate(field.c_str()));
        std::printf("\n");
    }
    for (Format f : formats) {
        const Tally &t = tallies[f];
        SCOPED_TRACE(extension(f).toStdString());
        EXPECT_GE(t.rate("email"), 0.95);
        EXPECT_GE(t.rate("phone"), 0.90);
        EXPECT_GE(t.rate("first name"), 0.90);
        EXPECT_GE(t.rate("last name"), 0.90);
        EXPECT_GE(t.rate("skills (recall)"), 0.85);
        EXPECT_GE(t.rate("work entries"), 0.70);
    }
}

class ResumeImportStore : public ::testing::Test
{
protected:
    Testing::TestDatabase t;
    QList<ResumeSample> samples = Testing::generateResumeSamples(6, 7);

    QString file(int sample, Format f, const QString &stem = {})
    {
        return write(f, samples[sample], t.dir(), stem.isEmpty() ? QStringLiteral("cv-%1").arg(sample) : stem);
    }
};

TEST_F(ResumeImportStore, AFolderBecomesCandidatesWithFilesTextAndProfile)
{
    const QString folder = QDir(t.dir()).filePath(QStringLiteral("inbox"));
    ASSERT_TRUE(QDir().mkpath(folder + QStringLiteral("/nested")));
    write(Format::Pdf, samples[0], folder, QStringLiteral("a"));
    write(Format::Docx, samples[1], folder + QStringLiteral("/nested"), QStringLiteral("b"));
    write(Format::Odt, samples[2], folder, QStringLiteral("c"));
    QFile broken(folder + QStringLiteral("/broken.pdf"));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("%PDF-1.7\n1 0 obj << /Type /Catalog");
    broken.close();
    QFile photo(folder + QStringLiteral("/photo.png"));
    ASSERT_TRUE(photo.open(QIODevice::WriteOnly));
    photo.write("\x89PNG\r\n");
    photo.close();

    QStringList ignored;
    const QStringList files = ResumeReader::expand({folder}, &ignored);
    ASSERT_EQ(files.size(), 4);
    ASSERT_EQ(ignored.size(), 1);
    ResumeImporter importer(t.db(), Actor::system());
    const ResumeImportSummary summary = importer.importFiles(files, reader(), DuplicatePolicy::UpdateEmptyFields);
    EXPECT_EQ(summary.count(ResumeImportResult::Created), 3) << summary.text().toStdString();
    ASSERT_EQ(summary.count(ResumeImportResult::Failed), 1);
    for (const ResumeImportOutcome &o : summary.outcomes) {
        if (o.result == ResumeImportResult::Failed) {
            EXPECT_TRUE(o.detail.contains(QStringLiteral("broken.pdf"))) << o.detail.toStdString();
        }
    }

    t.reopen();
    const ResumeImportOutcome first = summary.outcomes.first(); // a.pdf: sorted first
    ASSERT_EQ(first.fileName, QStringLiteral("a.pdf"));
    auto ann = CandidateService(t.db(), Actor::system()).get(first.candidateId);
    ASSERT_TRUE(ann);
    EXPECT_EQ(ann->email, samples[0].expected.email);
    EXPECT_FALSE(ann->resumeText.isEmpty());
    EXPECT_EQ(ann->source, QStringLiteral("Resume import"));
    auto files0 = FileStore(t.db(), Actor::system()).forCandidate(ann->id);
    ASSERT_TRUE(files0);
    ASSERT_EQ(files0->size(), 1);
    EXPECT_EQ(files0->first().kind, CandidateFile::Kind::Resume);
    QFile original(folder + QStringLiteral("/a.pdf"));
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    EXPECT_EQ(*FileStore(t.db(), Actor::system()).read(files0->first().id), original.readAll());
    auto stored = t.db().selectOne(QStringLiteral("SELECT text, parsed FROM candidate_files WHERE candidate_id = ?"), {ann->id});
    ASSERT_TRUE(stored && stored->has_value());
    EXPECT_TRUE((*stored)->value(0).toString().contains(samples[0].expected.email, Qt::CaseInsensitive));
    EXPECT_TRUE((*stored)->value(1).toString().contains(QStringLiteral("confidence")));
    auto extras = CandidateProfileStore(t.db(), Actor::system()).extrasOf(ann->id);
    ASSERT_TRUE(extras);
    EXPECT_FALSE(extras->work.isEmpty());

    // The resume text is searchable: the last name plus a skill from the resume finds them.
    ASSERT_FALSE(samples[0].expected.skills.isEmpty());
    auto hits = CandidateSearch(t.db()).search(QStringLiteral("resume:\"%1\"").arg(samples[0].expected.lastName), 10);
    ASSERT_TRUE(hits) << hits.error().text().toStdString();
    EXPECT_TRUE(std::any_of(hits->cbegin(), hits->cend(), [&](const CandidateHit &h) { return h.id == ann->id; }));
}

TEST_F(ResumeImportStore, TheSameFileAgainIsSkippedAsADuplicate)
{
    const QString path = file(0, Format::Docx);
    ResumeImporter importer(t.db(), Actor::system());
    const ResumeImportSummary once = importer.importFiles({path}, reader(), DuplicatePolicy::UpdateEmptyFields);
    ASSERT_EQ(once.count(ResumeImportResult::Created), 1) << once.text().toStdString();
    const QString copy = QDir(t.dir()).filePath(QStringLiteral("renamed copy.docx"));
    ASSERT_TRUE(QFile::copy(path, copy));
    const ResumeImportSummary twice = importer.importFiles({copy}, reader(), DuplicatePolicy::CreateAnyway);
    ASSERT_EQ(twice.count(ResumeImportResult::SkippedDuplicate), 1) << twice.text().toStdString();
    EXPECT_TRUE(twice.outcomes.first().detail.contains(samples[0].expected.lastName));
    EXPECT_EQ(CandidateService(t.db(), Actor::system()).count().value_or(-1), 1);
}

TEST_F(ResumeImportStore, ANewResumeOfAKnownPersonFillsTheRecordWithoutOverwriting)
{
    Candidate known;
    known.firstName = samples[1].expected.firstName;
    known.lastName = samples[1].expected.lastName;
    known.email = samples[1].expected.email;
    known.city = QStringLiteral("Typed By Hand");
    known.skills = {QStringLiteral("Negotiation")};
    auto created = CandidateService(t.db(), Actor::system()).create(known);
    ASSERT_TRUE(created);

    ResumeImporter importer(t.db(), Actor::system());
    const ResumeImportSummary summary = importer.importFiles({file(1, Format::Pdf)}, reader(), DuplicatePolicy::UpdateEmptyFields);
    ASSERT_EQ(summary.count(ResumeImportResult::Updated), 1) << summary.text().toStdString();
    EXPECT_EQ(summary.outcomes.first().candidateId, created->id);
    auto after = CandidateService(t.db(), Actor::system()).get(created->id);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->city, QStringLiteral("Typed By Hand"));
    EXPECT_TRUE(after->skills.contains(QStringLiteral("Negotiation")));
    EXPECT_GT(after->skills.size(), 1);
    if (!samples[1].expected.phoneE164.isEmpty()) {
        EXPECT_EQ(after->phone, samples[1].expected.phoneE164);
    }
    EXPECT_FALSE(after->resumeText.isEmpty());
    EXPECT_EQ(FileStore(t.db(), Actor::system()).forCandidate(created->id)->size(), 1);

    // Skip policy: the same person's other resume stores nothing.
    const ResumeImportSummary skipped = importer.importFiles({file(1, Format::Odt)}, reader(), DuplicatePolicy::Skip);
    ASSERT_EQ(skipped.count(ResumeImportResult::SkippedDuplicate), 1);
    EXPECT_EQ(FileStore(t.db(), Actor::system()).forCandidate(created->id)->size(), 1);
}

TEST_F(ResumeImportStore, CancelKeepsWhatWasStoredAndSaysSo)
{
    const QStringList files = {file(0, Format::Text), file(2, Format::Text), file(3, Format::Text)};
    ResumeImporter importer(t.db(), Actor::system());
    const ResumeImportSummary summary = importer.importFiles(files, reader(), DuplicatePolicy::UpdateEmptyFields,
                                                       [](int done, int, const QString &) { return done < 1; });
    EXPECT_TRUE(summary.cancelled);
    EXPECT_EQ(summary.count(ResumeImportResult::Created), 1);
    EXPECT_TRUE(summary.text().contains(QStringLiteral("cancelled")));
    EXPECT_EQ(CandidateService(t.db(), Actor::system()).count().value_or(-1), 1);
}

TEST_F(ResumeImportStore, AReviewedCorrectionIsWhatGetsStored)
{
    const ResumeReader r = reader();
    ResumeImporter importer(t.db(), Actor::system());
    auto review = importer.review(r.read(file(4, Format::Html)));
    ASSERT_TRUE(review);
    ASSERT_EQ(review->action, ResumeAction::Create);
    review->fields.city = ParsedField{QStringLiteral("Lisbon"), 1.0};
    review->fields.firstName = ParsedField{QStringLiteral("Corrected"), 1.0};
    auto outcome = importer.commit(*review);
    ASSERT_TRUE(outcome) << outcome.error().text().toStdString();
    auto stored = CandidateService(t.db(), Actor::system()).get(outcome->candidateId);
    EXPECT_EQ(stored->firstName, QStringLiteral("Corrected"));
    EXPECT_EQ(stored->city, QStringLiteral("Lisbon"));

    // A review whose name was cleared is refused with the file named, and stores nothing.
    auto other = importer.review(r.read(file(5, Format::Html)));
    ASSERT_TRUE(other);
    other->fields.firstName = {};
    other->fields.lastName = {};
    auto refused = importer.commit(*other);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("cv-5.html")));
    EXPECT_EQ(CandidateService(t.db(), Actor::system()).count().value_or(-1), 1);
}

// PDFs are written with QPdfWriter, which needs fonts and so a QGuiApplication (offscreen).
int main(int argc, char **argv)
{
    usePdfHelperFromBuildTree();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TandemTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tandem-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
