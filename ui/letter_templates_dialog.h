#pragma once

#include <core/domain/offer.h>

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace Tandem::Ui {

class InlineMessage;
class TemplateHighlighter;
class Session;

// The agency's offer letter templates: a list (the default marked) with New…, Rename…,
// Delete and Make default, and an editor for the selected template's HTML body, coloured by
// TemplateHighlighter (unknown merge fields underlined in red) with an Insert field menu of
// every merge field. Problems (unknown fields with their line) are listed under the editor
// as they are typed. Edits are saved with Save, and also when another template is chosen or
// the dialog closes, so nothing typed is lost; a refused save is explained in the dialog.
class LetterTemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LetterTemplatesDialog(Session &session, QWidget *parent = nullptr);

    // The actions behind the buttons, without their prompts (the buttons ask first).
    bool createTemplate(const QString &name);
    bool renameCurrent(const QString &name);
    bool deleteCurrent();
    bool makeCurrentDefault();
    bool saveCurrent();
    void insertField(const QString &name);
    bool selectTemplate(qint64 id);
    qint64 currentId() const { return m_current.id; }
    // Each unknown field as a sentence, as shown under the editor.
    QStringList problems() const;

    void done(int result) override;

private:
    void buildLayout();
    void reload(qint64 selectId);
    void showTemplate(int row);
    void updateButtons();
    void validateSoon();
    void askNewName(bool renaming);
    void askDelete();

    Session &m_session;
    OfferLetterTemplate m_current; // the stored version being edited (id 0: none)
    bool m_loading = false;        // true while the editor is filled from storage
    QTimer *m_validate = nullptr;  // owned by this dialog (Qt parent), as are the widgets below
    InlineMessage *m_message = nullptr;
    InlineMessage *m_problems = nullptr;
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_body = nullptr;
    TemplateHighlighter *m_highlighter = nullptr; // owned by m_body's document
    QToolButton *m_insert = nullptr;
    QLabel *m_position = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_makeDefault = nullptr;
};

} // namespace Tandem::Ui
