#include <core/intake/resume_import.h>

#include <core/contacts/contact_normalization.h>
#include <core/intake/resume_parser.h>
#include <core/records/candidate_service.h>
#include <core/records/file_store.h>
#include <core/records/settings_store.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace Tandem {

namespace {

// A match this strong (same e-mail, phone or profile) is the same person.
constexpr double kSamePersonScore = 0.9;

const QStringList resumeExtensions = {QStringLiteral("pdf"),  QStringLiteral("docx"), QStringLiteral("odt"),
                                      QStringLiteral("txt"),  QStringLiteral("text"), QStringLiteral("md"),
                                      QStringLiteral("html"), QStringLiteral("htm")};

QString firstValue(const QList<ParsedField> &fields)
{
    return fields.isEmpty() ? QString() : fields.first().value;
}

QString linkOf(const ParsedResume &fields, const QString &kind)
{
    for (const ParsedLink &link : fields.links) {
        if (link.kind == kind)
            return link.url;
    }
    return {};
}

CandidateDraft draftFrom(const ParsedResume &fields)
{
    CandidateDraft draft;
    draft.candidate = ResumeImporter::candidateFrom(fields, {});
    for (const ParsedField &f : fields.emails)
        draft.emails.append(f.value);
    for (const ParsedField &f : fields.phones)
        draft.phones.append(f.value);
    for (const ParsedLink &link : fields.links)
        draft.profileUrls.append(link.url);
    return draft;
}

QString nameOf(Database &db, qint64 candidateId)
{
    auto row = db.selectOne(QStringLiteral("SELECT first_name, last_name FROM candidates WHERE id = ?"), {candidateId});
    if (!row || !row->has_value())
        return {};
    return ((*row)->value(0).toString() + QLatin1Char(' ') + (*row)->value(1).toString()).trimmed();
}

} // namespace

int ResumeImportSummary::count(ResumeImportResult result) const
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                             [result](const ResumeImportOutcome &o) { return o.result == result; }));
}

QString ResumeImportSummary::text() const
{
    QStringList parts;
    parts << QObject::tr("%n created", nullptr, count(ResumeImportResult::Created))
          << QObject::tr("%n updated", nullptr, count(ResumeImportResult::Updated))
          << QObject::tr("%n skipped as duplicates", nullptr, count(ResumeImportResult::SkippedDuplicate));
    if (const int skipped = count(ResumeImportResult::Skipped))
        parts << QObject::tr("%n skipped", nullptr, skipped);
    parts << QObject::tr("%n failed", nullptr, count(ResumeImportResult::Failed));
    QString text = parts.join(QStringLiteral(", "));
    if (cancelled)
        text += QObject::tr(" (cancelled: the files after that were not imported)");
    return text;
}

// --- ResumeReader --------------------------------------------------------------------------

ResumeReader::ResumeReader(SkillVocabulary vocabulary, QString defaultRegion, ExtractionLimits limits,
                           QString pdfHelper)
    : m_vocabulary(std::move(vocabulary))
    , m_region(std::move(defaultRegion))
    , m_extractor(limits, std::move(pdfHelper))
{
}

Result<ResumeReader> ResumeReader::fromDatabase(Database &db, ExtractionLimits limits)
{
    auto vocabulary = SkillVocabulary::load(db);
    if (!vocabulary)
        return std::unexpected(vocabulary.error());
    auto region = SettingsStore(db, Actor::system()).value(QString::fromLatin1(kDefaultPhoneRegionKey));
    if (!region)
        return std::unexpected(region.error());
    const QString chosen = isKnownPhoneRegion(*region) ? region->toUpper() : fallbackPhoneRegion();
    return ResumeReader(std::move(*vocabulary), chosen, limits);
}

ResumeDocument ResumeReader::read(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ResumeDocument failed;
        failed.path = path;
        failed.fileName = QFileInfo(path).fileName();
        failed.error = Error{ErrorCode::Io, QObject::tr("%1 could not be opened: %2").arg(path, file.errorString()),
                             QObject::tr("Check that the file exists and that you may read it.")};
        return failed;
    }
    if (file.size() > FileStore::maxSize()) {
        ResumeDocument failed;
        failed.path = path;
        failed.fileName = QFileInfo(path).fileName();
        failed.error = Error{ErrorCode::Invalid,
                             QObject::tr("%1 is %2 MB; resumes over %3 MB are not imported.")
                                 .arg(failed.fileName)
                                 .arg(double(file.size()) / 1048576.0, 0, 'f', 1)
                                 .arg(FileStore::maxSize() / 1048576),
                             QObject::tr("Save a smaller copy (e.g. without embedded images) and import that.")};
        return failed;
    }
    ResumeDocument document = read(file.readAll(), QFileInfo(path).fileName());
    document.path = path;
    return document;
}

ResumeDocument ResumeReader::read(const QByteArray &bytes, const QString &fileName) const
{
    QElapsedTimer timer;
    timer.start();
    ResumeDocument document;
    document.fileName = fileName;
    document.bytes = bytes;
    document.sha256 = FileStore::hashOf(bytes);
    auto extracted = m_extractor.extract(bytes, fileName);
    if (!extracted) {
        document.error = extracted.error();
    } else {
        document.text = extracted->text;
        document.warnings = extracted->warnings;
        document.parsed = ResumeParser(m_vocabulary, m_region).parse(document.text);
    }
    document.readMs = timer.elapsed();
    return document;
}

QStringList ResumeReader::expand(const QStringList &paths, QStringList *ignored)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (hasResumeExtension(file))
                    files.append(file);
                else if (ignored)
                    ignored->append(file);
            }
        } else if (info.exists() && !hasResumeExtension(path) && ignored) {
            ignored->append(path);
        } else {
            files.append(path); // a missing file is reported when it is read
        }
    }
    files.sort();
    files.removeDuplicates();
    return files;
}

bool ResumeReader::hasResumeExtension(const QString &fileName)
{
    return resumeExtensions.contains(QFileInfo(fileName).suffix().toLower());
}

// --- ResumeImporter ------------------------------------------------------------------------

ResumeImporter::ResumeImporter(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

ResumeImporter::~ResumeImporter() = default;

Candidate ResumeImporter::candidateFrom(const ParsedResume &fields, const QString &resumeText)
{
    Candidate c;
    c.firstName = fields.firstName.value.simplified();
    c.lastName = fields.lastName.value.simplified();
    c.email = firstValue(fields.emails);
    c.phone = firstValue(fields.phones);
    c.city = fields.city.value.simplified();
    c.country = fields.country.value.simplified();
    c.currentTitle = fields.currentTitle.value.simplified();
    c.currentCompany = fields.currentCompany.value.simplified();
    c.linkedinUrl = linkOf(fields, QStringLiteral("linkedin"));
    c.source = QObject::tr("Resume import");
    c.stage = CandidateStage::Prospect;
    c.yearsExperience = fields.yearsExperience;
    for (const ParsedField &skill : fields.skills)
        c.skills.append(skill.value);
    c.resumeText = resumeText;
    return c;
}

CandidateExtras ResumeImporter::extrasFrom(const ParsedResume &fields)
{
    CandidateExtras extras;
    for (qsizetype i = 1; i < fields.emails.size(); ++i)
        extras.contacts.append({QStringLiteral("email"), fields.emails[i].value, {}});
    for (qsizetype i = 1; i < fields.phones.size(); ++i)
        extras.contacts.append({QStringLiteral("phone"), fields.phones[i].value, {}});
    bool primaryLinkedIn = true;
    for (const ParsedLink &link : fields.links) {
        if (link.kind == QLatin1String("linkedin") && primaryLinkedIn) {
            primaryLinkedIn = false; // the first one is the candidate's linkedin_url
            continue;
        }
        extras.contacts.append({link.kind, link.url, {}});
    }
    for (const ParsedWork &w : fields.work)
        extras.work.append({w.employer, w.title, w.startMonth, w.endMonth, w.isCurrent, {}});
    for (const ParsedEducation &e : fields.education)
        extras.education.append({e.institution, e.degree, e.field, e.startYear, e.endYear});
    return extras;
}

Result<ResumeReview> ResumeImporter::review(const ResumeDocument &document, DuplicatePolicy policy)
{
    ResumeReview review;
    review.document = document;
    review.fields = document.parsed;
    if (document.failed()) {
        review.action = ResumeAction::Skip;
        return review;
    }
    auto holder = m_db.scalar(QStringLiteral("SELECT f.candidate_id FROM candidate_files f JOIN candidates c ON "
                                             "c.id = f.candidate_id WHERE f.sha256 = ? AND f.removed_at IS NULL AND "
                                             "c.archived_at IS NULL ORDER BY f.id LIMIT 1"),
                              {document.sha256});
    if (!holder)
        return std::unexpected(holder.error());
    if (holder->isValid()) {
        review.sameFileCandidateId = holder->toLongLong();
        review.sameFileCandidateName = nameOf(m_db, review.sameFileCandidateId);
        review.action = ResumeAction::Skip;
        review.targetCandidateId = review.sameFileCandidateId;
    }
    if (!m_finder)
        m_finder = std::make_unique<DuplicateFinder>(m_db);
    auto matches = m_finder->findFor(draftFrom(document.parsed), 5);
    if (!matches)
        return std::unexpected(matches.error());
    review.matches = *matches;
    if (review.sameFileCandidateId != 0)
        return review;
    if (!review.matches.isEmpty() && review.matches.first().score >= kSamePersonScore) {
        switch (policy) {
        case DuplicatePolicy::UpdateEmptyFields:
            review.action = ResumeAction::Update;
            review.targetCandidateId = review.matches.first().candidateId;
            break;
        case DuplicatePolicy::Skip:
            review.action = ResumeAction::Skip;
            review.targetCandidateId = review.matches.first().candidateId;
            break;
        case DuplicatePolicy::CreateAnyway:
            break;
        }
    }
    return review;
}

Result<ResumeImportOutcome> ResumeImporter::commit(const ResumeReview &review)
{
    ResumeImportOutcome outcome;
    outcome.fileName = review.document.fileName;
    if (review.document.failed()) {
        outcome.result = ResumeImportResult::Failed;
        outcome.detail = review.document.error->text();
        return outcome;
    }
    if (review.action == ResumeAction::Skip) {
        outcome.candidateId = review.targetCandidateId;
        const bool duplicate = review.targetCandidateId != 0;
        outcome.result = duplicate ? ResumeImportResult::SkippedDuplicate : ResumeImportResult::Skipped;
        if (review.sameFileCandidateId != 0)
            outcome.detail = QObject::tr("the same file is already stored for %1").arg(review.sameFileCandidateName);
        else if (duplicate)
            outcome.detail = QObject::tr("already in the database as %1").arg(nameOf(m_db, review.targetCandidateId));
        return outcome;
    }
    auto id = review.action == ResumeAction::Update ? update(review) : create(review);
    if (!id)
        return std::unexpected(id.error());
    outcome.candidateId = *id;
    outcome.result = review.action == ResumeAction::Update ? ResumeImportResult::Updated : ResumeImportResult::Created;
    outcome.detail = nameOf(m_db, *id);
    if (review.action == ResumeAction::Create && !review.matches.isEmpty())
        outcome.detail += QObject::tr(" (possibly the same person as %1: %2)")
                              .arg(nameOf(m_db, review.matches.first().candidateId),
                                   review.matches.first().reasons.join(QStringLiteral(", ")));
    return outcome;
}

Result<qint64> ResumeImporter::create(const ResumeReview &review)
{
    const Candidate draft = candidateFrom(review.fields, review.document.text);
    if (auto ok = CandidateService::validate(draft); !ok)
        return fail(ErrorCode::Invalid, QObject::tr("%1: %2").arg(review.document.fileName, ok.error().message),
                    QObject::tr("Open the file in the import review and correct the fields."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto created = CandidateService(m_db, m_actor).create(draft);
    if (!created)
        return std::unexpected(created.error());
    auto extras = CandidateProfileStore(m_db, m_actor).replace(created->id, extrasFrom(review.fields));
    if (!extras)
        return std::unexpected(extras.error());
    if (auto kept = keepFile(created->id, review); !kept)
        return std::unexpected(kept.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return created->id;
}

Result<qint64> ResumeImporter::update(const ResumeReview &review)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    CandidateService candidates(m_db, m_actor);
    auto existing = candidates.get(review.targetCandidateId);
    if (!existing)
        return std::unexpected(existing.error());
    const Candidate parsed = candidateFrom(review.fields, review.document.text);
    Candidate edited = *existing;
    const auto fillIn = [](QString &field, const QString &value) {
        if (field.trimmed().isEmpty())
            field = value;
    };
    fillIn(edited.firstName, parsed.firstName);
    fillIn(edited.lastName, parsed.lastName);
    fillIn(edited.email, parsed.email);
    fillIn(edited.phone, parsed.phone);
    fillIn(edited.city, parsed.city);
    fillIn(edited.country, parsed.country);
    fillIn(edited.currentTitle, parsed.currentTitle);
    fillIn(edited.currentCompany, parsed.currentCompany);
    fillIn(edited.linkedinUrl, parsed.linkedinUrl);
    if (!edited.yearsExperience)
        edited.yearsExperience = parsed.yearsExperience;
    for (const QString &skill : parsed.skills) {
        if (!edited.skills.contains(skill, Qt::CaseInsensitive))
            edited.skills.append(skill);
    }
    edited.resumeText = review.document.text; // search reads the newest resume
    auto saved = candidates.update(edited);
    if (!saved)
        return std::unexpected(saved.error());
    // The parse's primary values that the record already has differently become contacts.
    CandidateExtras additions = extrasFrom(review.fields);
    const auto addContact = [&](const QString &kind, const QString &value, const QString &primary) {
        if (!value.isEmpty() && value.compare(primary, Qt::CaseInsensitive) != 0)
            additions.contacts.prepend({kind, value, {}});
    };
    addContact(QStringLiteral("email"), parsed.email, saved->email);
    addContact(QStringLiteral("phone"), parsed.phone, saved->phone);
    if (normalizeProfileUrl(parsed.linkedinUrl) != normalizeProfileUrl(saved->linkedinUrl))
        addContact(QStringLiteral("linkedin"), parsed.linkedinUrl, saved->linkedinUrl);
    auto extras = CandidateProfileStore(m_db, m_actor).merge(saved->id, additions);
    if (!extras)
        return std::unexpected(extras.error());
    if (auto kept = keepFile(saved->id, review); !kept)
        return std::unexpected(kept.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return saved->id;
}

Status ResumeImporter::keepFile(qint64 candidateId, const ResumeReview &review)
{
    auto file = FileStore(m_db, m_actor).add(candidateId, review.document.fileName, review.document.bytes,
                                             CandidateFile::Kind::Resume);
    if (!file)
        return std::unexpected(file.error());
    const QByteArray parsed = QJsonDocument(review.fields.toJson()).toJson(QJsonDocument::Compact);
    auto q = m_db.exec(QStringLiteral("UPDATE candidate_files SET text = ?, parsed = ? WHERE id = ?"),
                       {review.document.text, QString::fromUtf8(parsed), file->id});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

ResumeImportSummary ResumeImporter::importFiles(const QStringList &files, const ResumeReader &reader, DuplicatePolicy policy,
                                          const Progress &progress)
{
    ResumeImportSummary summary;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (progress && !progress(int(i), int(files.size()), QFileInfo(files[i]).fileName())) {
            summary.cancelled = true;
            break;
        }
        const ResumeDocument document = reader.read(files[i]);
        auto proposed = review(document, policy);
        Result<ResumeImportOutcome> outcome = proposed ? commit(*proposed) : Result<ResumeImportOutcome>(std::unexpected(proposed.error()));
        if (!outcome) {
            summary.outcomes.append({document.fileName, ResumeImportResult::Failed, 0, outcome.error().text()});
            continue;
        }
        summary.outcomes.append(*outcome);
    }
    if (progress && !summary.cancelled)
        progress(int(files.size()), int(files.size()), {});
    return summary;
}

} // namespace Tandem
