#pragma once

#include <core/common/error.h>
#include <core/dedupe/duplicate_finder.h>
#include <core/dedupe/duplicate_policy.h>
#include <core/intake/candidate_profile.h>
#include <core/intake/parsed_resume.h>
#include <core/intake/skill_vocabulary.h>
#include <core/intake/text_extractor.h>
#include <core/records/actor.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Tandem {

class Database;

// One resume file read and parsed, nothing stored yet.
struct ResumeDocument
{
    QString path;     // where it came from ("" when it came as bytes)
    QString fileName; // shown and stored
    QByteArray bytes;
    QString sha256;
    QString text;         // the extracted text
    QStringList warnings; // e.g. "named .docx but is a PDF"
    ParsedResume parsed;
    std::optional<Error> error; // why it could not be read; the rest is empty then
    qint64 readMs = 0;          // extraction and parsing time

    bool failed() const { return error.has_value(); }
};

enum class ResumeAction {
    Create, // a new candidate
    Update, // add the resume to an existing candidate and fill what it lacks
    Skip,   // store nothing
};

// What the importer proposes for a document, and what the review screen lets the user
// change: the fields (parsed, corrected by hand) and the action.
struct ResumeReview
{
    ResumeDocument document;
    ParsedResume fields;           // starts as document.parsed; the review edits this
    QList<DuplicateMatch> matches; // likely existing records of the same person, best first
    qint64 sameFileCandidateId = 0; // someone already holds this very file (same SHA-256)
    QString sameFileCandidateName;
    ResumeAction action = ResumeAction::Create;
    qint64 targetCandidateId = 0; // with Update
};

enum class ResumeImportResult { Created, Updated, SkippedDuplicate, Skipped, Failed };

struct ResumeImportOutcome
{
    QString fileName;
    ResumeImportResult result = ResumeImportResult::Failed;
    qint64 candidateId = 0;
    QString detail; // the reason for Failed / SkippedDuplicate, a possible duplicate for Created
};

struct ResumeImportSummary
{
    QList<ResumeImportOutcome> outcomes;
    bool cancelled = false;

    int count(ResumeImportResult result) const;
    // "12 created, 3 updated, 1 skipped as a duplicate, 2 failed" (and "cancelled").
    QString text() const;
};

// Reads resume files into ResumeDocuments: text extraction (TextExtractor, PDFs in the
// tandem-pdftext helper process) and parsing (ResumeParser). Touches no database, so one
// reader may serve a worker thread; construct it on any thread from the vocabulary and the
// default phone region loaded beforehand.
class ResumeReader
{
public:
    ResumeReader(SkillVocabulary vocabulary, QString defaultRegion, ExtractionLimits limits = {},
                 QString pdfHelper = {});

    // The reader the database's settings call for: built-in and user vocabulary, and the
    // default phone region (Settings, else the system locale's, else US).
    static Result<ResumeReader> fromDatabase(Database &db, ExtractionLimits limits = {});

    ResumeDocument read(const QString &path) const;
    ResumeDocument read(const QByteArray &bytes, const QString &fileName) const;

    // The files among `paths` (folders searched recursively) with a resume extension
    // (pdf, docx, odt, txt, text, md, html, htm), sorted; other files go to `ignored`.
    static QStringList expand(const QStringList &paths, QStringList *ignored = nullptr);
    static bool hasResumeExtension(const QString &fileName);

private:
    SkillVocabulary m_vocabulary;
    QString m_region;
    TextExtractor m_extractor;
};

// Stores reviewed resumes: finds existing records of the same person (DuplicateFinder and
// the file's SHA-256), proposes an action, and commits a review as one transaction: the
// candidate created or filled in, contacts, work history and education, skills, the
// original file (kept by content hash with its text and parsed fields) and the resume text
// that search reads. An update never overwrites what the candidate already has; it fills
// empty fields and adds new contacts, jobs, schools and skills.
//
// Keep one importer for a whole batch (it keeps the duplicate finder's index).
// Thread: the connection's. Errors: Result, naming the file; a failed file leaves nothing.
class ResumeImporter
{
public:
    using Progress = std::function<bool(int done, int total, const QString &fileName)>; // false: stop

    ResumeImporter(Database &db, Actor actor);
    ~ResumeImporter();
    ResumeImporter(const ResumeImporter &) = delete;
    ResumeImporter &operator=(const ResumeImporter &) = delete;

    // Looks for the person and the file in the database and proposes an action
    // (policy: what to do when a strong match exists).
    Result<ResumeReview> review(const ResumeDocument &document, DuplicatePolicy policy = DuplicatePolicy::UpdateEmptyFields);
    Result<ResumeImportOutcome> commit(const ResumeReview &review);

    // Reads, reviews with `policy` and commits every file, one transaction each: what the
    // command line and "import without review" do.
    ResumeImportSummary importFiles(const QStringList &files, const ResumeReader &reader, DuplicatePolicy policy,
                              const Progress &progress = {});

    // The candidate fields and extras a parse gives (what a new record would hold).
    static Candidate candidateFrom(const ParsedResume &fields, const QString &resumeText);
    static CandidateExtras extrasFrom(const ParsedResume &fields);

private:
    Result<qint64> create(const ResumeReview &review);
    Result<qint64> update(const ResumeReview &review);
    Status keepFile(qint64 candidateId, const ResumeReview &review);

    Database &m_db;
    Actor m_actor;
    // Built on the first review and kept for the whole import: its index of the database's
    // people takes about a second to build at 100,000 candidates, then grows with each new one.
    std::unique_ptr<DuplicateFinder> m_finder;
};

} // namespace Tandem
