// The "Connect to Team Server" dialog: the settings it builds from its fields, its inline
// refusals, the last server it remembers (never the password), the keychain's graceful
// failure where there is none, and a connection test against a port nobody listens on.
// Saves a screenshot to the test output folder for a person to look at.
#include "ui_test_support.h"

#include <support/test_database.h>

#include <ui/connect_dialog.h>
#include <ui/inline_message.h>
#include <ui/main_window.h>
#include <ui/password_store.h>
#include <ui/recent_files.h>
#include <ui/session.h>

#include <core/records/candidate_service.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Tandem;
using namespace Tandem::Testing;
using Tandem::Ui::ConnectDialog;
using Tandem::Ui::InlineMessage;
using Tandem::Ui::PasswordStore;

namespace {

template <typename W>
W *child(QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<W *>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

QString messageOf(ConnectDialog &dialog)
{
    auto *message = child<InlineMessage>(dialog, "connectMessage");
    return message && message->isVisible() ? message->text() : QString();
}

// Runs `action` on the next modal dialog of type W once it is up (exec() blocks the test).
template <typename W, typename Action>
void whenModal(Action action)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, action] {
        if (auto *widget = qobject_cast<W *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            action(*widget);
        }
    });
    timer->start();
}

void fill(ConnectDialog &dialog, const QString &host, int port, const QString &database, const QString &user,
          const QString &password, ConnectDialog::Tls tls)
{
    child<QLineEdit>(dialog, "host")->setText(host);
    child<QSpinBox>(dialog, "port")->setValue(port);
    child<QLineEdit>(dialog, "database")->setText(database);
    child<QLineEdit>(dialog, "user")->setText(user);
    child<QLineEdit>(dialog, "password")->setText(password);
    child<QComboBox>(dialog, "tls")->setCurrentIndex(static_cast<int>(tls));
}

class ConnectDialogTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        isolateSettings();
        // No keychain, whatever the machine running the tests has: a session bus that is not
        // there is what CI and minimal desktops look like. Set before the first D-Bus use.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tandem-test-bus");
    }
    void SetUp() override { QSettings().clear(); }
};

TEST_F(ConnectDialogTest, BuildsSettingsFromItsFields)
{
    ConnectDialog dialog;
    fill(dialog, QStringLiteral("  db.example.com "), 6543, QStringLiteral("agency"), QStringLiteral("ada"),
         QStringLiteral("s3cret"), ConnectDialog::Tls::Require);
    const ConnectionSettings s = dialog.settings();
    EXPECT_EQ(s.engine, Engine::Postgres);
    EXPECT_EQ(s.host, QStringLiteral("db.example.com"));
    EXPECT_EQ(s.port, 6543);
    EXPECT_EQ(s.database, QStringLiteral("agency"));
    EXPECT_EQ(s.user, QStringLiteral("ada"));
    EXPECT_EQ(s.password, QStringLiteral("s3cret"));
    EXPECT_EQ(s.options, QStringLiteral("sslmode=require"));
    EXPECT_FALSE(s.displayName().contains(QStringLiteral("s3cret")));

    const QList<std::pair<ConnectDialog::Tls, QString>> modes = {
        {ConnectDialog::Tls::Off, QStringLiteral("sslmode=disable")},
        {ConnectDialog::Tls::Prefer, QStringLiteral("sslmode=prefer")},
        {ConnectDialog::Tls::Require, QStringLiteral("sslmode=require")},
        {ConnectDialog::Tls::VerifyCertificate, QStringLiteral("sslmode=verify-full")},
    };
    for (const auto &[tls, option] : modes) {
        child<QComboBox>(dialog, "tls")->setCurrentIndex(static_cast<int>(tls));
        EXPECT_EQ(dialog.settings().options, option);
        EXPECT_EQ(ConnectDialog::tlsFromOptions(option), tls);
    }
}

TEST_F(ConnectDialogTest, DefaultsToPort5432AndPreferredTls)
{
    ConnectDialog dialog;
    EXPECT_EQ(child<QSpinBox>(dialog, "port")->value(), 5432);
    EXPECT_EQ(dialog.settings().options, QStringLiteral("sslmode=prefer"));
    EXPECT_EQ(child<QLineEdit>(dialog, "password")->echoMode(), QLineEdit::Password);
}

TEST_F(ConnectDialogTest, KeepsOtherConnectOptionsOfARecentServer)
{
    auto parsed = ConnectionSettings::parse(
        QStringLiteral("postgresql://ada@db.example.com:5433/agency?sslmode=verify-full&connect_timeout=5"));
    ASSERT_TRUE(parsed.has_value());
    ConnectDialog dialog;
    dialog.setSettings(*parsed);
    EXPECT_EQ(child<QComboBox>(dialog, "tls")->currentIndex(), static_cast<int>(ConnectDialog::Tls::VerifyCertificate));
    EXPECT_EQ(dialog.settings().options, QStringLiteral("connect_timeout=5;sslmode=verify-full"));
    EXPECT_EQ(dialog.settings().port, 5433);
}

TEST_F(ConnectDialogTest, RefusesMissingHostDatabaseAndUserInline)
{
    ConnectDialog dialog;
    dialog.show();
    settle();
    fill(dialog, QStringLiteral("   "), 5432, QString(), QString(), QString(), ConnectDialog::Tls::Prefer);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    EXPECT_TRUE(dialog.isVisible()) << "the dialog must stay open on a refusal";
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    const QString message = messageOf(dialog);
    EXPECT_TRUE(message.contains(QStringLiteral("host name"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("name of the database"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("user name"))) << message.toStdString();

    // Only what is still missing is named.
    child<QLineEdit>(dialog, "host")->setText(QStringLiteral("db.example.com"));
    child<QLineEdit>(dialog, "database")->setText(QStringLiteral("agency"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(messageOf(dialog).contains(QStringLiteral("host name")));
    EXPECT_TRUE(messageOf(dialog).contains(QStringLiteral("user name")));

    child<QLineEdit>(dialog, "user")->setText(QStringLiteral("ada"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.isVisible());
}

TEST_F(ConnectDialogTest, PrefillsTheLastServerWithoutItsPassword)
{
    ConnectionSettings used;
    used.engine = Engine::Postgres;
    used.host = QStringLiteral("team.example.org");
    used.port = 15432;
    used.database = QStringLiteral("recruiting");
    used.user = QStringLiteral("grace");
    used.password = QStringLiteral("never-stored-password");
    used.options = QStringLiteral("sslmode=verify-full");
    ConnectDialog::setLastServer(used, false);

    QSettings settings;
    for (const QString &key : settings.allKeys())
        EXPECT_FALSE(settings.value(key).toString().contains(used.password)) << key.toStdString();

    ConnectDialog dialog;
    EXPECT_EQ(child<QLineEdit>(dialog, "host")->text(), used.host);
    EXPECT_EQ(child<QSpinBox>(dialog, "port")->value(), used.port);
    EXPECT_EQ(child<QLineEdit>(dialog, "database")->text(), used.database);
    EXPECT_EQ(child<QLineEdit>(dialog, "user")->text(), used.user);
    EXPECT_TRUE(child<QLineEdit>(dialog, "password")->text().isEmpty());
    EXPECT_EQ(child<QComboBox>(dialog, "tls")->currentIndex(), static_cast<int>(ConnectDialog::Tls::VerifyCertificate));
    EXPECT_FALSE(dialog.rememberPassword()) << "the last choice about the keychain is kept too";
    EXPECT_TRUE(dialog.settings().password.isEmpty());
}

TEST_F(ConnectDialogTest, RecentServersShowDatabaseOnHostAndNeverAPassword)
{
    Ui::RecentFiles recent;
    recent.add(QStringLiteral("postgresql://ada:s3cret@db.example.com:5433/agency?sslmode=require"));
    recent.setLast(QStringLiteral("postgresql://ada:s3cret@db.example.com:5433/agency?sslmode=require"));
    ASSERT_EQ(recent.list().size(), 1);
    const QString stored = recent.list().first();
    EXPECT_EQ(stored, QStringLiteral("postgresql://ada@db.example.com:5433/agency?sslmode=require"));
    EXPECT_EQ(recent.last(), stored);
    EXPECT_EQ(Ui::RecentFiles::displayText(stored), QStringLiteral("agency on db.example.com"));
    EXPECT_TRUE(Ui::RecentFiles::isServer(stored));

    // What Open Recent hands back to the dialog keeps the TLS mode.
    auto parsed = ConnectionSettings::parse(stored);
    ASSERT_TRUE(parsed.has_value());
    ConnectDialog dialog;
    dialog.setSettings(*parsed);
    EXPECT_EQ(dialog.settings().options, QStringLiteral("sslmode=require"));

    QSettings settings;
    for (const QString &key : settings.allKeys())
        EXPECT_FALSE(settings.value(key).toString().contains(QStringLiteral("s3cret"))) << key.toStdString();
}

TEST_F(ConnectDialogTest, PasswordStoreFailsGracefullyWithoutAKeychain)
{
    ConnectionSettings server;
    server.engine = Engine::Postgres;
    server.host = QStringLiteral("db.example.com");
    server.port = 5432;
    server.database = QStringLiteral("agency");
    server.user = QStringLiteral("ada");
    server.password = QStringLiteral("s3cret");
    EXPECT_EQ(PasswordStore::keyFor(server), QStringLiteral("ada@db.example.com:5432/agency"));
    EXPECT_EQ(PasswordStore::serviceName(), QStringLiteral("Tandem"));

    const Status stored = PasswordStore::storeAndWait(server);
    ASSERT_FALSE(stored.has_value()) << "this test environment has no keychain";
    const QString message = stored.error().message;
    EXPECT_TRUE(message.startsWith(QStringLiteral("The password could not be remembered: "))) << message.toStdString();
    EXPECT_TRUE(message.endsWith(QStringLiteral("; you will be asked again next time."))) << message.toStdString();
    EXPECT_FALSE(message.contains(server.password));

    const Result<QString> loaded = PasswordStore::loadAndWait(server);
    ASSERT_FALSE(loaded.has_value());
    EXPECT_FALSE(loaded.error().message.isEmpty());

    // The asynchronous form answers on the event loop, once.
    int answers = 0;
    QObject context;
    PasswordStore::store(server, &context, [&](const Status &result) {
        ++answers;
        EXPECT_FALSE(result.has_value());
    });
    EXPECT_TRUE(waitFor([&] { return answers > 0; }));
    settle();
    EXPECT_EQ(answers, 1);

    // Nothing went to the settings file instead.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        EXPECT_FALSE(settings.value(key).toString().contains(server.password)) << key.toStdString();
}

TEST_F(ConnectDialogTest, TestConnectionShowsTheCoreErrorInline)
{
    ConnectDialog dialog;
    dialog.show();
    settle();
    // Port 1 on the loopback: nothing listens there, so the server refuses at once.
    fill(dialog, QStringLiteral("127.0.0.1"), 1, QStringLiteral("agency"), QStringLiteral("ada"), QString(),
         ConnectDialog::Tls::Off);
    child<QPushButton>(dialog, "testConnection")->click();
    EXPECT_TRUE(dialog.isTesting());
    ASSERT_TRUE(waitFor([&] { return !dialog.isTesting(); }, 30000));
    const QString message = messageOf(dialog);
    EXPECT_TRUE(message.contains(QStringLiteral("Cannot connect to postgresql://ada@127.0.0.1:1/agency")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Check the address"))) << "the core hint too: " << message.toStdString();
    EXPECT_TRUE(dialog.isVisible()) << "a test never closes the dialog";
    EXPECT_TRUE(child<QPushButton>(dialog, "testConnection")->isEnabled());
    settle(100);
    EXPECT_TRUE(dialog.grab().save(QDir(testOutputDir()).filePath(QStringLiteral("connect-dialog-test-failed.png"))));
}

TEST_F(ConnectDialogTest, Screenshot)
{
    ConnectDialog dialog;
    fill(dialog, QStringLiteral("db.example.com"), 5432, QStringLiteral("agency"), QStringLiteral("ada"),
         QStringLiteral("s3cret"), ConnectDialog::Tls::Require);
    dialog.show();
    dialog.adjustSize();
    settle(100);
    const QString path = QDir(testOutputDir()).filePath(QStringLiteral("connect-dialog.png"));
    EXPECT_TRUE(dialog.grab().save(path)) << path.toStdString();
}

} // namespace

namespace {

// Team mode end to end, on the throwaway PostgreSQL server CTest's core suites use: run by hand
// with TANDEM_TEST_ENGINE=postgres and TANDEM_TEST_PG_URL set (installer/pg-test-server.sh).
class TeamServerWindowTest : public ConnectDialogTest
{
protected:
    void SetUp() override
    {
        if (!isPostgres())
            GTEST_SKIP() << "needs the PostgreSQL test server (TANDEM_TEST_ENGINE=postgres)";
        ConnectDialogTest::SetUp();
    }
};

TEST_F(TeamServerWindowTest, OpensAServerUrlAndListsItAsDatabaseOnHost)
{
    TestDatabase server;
    Ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(server.path()));
    EXPECT_TRUE(child<QLabel>(window, "databaseLabel")->text().startsWith(QStringLiteral("postgresql://")));
    const QStringList recent = Ui::RecentFiles().list();
    ASSERT_FALSE(recent.isEmpty());
    EXPECT_EQ(Ui::RecentFiles::displayText(recent.first()),
              QStringLiteral("%1 on %2").arg(server.settings().database, server.settings().host));
}

TEST_F(TeamServerWindowTest, TestConnectionReportsTheSchemaInline)
{
    TestDatabase server;
    const ConnectionSettings target = server.settings();
    ConnectDialog dialog;
    dialog.show();
    fill(dialog, target.host, target.port, target.database, target.user, target.password, ConnectDialog::Tls::Off);
    child<QPushButton>(dialog, "testConnection")->click();
    ASSERT_TRUE(waitFor([&] { return !dialog.isTesting(); }, 30000));
    const QString message = messageOf(dialog);
    EXPECT_TRUE(message.contains(QStringLiteral("up to date"))) << message.toStdString();
}

TEST_F(TeamServerWindowTest, MovesALocalFileToTheServerAndSwitches)
{
    QTemporaryDir dir;
    const QString file = QDir(dir.path()).filePath(QStringLiteral("agency.sqlite"));
    {
        auto session = Ui::Session::open(file);
        ASSERT_TRUE(session.has_value()) << session.error().text().toStdString();
        for (const QString &name : {QStringLiteral("Ada"), QStringLiteral("Grace"), QStringLiteral("Hedy")}) {
            Candidate c;
            c.firstName = name;
            c.lastName = QStringLiteral("Tester");
            ASSERT_TRUE(CandidateService((*session)->db(), (*session)->actor()).create(c).has_value());
        }
    }
    TestDatabase server; // an empty, migrated Tandem database on the server
    const ConnectionSettings target = server.settings();

    Ui::MainWindow window;
    window.show();
    ASSERT_TRUE(window.openDatabase(file));
    auto *move = window.findChild<QAction *>(QStringLiteral("moveToServerAction"));
    ASSERT_NE(move, nullptr);
    ASSERT_TRUE(move->isEnabled());

    whenModal<ConnectDialog>([target](ConnectDialog &dialog) {
        fill(dialog, target.host, target.port, target.database, target.user, target.password, ConnectDialog::Tls::Off);
        child<QCheckBox>(dialog, "rememberPassword")->setChecked(false);
        dialog.accept();
    });
    bool offered = false;
    whenModal<QMessageBox>([&offered](QMessageBox &box) {
        offered = true;
        for (QAbstractButton *button : box.buttons()) {
            if (button->text().contains(QStringLiteral("Switch")))
                button->click();
        }
    });
    move->trigger();
    ASSERT_TRUE(waitFor([&] { return offered; }, 60000));
    ASSERT_TRUE(waitFor([&] {
        return child<QLabel>(window, "databaseLabel")->text().contains(target.database);
    }));
    auto moved = CandidateService(server.db(), Actor::system()).count();
    ASSERT_TRUE(moved.has_value());
    EXPECT_EQ(*moved, 3);
    EXPECT_FALSE(move->isEnabled()) << "a server cannot be moved again";
}

} // namespace
