#include "connect_dialog.h"

#include <ui/background_task.h>
#include <ui/inline_message.h>
#include <ui/password_store.h>

#include <core/storage/database.h>
#include <core/storage/migrator.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Tandem::Ui {
namespace {

const QString hostKey = QStringLiteral("teamServer/host");
const QString portKey = QStringLiteral("teamServer/port");
const QString databaseKey = QStringLiteral("teamServer/database");
const QString userKey = QStringLiteral("teamServer/user");
const QString tlsKey = QStringLiteral("teamServer/sslmode");
const QString rememberKey = QStringLiteral("teamServer/rememberPassword");

constexpr int defaultPort = 5432;

QString tr(const char *text)
{
    return QCoreApplication::translate("Tandem::Ui::ConnectDialog", text);
}

QStringList splitOptions(const QString &options)
{
    QStringList parts;
    for (const QString &part : options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts;
}

bool isSslMode(const QString &option)
{
    return option.startsWith(QLatin1String("sslmode="));
}

// What the worker reports on a server that answered: whether Tandem will find its tables
// there, set them up, or bring them up to date when the window connects.
Result<QString> describeSchema(Database &db)
{
    Migrator migrator(db);
    if (auto compatible = migrator.checkCompatible(); !compatible)
        return std::unexpected(compatible.error());
    auto current = migrator.currentVersion();
    if (!current)
        return std::unexpected(current.error());
    const int known = migrator.knownVersion();
    if (*current == 0)
        return tr("The server answered. The database is empty: Tandem sets it up when you connect.");
    if (*current < known)
        return tr("The server answered. The database holds Tandem schema %1; it is brought up to schema %2 when "
                  "you connect.")
            .arg(*current)
            .arg(known);
    return tr("The server answered. The database is a Tandem database and up to date (schema %1).").arg(*current);
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_message(new InlineMessage(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_remember(new QCheckBox(tr("Remember password in the system &keychain"), this))
    , m_keychainNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Team Server"));
    m_intro->setObjectName(QStringLiteral("connectIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->hide();
    m_message->setObjectName(QStringLiteral("connectMessage"));

    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("e.g. db.example.com"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(defaultPort);
    // A port is a number, not a quantity: no thousands separator.
    m_port->setGroupSeparatorShown(false);
    m_port->setSizePolicy(QSizePolicy::Fixed, m_port->sizePolicy().verticalPolicy());
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("e.g. tandem"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Optional"));

    m_tls->setObjectName(QStringLiteral("tls"));
    m_tls->addItem(tr("Off"), sslMode(Tls::Off));
    m_tls->addItem(tr("Prefer"), sslMode(Tls::Prefer));
    m_tls->addItem(tr("Require"), sslMode(Tls::Require));
    m_tls->addItem(tr("Verify certificate"), sslMode(Tls::VerifyCertificate));
    m_tls->setItemData(0, tr("Never encrypt the connection"), Qt::ToolTipRole);
    m_tls->setItemData(1, tr("Encrypt when the server offers it"), Qt::ToolTipRole);
    m_tls->setItemData(2, tr("Always encrypt; do not check who the server is"), Qt::ToolTipRole);
    m_tls->setItemData(3, tr("Always encrypt, and check the server's certificate and host name"), Qt::ToolTipRole);
    m_tls->setCurrentIndex(static_cast<int>(Tls::Prefer));

    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setForegroundRole(QPalette::PlaceholderText);
    if (!PasswordStore::isAvailable()) {
        // Saying so up front beats a checkbox that silently does nothing.
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_keychainNote->setText(tr("This copy of Tandem was built without keychain support: the password is not "
                                   "remembered, and you will be asked for it each time."));
    } else {
        m_keychainNote->hide();
    }

    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    buildLayout();
    const ConnectionSettings last = lastServer();
    setSettings(last);
    m_remember->setChecked(PasswordStore::isAvailable() && QSettings().value(rememberKey, true).toBool());
}

void ConnectDialog::buildLayout()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption (TLS):"), m_tls);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keychainNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addStretch();
    // The check sits apart from Connect and Cancel, which close the dialog.
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_test);
    buttonRow->addStretch();
    buttonRow->addWidget(m_buttons);
    layout->addLayout(buttonRow);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    // The form's order, with the port right after the host it belongs to.
    const QList<QWidget *> order = {m_host, m_port, m_database, m_user, m_password, m_tls, m_remember};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void ConnectDialog::setSettings(const ConnectionSettings &settings)
{
    m_host->setText(settings.host);
    m_port->setValue(settings.port > 0 ? settings.port : defaultPort);
    m_database->setText(settings.database);
    m_user->setText(settings.user);
    m_password->setText(settings.password);
    m_tls->setCurrentIndex(static_cast<int>(tlsFromOptions(settings.options)));
    QStringList others = splitOptions(settings.options);
    others.removeIf(isSslMode);
    m_otherOptions = others.join(QLatin1Char(';'));
    // The first empty field is where the user goes on typing.
    for (QLineEdit *field : {m_host, m_database, m_user, m_password}) {
        if (field->text().isEmpty()) {
            field->setFocus();
            break;
        }
    }
}

ConnectionSettings ConnectDialog::settings() const
{
    ConnectionSettings s;
    s.engine = Engine::Postgres;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.password = m_password->text();
    QStringList options = splitOptions(m_otherOptions);
    options << QStringLiteral("sslmode=") + m_tls->currentData().toString();
    s.options = options.join(QLatin1Char(';'));
    return s;
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void ConnectDialog::setPurpose(const QString &intro, const QString &acceptText)
{
    m_intro->setText(intro);
    m_intro->setVisible(!intro.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setText(acceptText);
}

void ConnectDialog::showError(const Error &error)
{
    // libpq breaks its lines and indents them with tabs; one paragraph reads better here.
    const Error shown{error.code, error.message.simplified(), error.hint};
    showMessage(shown.text(), InlineMessage::Kind::Error);
}

void ConnectDialog::showMessage(const QString &text, InlineMessage::Kind kind)
{
    m_message->showMessage(text, kind);
    // A long message must push the dialog taller, not squeeze the fields below it.
    layout()->activate();
    if (height() < sizeHint().height())
        resize(width(), sizeHint().height());
}

bool ConnectDialog::validate()
{
    QStringList problems;
    QLineEdit *first = nullptr;
    const auto require = [&](QLineEdit *field, const QString &problem) {
        if (!field->text().trimmed().isEmpty())
            return;
        problems << problem;
        if (!first)
            first = field;
    };
    require(m_host, tr("Enter the server's host name or address."));
    require(m_database, tr("Enter the name of the database on the server."));
    require(m_user, tr("Enter the user name to connect as."));
    if (problems.isEmpty())
        return true;
    showMessage(problems.join(QLatin1Char('\n')), InlineMessage::Kind::Error);
    first->setFocus();
    return false;
}

void ConnectDialog::testConnection()
{
    if (m_testing || !validate())
        return;
    m_testing = true;
    m_test->setEnabled(false);
    m_message->clear();
    const ConnectionSettings target = settings();
    // The task opens the connection itself, on its thread, without creating or migrating
    // anything: a test must leave the server as it found it.
    BackgroundTask::start(this, tr("Test connection"), tr("Connecting to %1…").arg(target.displayName()), target,
                          [](Database &db, TaskProgress &) { return describeSchema(db); },
                          [this](const Result<QString> &result) {
                              m_testing = false;
                              m_test->setEnabled(true);
                              if (result)
                                  showMessage(*result, InlineMessage::Kind::Information);
                              else if (result.error().code == ErrorCode::Cancelled)
                                  showMessage(tr("The test was stopped."), InlineMessage::Kind::Warning);
                              else
                                  showError(result.error());
                          });
}

void ConnectDialog::accept()
{
    if (!validate())
        return;
    QDialog::accept();
}

ConnectionSettings ConnectDialog::lastServer()
{
    const QSettings stored;
    ConnectionSettings s;
    s.engine = Engine::Postgres;
    s.host = stored.value(hostKey).toString();
    s.port = stored.value(portKey, defaultPort).toInt();
    s.database = stored.value(databaseKey).toString();
    s.user = stored.value(userKey).toString();
    const QString mode = stored.value(tlsKey).toString();
    if (!mode.isEmpty())
        s.options = QStringLiteral("sslmode=") + mode;
    return s;
}

void ConnectDialog::setLastServer(const ConnectionSettings &settings, bool rememberPassword)
{
    // Everything but the password, which goes to the keychain or nowhere.
    QSettings stored;
    stored.setValue(hostKey, settings.host);
    stored.setValue(portKey, settings.port);
    stored.setValue(databaseKey, settings.database);
    stored.setValue(userKey, settings.user);
    stored.setValue(tlsKey, sslMode(tlsFromOptions(settings.options)));
    stored.setValue(rememberKey, rememberPassword);
}

QString ConnectDialog::sslMode(Tls tls)
{
    switch (tls) {
    case Tls::Off:
        return QStringLiteral("disable");
    case Tls::Prefer:
        return QStringLiteral("prefer");
    case Tls::Require:
        return QStringLiteral("require");
    case Tls::VerifyCertificate:
        return QStringLiteral("verify-full");
    }
    return QStringLiteral("prefer");
}

ConnectDialog::Tls ConnectDialog::tlsFromOptions(const QString &options)
{
    for (const QString &option : splitOptions(options)) {
        if (!isSslMode(option))
            continue;
        const QString mode = option.mid(option.indexOf(QLatin1Char('=')) + 1).trimmed();
        if (mode == QLatin1String("disable"))
            return Tls::Off;
        if (mode == QLatin1String("require"))
            return Tls::Require;
        // verify-ca checks less than verify-full; the combo offers only the stricter one.
        if (mode == QLatin1String("verify-ca") || mode == QLatin1String("verify-full"))
            return Tls::VerifyCertificate;
        return Tls::Prefer; // allow, prefer
    }
    // libpq's own default.
    return Tls::Prefer;
}

} // namespace Tandem::Ui
