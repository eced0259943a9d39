// File > Check Integrity runs on a worker and reports the result in a dialog; a tampered
// audit trail is reported as a problem, not as health.
#include "ui_test_support.h"

#include <support/test_database.h>

#include <ui/maintenance_actions.h>
#include <ui/session.h>

#include <core/records/candidate_service.h>

#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

// Answers the next message box that appears (it runs its own event loop, so a timer is the
// way in) and keeps what it said.
class MessageBoxCatcher
{
public:
    MessageBoxCatcher()
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                text = box->text() + QLatin1Char('\n') + box->informativeText();
                icon = box->icon();
                box->accept();
                m_timer.stop();
            }
        });
        m_timer.start();
    }
    QString text;
    QMessageBox::Icon icon = QMessageBox::NoIcon;

private:
    QTimer m_timer;
};

class MaintenanceActionsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        isolateSettings();
        auto opened = Ui::Session::open(database.path());
        ASSERT_TRUE(opened) << opened.error().text().toStdString();
        session = std::move(*opened);
        Candidate c;
        c.firstName = QStringLiteral("Mary");
        c.lastName = QStringLiteral("Jackson");
        ASSERT_TRUE(CandidateService(session->db(), session->actor()).create(c));
    }

    TestDatabase database;
    std::unique_ptr<Ui::Session> session;
};

TEST_F(MaintenanceActionsTest, AHealthyDatabaseChecksClean)
{
    QWidget window;
    window.show();
    MessageBoxCatcher catcher;
    Ui::checkIntegrity(&window, *session);
    ASSERT_TRUE(waitFor([&] { return !catcher.text.isEmpty(); }, 30000));
    EXPECT_EQ(catcher.icon, QMessageBox::Information);
    EXPECT_TRUE(catcher.text.contains(QStringLiteral("No problems found"))) << catcher.text.toStdString();
    EXPECT_TRUE(catcher.text.contains(QStringLiteral("audit trail is unbroken"))) << catcher.text.toStdString();
}

TEST_F(MaintenanceActionsTest, ABrokenAuditTrailIsReportedAsAProblem)
{
    // Simulates tampering the way an attacker with the file would: drop the guard trigger
    // and rewrite an entry. (Test-only SQL; the application never does this.)
    auto triggers = session->db().exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_entries'"));
    ASSERT_TRUE(triggers);
    QStringList names;
    while (triggers->next())
        names << triggers->value(0).toString();
    triggers->finish();
    for (const QString &name : names)
        ASSERT_TRUE(session->db().exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)));
    ASSERT_TRUE(session->db().exec(QStringLiteral("UPDATE audit_entries SET actor = 'someone-else'")));

    QWidget window;
    window.show();
    MessageBoxCatcher catcher;
    Ui::checkIntegrity(&window, *session);
    ASSERT_TRUE(waitFor([&] { return !catcher.text.isEmpty(); }, 30000));
    EXPECT_EQ(catcher.icon, QMessageBox::Warning);
    EXPECT_TRUE(catcher.text.contains(QStringLiteral("Audit trail"))) << catcher.text.toStdString();
}

} // namespace
