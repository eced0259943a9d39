#pragma once

#include <QPlainTextEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

namespace Tandem::Ui {

// A plain-text editor for notes that completes "@" mentions: typing "@ri" offers the team
// members whose names start with (or contain a word starting with) "ri"; choosing one writes
// "@Rita Recruiter " in place. Ctrl+Return asks to submit.
class MentionEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MentionEdit(QWidget *parent = nullptr);

    void setNames(const QStringList &names);
    QCompleter *completer() const { return m_completer; }
    // The "@word" being typed just before the cursor, without the "@" (empty when none).
    QString mentionPrefix() const;

signals:
    void submitRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updatePopup();
    void insertMention(const QString &name);

    QCompleter *m_completer = nullptr;     // owned by this editor (Qt parent)
    QStringListModel *m_names = nullptr;   // owned by the completer's parent, this editor
};

} // namespace Tandem::Ui
