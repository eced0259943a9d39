#pragma once

#include <core/domain/offer.h>

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QTimer;

namespace Tandem::Ui {

class InlineMessage;
class Session;

// Creates or edits an offer through OfferService: salary, currency and period, start and
// expiry dates, terms and the letter template, with a live preview of the merged letter
// (read-only, merge values HTML-escaped by core) and Export PDF… of what the preview shows.
// A draft is editable; an offer past draft opens read-only (preview and export still work).
// The dialog closes only when the save succeeded; a refusal is explained inside it and keeps
// what was typed.
class OfferDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OfferDialog(Session &session, QWidget *parent = nullptr);

    // Create mode: a new offer on this application.
    void setApplication(qint64 applicationId);
    // Edit mode (or read-only when the offer is past draft).
    void setOffer(const Offer &offer);
    // The offer as stored after a successful save.
    const Offer &offer() const { return m_record; }
    // The merged letter currently previewed (HTML), refreshed shortly after each edit.
    QString previewHtml() const { return m_previewHtml; }
    // Writes the previewed letter as PDF; false (with the reason shown) when it could not.
    bool exportPdf(const QString &path);

    void accept() override;

private:
    void createFields();
    void buildLayout();
    void loadTemplates(qint64 selectedId);
    void describeApplication(qint64 applicationId);
    void setEditable(bool editable);
    Offer fromFields() const;
    void refreshPreview();
    void chooseExportFile();

    Session &m_session;
    Offer m_record;              // the stored offer (id 0 while creating)
    QString m_previewHtml;
    QString m_candidateName;     // for the suggested PDF file name
    QTimer *m_previewTimer = nullptr;   // owned by this dialog (Qt parent), as are the widgets below
    InlineMessage *m_message = nullptr;
    QLabel *m_heading = nullptr;
    QSpinBox *m_salary = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_expires = nullptr;
    QComboBox *m_template = nullptr;
    QPlainTextEdit *m_terms = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_previewNote = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Tandem::Ui
