// Files by content hash, notes with @mentions, and tags: the parts of a candidate's profile
// that are not the candidate row itself.
#include <core/audit/audit_log.h>
#include <core/records/activity_log.h>
#include <core/records/candidate_service.h>
#include <core/records/consent_service.h>
#include <core/records/file_store.h>
#include <core/records/tag_service.h>
#include <core/records/user_directory.h>

#include "support/test_database.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

struct Fixture
{
    Testing::TestDatabase t;
    Actor actor;
    Candidate ada;
    Candidate grace;

    Fixture()
    {
        auto user = UserDirectory(t.db()).ensureLocalUser(QStringLiteral("Rita Recruiter"));
        actor = UserDirectory::actorFor(*user);
        CandidateService candidates(t.db(), actor);
        Candidate c;
        c.firstName = QStringLiteral("Ada");
        c.lastName = QStringLiteral("Lovelace");
        ada = *candidates.create(c);
        c.firstName = QStringLiteral("Grace");
        c.lastName = QStringLiteral("Hopper");
        grace = *candidates.create(c);
    }

    User addUser(const QString &name, const QString &role = QStringLiteral("interviewer"))
    {
        User u;
        u.name = name;
        u.role = role;
        auto created = UserDirectory(t.db()).create(u, actor);
        EXPECT_TRUE(created) << created.error().text().toStdString();
        return *created;
    }

    qint64 count(const QString &sql) { return t->scalar(sql)->toLongLong(); }
};

} // namespace

TEST(FileStore, SameBytesAreStoredOnceAndReadBackExactly)
{
    Fixture f;
    FileStore files(f.t.db(), f.actor);
    QByteArray pdf("%PDF-1.4\n% a tiny resume\n");
    pdf.append('\0');
    pdf.append("\xff\xfe binary tail", 14);
    auto first = files.add(f.ada.id, QStringLiteral("Ada Lovelace CV.pdf"), pdf, CandidateFile::Kind::Resume);
    ASSERT_TRUE(first) << first.error().text().toStdString();
    auto second = files.add(f.grace.id, QStringLiteral("../../etc/copy.pdf"), pdf);
    ASSERT_TRUE(second) << second.error().text().toStdString();

    EXPECT_EQ(first->sha256, FileStore::hashOf(pdf));
    EXPECT_EQ(first->sha256, second->sha256);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM file_blobs")), 1);
    EXPECT_EQ(second->fileName, QStringLiteral("copy.pdf")) << "folders are dropped from stored names";
    EXPECT_EQ(first->mimeType, QStringLiteral("application/pdf"));
    EXPECT_EQ(first->kind, CandidateFile::Kind::Resume);
    EXPECT_EQ(first->size, pdf.size());

    f.t.reopen();
    FileStore reopened(f.t.db(), f.actor);
    auto bytes = reopened.read(first->id);
    ASSERT_TRUE(bytes) << bytes.error().text().toStdString();
    EXPECT_EQ(*bytes, pdf);
    auto listed = reopened.forCandidate(f.ada.id);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().addedByName, QStringLiteral("Rita Recruiter"));
}

TEST(FileStore, RemovingHidesTheFileKeepsTheBytesAndIsAudited)
{
    Fixture f;
    FileStore files(f.t.db(), f.actor);
    auto file = files.add(f.ada.id, QStringLiteral("notes.txt"), QByteArray("call back in May"));
    ASSERT_TRUE(file);
    ASSERT_TRUE(files.remove(file->id));
    EXPECT_TRUE(files.forCandidate(f.ada.id)->isEmpty());
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM file_blobs")), 1);
    auto again = files.remove(file->id);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    auto trail = AuditLog(f.t.db()).forEntity(file->uuid);
    ASSERT_TRUE(trail);
    ASSERT_EQ(trail->size(), 2);
    EXPECT_TRUE(AuditLog(f.t.db()).verify()->ok);
    // The timeline says what happened, both times.
    auto timeline = ActivityLog(f.t.db(), f.actor).forCandidate(f.ada.id);
    ASSERT_TRUE(timeline);
    ASSERT_GE(timeline->size(), 2);
    EXPECT_EQ(timeline->at(0).kind, ActivityKind::File);
    EXPECT_TRUE(timeline->at(0).subject.contains(QStringLiteral("notes.txt")));
}

TEST(FileStore, DamagedBytesAreReportedNotReturned)
{
    TANDEM_SKIP_ON_POSTGRES("the audit-free rewrite below uses SQLite's blob literal");
    Fixture f;
    FileStore files(f.t.db(), f.actor);
    auto file = files.add(f.ada.id, QStringLiteral("cv.txt"), QByteArray("original"));
    ASSERT_TRUE(file);
    Testing::runSql(f.t.db(), QStringLiteral("UPDATE file_blobs SET data = X'6576696c'"));
    auto bytes = files.read(file->id);
    ASSERT_FALSE(bytes);
    EXPECT_EQ(bytes.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(bytes.error().message.contains(QStringLiteral("cv.txt")));
}

TEST(FileStore, RefusesEmptyNamesMissingCandidatesAndUnreadablePaths)
{
    Fixture f;
    FileStore files(f.t.db(), f.actor);
    EXPECT_EQ(files.add(f.ada.id, QStringLiteral("  "), QByteArray("x")).error().code, ErrorCode::Invalid);
    EXPECT_EQ(files.add(987654, QStringLiteral("a.txt"), QByteArray("x")).error().code, ErrorCode::NotFound);
    auto missing = files.addFromDisk(f.ada.id, f.t.dir() + QStringLiteral("/nope.pdf"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::Io);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("nope.pdf")));
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM candidate_files")), 0);

    QFile onDisk(f.t.dir() + QStringLiteral("/Portfolio.html"));
    ASSERT_TRUE(onDisk.open(QIODevice::WriteOnly));
    onDisk.write("<html><body>work</body></html>");
    onDisk.close();
    auto added = files.addFromDisk(f.ada.id, onDisk.fileName());
    ASSERT_TRUE(added) << added.error().text().toStdString();
    EXPECT_EQ(added->fileName, QStringLiteral("Portfolio.html"));
    EXPECT_EQ(added->mimeType, QStringLiteral("text/html"));
}

TEST(ActivityLog, MentionsPickTheLongestNameAndIgnoreEmailAddresses)
{
    QList<User> users;
    users.append(User{1, {}, QStringLiteral("Ann"), {}, {}, true, 1});
    users.append(User{2, {}, QStringLiteral("Ann Lee"), {}, {}, true, 1});
    users.append(User{3, {}, QStringLiteral("Bo"), {}, {}, true, 1});
    EXPECT_EQ(ActivityLog::mentionedUsers(QStringLiteral("@ann lee please call"), users), QList<qint64>{2});
    EXPECT_EQ(ActivityLog::mentionedUsers(QStringLiteral("@Ann, and @Bo."), users), (QList<qint64>{1, 3}));
    EXPECT_TRUE(ActivityLog::mentionedUsers(QStringLiteral("mail bo@example.com"), users).isEmpty());
    EXPECT_TRUE(ActivityLog::mentionedUsers(QStringLiteral("@Bob is not Bo"), users).isEmpty());
    EXPECT_EQ(ActivityLog::mentionedUsers(QStringLiteral("@Bo @Bo @bo"), users), QList<qint64>{3});
}

TEST(ActivityLog, NotesStoreMentionsThatTheMentionedUserSees)
{
    Fixture f;
    const User ivan = f.addUser(QStringLiteral("Ivan Interviewer"));
    const User hana = f.addUser(QStringLiteral("Hana Manager"), QStringLiteral("hiring_manager"));
    ActivityLog log(f.t.db(), f.actor);
    auto note = log.addNote(f.ada.id, QStringLiteral("Strong on compilers.\n@Ivan Interviewer can you take the loop?"));
    ASSERT_TRUE(note) << note.error().text().toStdString();
    ASSERT_TRUE(log.addNote(f.grace.id, QStringLiteral("No mentions here")));
    ASSERT_TRUE(log.addNote(f.grace.id, QStringLiteral("@hana manager and @Ivan Interviewer: thoughts?")));

    auto mentions = log.mentionsOf(note->id);
    ASSERT_TRUE(mentions);
    ASSERT_EQ(mentions->size(), 1);
    EXPECT_EQ(mentions->first().id, ivan.id);
    auto forIvan = log.mentioning(ivan.id);
    ASSERT_TRUE(forIvan);
    ASSERT_EQ(forIvan->size(), 2);
    EXPECT_EQ(forIvan->at(0).candidateId, f.grace.id) << "newest first";
    EXPECT_EQ(forIvan->at(1).subject, QStringLiteral("Strong on compilers."));
    EXPECT_EQ(log.mentioning(hana.id)->size(), 1);
    EXPECT_EQ(log.notesFor(f.grace.id)->size(), 2);
}

TEST(TagService, SetTagsNormalisesAuditsAndSharesTheVocabulary)
{
    Fixture f;
    TagService tags(f.t.db(), f.actor);
    auto set = tags.setTags(f.ada.id, {QStringLiteral(" Referral "), QStringLiteral("relocating"), QStringLiteral("REFERRAL"),
                                       QString()});
    ASSERT_TRUE(set) << set.error().text().toStdString();
    EXPECT_EQ(*set, (QStringList{QStringLiteral("Referral"), QStringLiteral("relocating")}));
    ASSERT_TRUE(tags.setTags(f.grace.id, {QStringLiteral("referral")}));
    EXPECT_EQ(*tags.tagsOf(f.grace.id), QStringList{QStringLiteral("Referral")}) << "one tag, whatever the case";
    EXPECT_EQ(tags.allTags()->size(), 2);

    const qint64 entries = *AuditLog(f.t.db()).count();
    ASSERT_TRUE(tags.setTags(f.ada.id, {QStringLiteral("relocating"), QStringLiteral("Referral")}));
    EXPECT_EQ(*AuditLog(f.t.db()).count(), entries) << "the same tags are no change";
    ASSERT_TRUE(tags.setTags(f.ada.id, {}));
    EXPECT_TRUE(tags.tagsOf(f.ada.id)->isEmpty());
    EXPECT_EQ(AuditLog(f.t.db()).forEntity(f.ada.uuid)->size(), 3) << "create, tagged, untagged";
    EXPECT_EQ(tags.setTags(f.ada.id, {QString(61, QLatin1Char('x'))}).error().code, ErrorCode::Invalid);
}

TEST(ConsentService, RecordsWithdrawsAndAuditsWithoutEditingHistory)
{
    Fixture f;
    ConsentService consents(f.t.db(), f.actor);
    EXPECT_FALSE(consents.standing(f.ada.id)->has_value());
    const QDateTime given = QDateTime::currentDateTimeUtc().addDays(-30);
    auto first = consents.record(f.ada.id, QStringLiteral("consent"), given, QStringLiteral(" careers   site "),
                                 QStringLiteral("privacy-2025"));
    ASSERT_TRUE(first) << first.error().text().toStdString();
    EXPECT_EQ(first->source, QStringLiteral("careers site"));
    ASSERT_TRUE(consents.standing(f.ada.id)->has_value());
    EXPECT_EQ(consents.standing(f.ada.id)->value().id, first->id);

    auto withdrawn = consents.withdraw(first->id);
    ASSERT_TRUE(withdrawn) << withdrawn.error().text().toStdString();
    EXPECT_FALSE(withdrawn->isStanding());
    EXPECT_FALSE(consents.standing(f.ada.id)->has_value());
    EXPECT_EQ(consents.withdraw(first->id).error().code, ErrorCode::Conflict);
    ASSERT_TRUE(consents.record(f.ada.id, QStringLiteral("legitimate_interest"), QDateTime::currentDateTimeUtc(), {}, {}));
    EXPECT_EQ(consents.forCandidate(f.ada.id)->size(), 2) << "the withdrawn record is kept";
    EXPECT_EQ(consents.standing(f.ada.id)->value().basis, QStringLiteral("legitimate_interest"));

    EXPECT_EQ(consents.record(f.ada.id, QStringLiteral("because"), given, {}, {}).error().code, ErrorCode::Invalid);
    EXPECT_EQ(consents.record(f.ada.id, QStringLiteral("consent"), QDateTime::currentDateTimeUtc().addDays(2), {}, {})
                  .error()
                  .code,
              ErrorCode::Invalid);
    EXPECT_EQ(consents.record(987654, QStringLiteral("consent"), given, {}, {}).error().code, ErrorCode::NotFound);
    EXPECT_EQ(AuditLog(f.t.db()).forEntity(first->uuid)->size(), 2);
    EXPECT_TRUE(AuditLog(f.t.db()).verify()->ok);
}
