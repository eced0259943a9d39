#include "saved_searches_dialog.h"

#include <ui/message_boxes.h>
#include <ui/session.h>
#include <ui/tool_tip.h>

#include <core/search/saved_searches.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tandem::Ui {
namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int VersionRole = Qt::UserRole + 2;

} // namespace

SavedSearchesDialog::SavedSearchesDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("savedSearchesDialog"));
    setWindowTitle(tr("Saved Searches"));
    m_list->setObjectName(QStringLiteral("savedSearchesList"));
    m_list->setHeaderLabels({tr("Name"), tr("Search")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, fontMetrics().averageCharWidth() * 28);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(tr("&Run"), QDialogButtonBox::ActionRole);
    m_rename = buttons->addButton(tr("Re&name…"), QDialogButtonBox::ActionRole);
    m_delete = buttons->addButton(tr("&Delete…"), QDialogButtonBox::ActionRole);
    m_run->setObjectName(QStringLiteral("runSavedSearch"));
    m_rename->setObjectName(QStringLiteral("renameSavedSearch"));
    m_delete->setObjectName(QStringLiteral("deleteSavedSearch"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &SavedSearchesDialog::runCurrent);
    connect(m_rename, &QPushButton::clicked, this, &SavedSearchesDialog::renameCurrent);
    connect(m_delete, &QPushButton::clicked, this, &SavedSearchesDialog::deleteCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, &SavedSearchesDialog::runCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SavedSearchesDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 22);
    reload();
}

void SavedSearchesDialog::reload(qint64 selectId)
{
    m_list->clear();
    auto searches = SavedSearchService(m_session.db(), m_session.actor()).list();
    if (!searches) {
        showError(this, tr("Saved Searches"), searches.error());
        return;
    }
    for (const SavedSearch &s : *searches) {
        auto *item = new QTreeWidgetItem(m_list, {s.name, s.query}); // QTreeWidget shows plain text
        item->setData(0, IdRole, s.id);
        item->setData(0, VersionRole, s.version);
        item->setToolTip(1, plainToolTip(s.query));
        if (s.id == selectId || (selectId == 0 && m_list->topLevelItemCount() == 1))
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

void SavedSearchesDialog::updateButtons()
{
    const bool any = m_list->currentItem() != nullptr;
    m_run->setEnabled(any);
    m_rename->setEnabled(any);
    m_delete->setEnabled(any);
}

qint64 SavedSearchesDialog::currentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

void SavedSearchesDialog::runCurrent()
{
    if (const QTreeWidgetItem *item = m_list->currentItem()) {
        emit runRequested(item->text(1));
        accept();
    }
}

void SavedSearchesDialog::renameCurrent()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Saved Search"), tr("New name:"), QLineEdit::Normal,
                                               item->text(0), &ok);
    if (!ok || name.simplified() == item->text(0))
        return;
    const qint64 id = currentId();
    auto renamed = SavedSearchService(m_session.db(), m_session.actor())
                       .rename(id, name, item->data(0, VersionRole).toInt());
    if (!renamed) {
        showError(this, tr("Rename Saved Search"), renamed.error());
        reload(id);
        return;
    }
    reload(id);
    emit changed();
}

void SavedSearchesDialog::deleteCurrent()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (!confirm(this, tr("Delete Saved Search"), tr("Delete the saved search “%1”?").arg(item->text(0)),
                 tr("The candidates are not affected."), tr("Delete")))
        return;
    if (auto ok = SavedSearchService(m_session.db(), m_session.actor()).remove(currentId()); !ok) {
        showError(this, tr("Delete Saved Search"), ok.error());
        reload();
        return;
    }
    reload();
    emit changed();
}

} // namespace Tandem::Ui
