#include "vocabulary_dialog.h"

#include <core/intake/skill_vocabulary.h>
#include <core/intake/vocabulary_service.h>
#include <ui/inline_message.h>
#include <ui/session.h>

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tandem::Ui {

namespace {

constexpr int aliasRole = Qt::UserRole + 1;

} // namespace

VocabularyDialog::VocabularyDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_message(new InlineMessage(this))
    , m_search(new QLineEdit(this))
{
    setObjectName(QStringLiteral("vocabularyDialog"));
    setWindowTitle(tr("Skills Vocabulary"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search skills and synonyms…"));
    m_search->setClearButtonEnabled(true);
    auto *explain
        = new QLabel(tr("Resumes are read against these skills. A synonym (“JS”) is stored as its skill "
                        "(“JavaScript”), so searches and matches find every spelling."),
                     this);
    explain->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(makeBuiltInPane());
    splitter->addWidget(makeUserPane());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_message);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().lineSpacing() * 32);
    reloadUserTerms();
    reloadCompletion();
    updateButtons();
}

void VocabularyDialog::edit(Session &session, QWidget *parent)
{
    VocabularyDialog dialog(session, parent);
    dialog.exec();
}

QWidget *VocabularyDialog::makeBuiltInPane()
{
    auto *box = new QGroupBox(tr("Built-in skills"), this);
    m_builtIn = new QStandardItemModel(this);
    m_builtIn->setHorizontalHeaderLabels({tr("Skill"), tr("Also written as")});
    const SkillVocabulary &vocabulary = SkillVocabulary::builtIn();
    for (const QString &name : vocabulary.canonicalNames()) {
        auto *skill = new QStandardItem(name);
        auto *synonyms = new QStandardItem(vocabulary.synonymsOf(name).join(QStringLiteral(", ")));
        synonyms->setToolTip(synonyms->text()); // long lists are elided in the column
        skill->setEditable(false);
        synonyms->setEditable(false);
        m_builtIn->appendRow({skill, synonyms});
    }
    m_filtered = new QSortFilterProxyModel(this);
    m_filtered->setSourceModel(m_builtIn);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filtered->setFilterKeyColumn(-1); // the skill or any of its synonyms
    m_filtered->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filtered->sort(0);
    m_builtInView = new QTreeView(box);
    m_builtInView->setObjectName(QStringLiteral("builtInList"));
    m_builtInView->setModel(m_filtered);
    m_builtInView->setRootIsDecorated(false);
    m_builtInView->setUniformRowHeights(true);
    m_builtInView->setAlternatingRowColors(true);
    m_builtInView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_builtInView->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_builtInView->header()->resizeSection(0, fontMetrics().averageCharWidth() * 32);
    m_builtInView->header()->setStretchLastSection(true);
    m_builtInCount = new QLabel(box);
    m_builtInCount->setObjectName(QStringLiteral("builtInCount"));
    auto updateCount = [this] {
        m_builtInCount->setText(
            m_filtered->rowCount() == m_builtIn->rowCount()
                ? tr("%1 skills").arg(m_builtIn->rowCount())
                : tr("%1 of %2 skills match").arg(m_filtered->rowCount()).arg(m_builtIn->rowCount()));
    };
    connect(m_search, &QLineEdit::textChanged, this, [this, updateCount](const QString &text) {
        m_filtered->setFilterFixedString(text.trimmed());
        updateCount();
        filterUserTerms();
    });
    updateCount();
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_builtInView, 1);
    layout->addWidget(m_builtInCount);
    return box;
}

QWidget *VocabularyDialog::makeUserPane()
{
    auto *box = new QGroupBox(tr("Your additions"), this);
    m_userTerms = new QTreeWidget(box);
    m_userTerms->setObjectName(QStringLiteral("userTerms"));
    m_userTerms->setHeaderLabels({tr("Term"), tr("Means")});
    m_userTerms->setRootIsDecorated(false);
    m_userTerms->setUniformRowHeights(true);
    m_userTerms->header()->setStretchLastSection(true);
    m_userTerms->header()->resizeSection(0, fontMetrics().averageCharWidth() * 22);
    connect(m_userTerms, &QTreeWidget::itemSelectionChanged, this, &VocabularyDialog::updateButtons);

    m_term = new QLineEdit(box);
    m_term->setObjectName(QStringLiteral("term"));
    m_term->setPlaceholderText(tr("e.g. “Tandem Scripting” or “TS”"));
    m_canonical = new QLineEdit(box);
    m_canonical->setObjectName(QStringLiteral("canonical"));
    m_canonical->setPlaceholderText(tr("the skill a synonym stands for"));
    auto *completer = new QCompleter(new QStringListModel(this), m_canonical);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_canonical->setCompleter(completer);

    m_addSkill = new QPushButton(tr("Add as &Skill"), box);
    m_addSkill->setObjectName(QStringLiteral("addSkill"));
    m_addSynonym = new QPushButton(tr("Add as S&ynonym"), box);
    m_addSynonym->setObjectName(QStringLiteral("addSynonym"));
    m_remove = new QPushButton(tr("&Remove"), box);
    m_remove->setObjectName(QStringLiteral("remove"));
    connect(m_addSkill, &QPushButton::clicked, this, &VocabularyDialog::addSkill);
    connect(m_addSynonym, &QPushButton::clicked, this, &VocabularyDialog::addSynonym);
    connect(m_remove, &QPushButton::clicked, this, &VocabularyDialog::removeSelected);
    connect(m_term, &QLineEdit::textChanged, this, &VocabularyDialog::updateButtons);
    connect(m_canonical, &QLineEdit::textChanged, this, &VocabularyDialog::updateButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("&Term:"), m_term);
    form->addRow(tr("&Means:"), m_canonical);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_addSkill);
    buttonRow->addWidget(m_addSynonym);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_remove);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_userTerms, 1);
    layout->addLayout(form);
    layout->addLayout(buttonRow);
    return box;
}

void VocabularyDialog::reloadUserTerms(const QString &select)
{
    m_userTerms->clear();
    auto terms = VocabularyService(m_session.db(), m_session.actor()).userTerms();
    if (!terms) {
        report(Status(std::unexpected(terms.error())));
        return;
    }
    for (const VocabularyTerm &term : *terms) {
        auto *item = new QTreeWidgetItem(
            m_userTerms, {term.alias, term.isSkill() ? tr("a skill of its own") : term.canonical});
        item->setData(0, aliasRole, term.alias);
        item->setToolTip(
            1, term.isSkill() ? tr("Added as a new skill") : tr("A synonym of %1").arg(term.canonical));
        if (!select.isEmpty() && term.alias.compare(select, Qt::CaseInsensitive) == 0)
            m_userTerms->setCurrentItem(item);
    }
    if (terms->isEmpty()) {
        auto *placeholder
            = new QTreeWidgetItem(m_userTerms, {tr("No additions yet.")});
        placeholder->setFlags(Qt::NoItemFlags);
        placeholder->setFirstColumnSpanned(true);
    }
    filterUserTerms();
}

// The user's own terms follow the same search as the built-in list.
void VocabularyDialog::filterUserTerms()
{
    const QString text = m_search->text().trimmed();
    for (int i = 0; i < m_userTerms->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_userTerms->topLevelItem(i);
        const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
            || item->text(1).contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

void VocabularyDialog::reloadCompletion()
{
    auto vocabulary = SkillVocabulary::load(m_session.db());
    QStringList names
        = vocabulary ? vocabulary->canonicalNames() : SkillVocabulary::builtIn().canonicalNames();
    names.sort(Qt::CaseInsensitive);
    if (auto *model = qobject_cast<QStringListModel *>(m_canonical->completer()->model()))
        model->setStringList(names);
}

void VocabularyDialog::addSkill()
{
    auto added = VocabularyService(m_session.db(), m_session.actor()).addSkill(m_term->text());
    report(added ? Status {} : Status(std::unexpected(added.error())),
           added ? tr("Added the skill “%1”.").arg(added->alias) : QString());
    if (!added)
        return;
    m_term->clear();
    reloadUserTerms(added->alias);
    reloadCompletion();
    emit vocabularyChanged();
}

void VocabularyDialog::addSynonym()
{
    auto added = VocabularyService(m_session.db(), m_session.actor())
                     .addSynonym(m_term->text(), m_canonical->text());
    report(added ? Status {} : Status(std::unexpected(added.error())),
           added ? tr("“%1” now means “%2”.").arg(added->alias, added->canonical) : QString());
    if (!added)
        return;
    m_term->clear();
    reloadUserTerms(added->alias);
    emit vocabularyChanged();
}

void VocabularyDialog::removeSelected()
{
    QTreeWidgetItem *item = m_userTerms->currentItem();
    if (!item || item->data(0, aliasRole).toString().isEmpty())
        return;
    const QString alias = item->data(0, aliasRole).toString();
    const Status removed = VocabularyService(m_session.db(), m_session.actor()).remove(alias);
    report(removed, removed ? tr("Removed “%1”.").arg(alias) : QString());
    if (!removed)
        return;
    reloadUserTerms();
    reloadCompletion();
    updateButtons();
    emit vocabularyChanged();
}

void VocabularyDialog::updateButtons()
{
    const bool hasTerm = !m_term->text().trimmed().isEmpty();
    m_addSkill->setEnabled(hasTerm);
    m_addSynonym->setEnabled(hasTerm && !m_canonical->text().trimmed().isEmpty());
    const QTreeWidgetItem *item = m_userTerms->currentItem();
    m_remove->setEnabled(item && !item->data(0, aliasRole).toString().isEmpty() && item->isSelected());
}

void VocabularyDialog::report(const Status &status, const QString &done)
{
    if (!status)
        m_message->showMessage(status.error().message + QLatin1Char(' ') + status.error().hint);
    else if (!done.isEmpty())
        m_message->showMessage(done, InlineMessage::Kind::Information);
    else
        m_message->clear();
}

} // namespace Tandem::Ui
