// Team mode: the server itself refuses what a Tandem role must not read or change.
#include <core/audit/audit_log.h>
#include <core/records/activity_log.h>
#include <core/records/candidate_service.h>
#include <core/records/server_roles.h>

#include "support/test_database.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

// A server login of its own for one test, dropped afterwards (logins belong to the whole server).
class ServerLogin
{
public:
    ServerLogin(Database &admin, const QString &role)
        : m_admin(admin)
        , m_name(QStringLiteral("tandem_test_%1_%2").arg(role).arg(QRandomGenerator::global()->generate()))
    {
        EXPECT_TRUE(admin.execScript(QStringLiteral("CREATE ROLE %1 LOGIN").arg(m_name)));
        auto granted = grantServerRole(admin, m_name, role);
        EXPECT_TRUE(granted) << (granted ? std::string() : granted.error().text().toStdString());
    }
    ~ServerLogin()
    {
        m_db.reset();
        // Its grants in the test database go with that database; the login itself goes here.
        (void)m_admin.execScript(QStringLiteral("DROP OWNED BY %1; DROP ROLE IF EXISTS %1").arg(m_name));
    }
    Database &open(const ConnectionSettings &base)
    {
        ConnectionSettings settings = base;
        settings.user = m_name;
        auto db = Database::open(settings);
        EXPECT_TRUE(db) << (db ? std::string() : db.error().text().toStdString());
        m_db = std::move(*db);
        return *m_db;
    }

private:
    Database &m_admin;
    QString m_name;
    std::unique_ptr<Database> m_db;
};

Candidate someone()
{
    Candidate c;
    c.firstName = QStringLiteral("Katherine");
    c.lastName = QStringLiteral("Johnson");
    return c;
}

} // namespace

TEST(ServerRoles, LocalFilesHaveNone)
{
    Testing::TestDatabase t;
    if (Testing::isPostgres())
        GTEST_SKIP() << "the SQLite answer";
    auto granted = grantServerRole(t.db(), QStringLiteral("alice"), QStringLiteral("recruiter"));
    ASSERT_FALSE(granted);
    EXPECT_EQ(granted.error().code, ErrorCode::Unsupported);
}

TEST(ServerRoles, UnknownRoleIsRefused)
{
    Testing::TestDatabase t;
    auto granted = grantServerRole(t.db(), QStringLiteral("alice"), QStringLiteral("wizard"));
    ASSERT_FALSE(granted);
    EXPECT_TRUE(granted.error().message.contains(QStringLiteral("wizard")));
}

TEST(ServerRoles, InterviewerReadsAndAddsNotesButTheServerRefusesTheRest)
{
    if (!Testing::isPostgres())
        GTEST_SKIP() << "server roles exist on a team server only";
    Testing::TestDatabase t;
    auto candidate = CandidateService(t.db(), Actor::system()).create(someone());
    ASSERT_TRUE(candidate);

    ServerLogin login(t.db(), QStringLiteral("interviewer"));
    Database &db = login.open(t->settings());
    // Reading the recruiting records and adding a note (with its audit entry) are allowed.
    CandidateService people(db, Actor::system());
    auto read = people.get(candidate->id);
    ASSERT_TRUE(read) << read.error().text().toStdString();
    auto note = ActivityLog(db, Actor::system()).addNote(candidate->id, QStringLiteral("Strong systems answers."));
    ASSERT_TRUE(note) << note.error().text().toStdString();
    // Changing a candidate and reading the audit log are refused by the server itself.
    Candidate edited = *read;
    edited.currentTitle = QStringLiteral("Mathematician");
    auto update = people.update(edited);
    ASSERT_FALSE(update);
    EXPECT_TRUE(update.error().message.contains(QStringLiteral("permission denied"))) << update.error().message.toStdString();
    // (Only the id column is readable, for INSERT ... RETURNING id; what was changed is not.)
    auto audit = db.scalar(QStringLiteral("SELECT after_json FROM audit_entries LIMIT 1"));
    ASSERT_FALSE(audit);
    EXPECT_TRUE(audit.error().message.contains(QStringLiteral("permission denied")));
    // The chain the interviewer extended still verifies, read by an admin.
    auto verified = AuditLog(t.db()).verify();
    ASSERT_TRUE(verified);
    EXPECT_TRUE(verified->ok) << verified->problem.toStdString();
    EXPECT_EQ(verified->checked, 2);
}

TEST(ServerRoles, RecruiterWritesButCannotReadTheAuditLogWhileComplianceCan)
{
    if (!Testing::isPostgres())
        GTEST_SKIP() << "server roles exist on a team server only";
    Testing::TestDatabase t;
    ServerLogin recruiter(t.db(), QStringLiteral("recruiter"));
    Database &rdb = recruiter.open(t->settings());
    auto created = CandidateService(rdb, Actor::system()).create(someone());
    ASSERT_TRUE(created) << created.error().text().toStdString();
    EXPECT_FALSE(AuditLog(rdb).verify());
    // A recruiter cannot hand out roles either.
    EXPECT_FALSE(grantServerRole(rdb, QStringLiteral("postgres"), QStringLiteral("admin")));

    ServerLogin compliance(t.db(), QStringLiteral("compliance"));
    Database &cdb = compliance.open(t->settings());
    auto verified = AuditLog(cdb).verify();
    ASSERT_TRUE(verified) << verified.error().text().toStdString();
    EXPECT_TRUE(verified->ok);
    EXPECT_EQ(verified->checked, 1);
    Candidate edited = *created;
    edited.city = QStringLiteral("Hampton");
    EXPECT_FALSE(CandidateService(cdb, Actor::system()).update(edited)); // compliance reads, does not edit
}
