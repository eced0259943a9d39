#pragma once

#include <core/common/error.h>
#include <core/storage/connection_settings.h>

#include <ui/inline_message.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Tandem::Ui {

// "Connect to Team Server": host, port, database, user, password and TLS mode of a
// PostgreSQL server, with a check that the server answers before the window switches to it.
//
// The result is a ConnectionSettings whose password lives only in memory; whether to keep
// it in the OS keychain is the caller's business (rememberPassword(), PasswordStore). The
// last server used is kept in QSettings (host, port, database, user, TLS mode: never the
// password) and fills the fields of the next dialog.
//
// "Test connection" opens the database on a worker (BackgroundTask) and shows the answer
// inline: the schema's state, or the core error and its hint.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    // libpq's sslmode values the TLS combo offers, in its order.
    enum class Tls { Off, Prefer, Require, VerifyCertificate };

    explicit ConnectDialog(QWidget *parent = nullptr);

    // Fills the fields (a recent server, a retry after a failed connect); the password too
    // when the settings hold one.
    void setSettings(const ConnectionSettings &settings);
    ConnectionSettings settings() const;
    bool rememberPassword() const;
    // Another purpose than connecting ("Move to Team Server"): a line above the fields and
    // the OK button's text.
    void setPurpose(const QString &intro, const QString &acceptText);
    // Shows why the last attempt failed, above the fields.
    void showError(const Error &error);
    // Runs the check on a worker; the answer appears inline.
    void testConnection();
    bool isTesting() const { return m_testing; }

    // The server prefilled into the next dialog; the password is not part of it.
    static ConnectionSettings lastServer();
    static void setLastServer(const ConnectionSettings &settings, bool rememberPassword);

    static QString sslMode(Tls tls);
    static Tls tlsFromOptions(const QString &options);

    void accept() override;

private:
    void buildLayout();
    // The refusals of the form (empty host, database or user), focusing the first field
    // that needs attention; true when there is none.
    bool validate();
    void showMessage(const QString &text, InlineMessage::Kind kind);

    QLabel *m_intro = nullptr;             // owned by this dialog (Qt parent), as are all below
    InlineMessage *m_message = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_tls = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keychainNote = nullptr;
    QPushButton *m_test = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_otherOptions; // connect options other than sslmode, kept from setSettings()
    bool m_testing = false;
};

} // namespace Tandem::Ui
