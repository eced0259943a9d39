#pragma once

#include <core/common/error.h>
#include <core/domain/records.h>
#include <core/posting/job_posting.h>

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace Tandem::Ui {

class InlineMessage;
class Session;

// "Publish…": a requisition's job posting. Shows the page candidates will read and the
// schema.org JSON-LD search engines read, publishes an open requisition (published_at; a
// draft, held or closed one is refused with the reason inside the dialog), and saves the HTML
// page, the JSON-LD file and the XML feed of all published open requisitions (core/posting).
// The hiring organization's name is kept in the settings (posting.organization_name).
class PostingDialog : public QDialog
{
    Q_OBJECT
public:
    PostingDialog(Session &session, qint64 requisitionId, QWidget *parent = nullptr);
    ~PostingDialog() override;

    static void showFor(Session &session, qint64 requisitionId, QWidget *parent);

    // The actions behind the buttons, without the file dialogs (tests call these).
    Status publish();
    Status saveHtml(const QString &path);
    Status saveJsonLd(const QString &path);
    Status saveFeed(const QString &path);
    const Requisition &requisition() const { return m_requisition; }

private:
    void reload();
    void refreshPreview();
    void saveOrganization();
    void chooseAndSave(const QString &caption, const QString &suggestedName, const QString &filter,
                       Status (PostingDialog::*save)(const QString &));
    PostingOptions options() const;

    Session &m_session;
    qint64 m_requisitionId;
    Requisition m_requisition;
    InlineMessage *m_message = nullptr; // owned by this dialog (Qt parent), as are the widgets below
    QLabel *m_state = nullptr;
    QLineEdit *m_organization = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_preview = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_saveHtml = nullptr;
    QPushButton *m_saveJson = nullptr;
    QPushButton *m_saveFeed = nullptr;
};

} // namespace Tandem::Ui
