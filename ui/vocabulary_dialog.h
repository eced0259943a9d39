#pragma once

#include <core/common/error.h>

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;
class QTreeWidget;

namespace Tandem::Ui {

class InlineMessage;
class Session;

// Settings > Skills Vocabulary: the built-in skills with their synonyms (read-only,
// searchable) beside the user's own additions, where a skill or a synonym of an existing
// skill can be added (with completion of skill names) and removed. Every change is stored at
// once through VocabularyService (audited) and announced with vocabularyChanged(), so that
// whoever holds a SkillVocabulary reloads it. Refusals show inside the dialog.
// Open with VocabularyDialog::edit(session, parent) or construct and show().
class VocabularyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VocabularyDialog(Session &session, QWidget *parent = nullptr);
    static void edit(Session &session, QWidget *parent);

signals:
    void vocabularyChanged();

private:
    QWidget *makeBuiltInPane();
    QWidget *makeUserPane();
    void reloadUserTerms(const QString &select = {});
    void reloadCompletion();
    void filterUserTerms();
    void addSkill();
    void addSynonym();
    void removeSelected();
    void updateButtons();
    void report(const Status &status, const QString &done = {});

    Session &m_session;
    InlineMessage *m_message = nullptr; // owned by the dialog (Qt parent)
    QLineEdit *m_search = nullptr; // owned by the dialog (Qt parent)
    QStandardItemModel *m_builtIn = nullptr; // owned by the dialog (Qt parent)
    QSortFilterProxyModel *m_filtered = nullptr; // owned by the dialog (Qt parent)
    QTreeView *m_builtInView = nullptr; // owned by the dialog (Qt parent)
    QLabel *m_builtInCount = nullptr; // owned by the dialog (Qt parent)
    QTreeWidget *m_userTerms = nullptr; // owned by the dialog (Qt parent)
    QLineEdit *m_term = nullptr; // owned by the dialog (Qt parent)
    QLineEdit *m_canonical = nullptr; // owned by the dialog (Qt parent)
    QPushButton *m_addSkill = nullptr; // owned by the dialog (Qt parent)
    QPushButton *m_addSynonym = nullptr; // owned by the dialog (Qt parent)
    QPushButton *m_remove = nullptr; // owned by the dialog (Qt parent)
};

} // namespace Tandem::Ui
