#include "scorecard_attributes_dialog.h"

#include <ui/inline_message.h>
#include <ui/session.h>

#include <core/records/scorecard_service.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tandem::Ui {

ScorecardAttributesDialog::ScorecardAttributesDialog(Session &session, qint64 requisitionId, const QString &title,
                                                     QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_requisitionId(requisitionId)
    , m_message(new InlineMessage(this))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save Changes"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move &Down"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("scorecardAttributesDialog"));
    setWindowTitle(tr("Scorecard for %1").arg(title));
    auto *intro = new QLabel(tr("Interviewers rate each of these from 1 (poor) to 4 (excellent), then recommend."), this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("attributeList"));
    m_name->setObjectName(QStringLiteral("attributeName"));
    m_description->setObjectName(QStringLiteral("attributeDescription"));
    m_description->setPlaceholderText(tr("What interviewers look for, e.g. \"explains trade-offs\""));
    auto *add = new QPushButton(tr("&Add…"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString name = QInputDialog::getText(this, tr("Add Attribute"), tr("Attribute:")).trimmed();
        if (!name.isEmpty())
            addAttribute(name);
    });
    connect(m_save, &QPushButton::clicked, this, &ScorecardAttributesDialog::saveCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_remove, &QPushButton::clicked, this, &ScorecardAttributesDialog::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &ScorecardAttributesDialog::showCurrent);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("D&escription:"), m_description);
    auto *edit = new QHBoxLayout;
    edit->addStretch();
    edit->addWidget(m_save);
    auto *side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addWidget(m_remove);
    side->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(middle, 1);
    layout->addLayout(form);
    layout->addLayout(edit);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 84);
    resize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 24);
    reload();
}

int ScorecardAttributesDialog::attributeCount() const
{
    return m_list->count();
}

qint64 ScorecardAttributesDialog::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ScorecardAttributesDialog::reload(qint64 selectId)
{
    // The list shows what is stored; the first read creates the default set.
    auto attributes = ScorecardService(m_session.db(), m_session.actor()).attributes(m_requisitionId);
    m_list->clear();
    if (!attributes) {
        m_message->showMessage(attributes.error().text());
        return;
    }
    for (const ScorecardAttribute &attribute : *attributes) {
        auto *item = new QListWidgetItem(attribute.name, m_list);
        item->setData(Qt::UserRole, attribute.id);
        item->setData(Qt::UserRole + 1, attribute.description);
        item->setToolTip(attribute.description);
        if (attribute.id == selectId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showCurrent();
}

void ScorecardAttributesDialog::showCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    m_name->setText(item ? item->text() : QString());
    m_description->setText(item ? item->data(Qt::UserRole + 1).toString() : QString());
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_description), static_cast<QWidget *>(m_save),
                       static_cast<QWidget *>(m_remove)})
        w->setEnabled(item != nullptr);
    m_up->setEnabled(item && m_list->currentRow() > 0);
    m_down->setEnabled(item && m_list->currentRow() < m_list->count() - 1);
}

bool ScorecardAttributesDialog::addAttribute(const QString &name, const QString &description)
{
    auto added = ScorecardService(m_session.db(), m_session.actor()).addAttribute(m_requisitionId, name, description);
    if (!added) {
        m_message->showMessage(added.error().text());
        return false;
    }
    m_message->clear();
    reload(added->id);
    return true;
}

bool ScorecardAttributesDialog::saveCurrent()
{
    const qint64 id = currentId();
    if (id == 0)
        return false;
    auto saved = ScorecardService(m_session.db(), m_session.actor()).renameAttribute(id, m_name->text(), m_description->text());
    if (!saved) {
        m_message->showMessage(saved.error().text());
        return false;
    }
    m_message->clear();
    reload(id);
    return true;
}

bool ScorecardAttributesDialog::moveCurrent(int delta)
{
    const qint64 id = currentId();
    if (id == 0)
        return false;
    auto moved = ScorecardService(m_session.db(), m_session.actor()).moveAttribute(id, m_list->currentRow() + delta);
    if (!moved) {
        m_message->showMessage(moved.error().text());
        return false;
    }
    m_message->clear();
    reload(id);
    return true;
}

bool ScorecardAttributesDialog::removeCurrent()
{
    const qint64 id = currentId();
    if (id == 0)
        return false;
    if (auto removed = ScorecardService(m_session.db(), m_session.actor()).removeAttribute(id); !removed) {
        m_message->showMessage(removed.error().text());
        return false;
    }
    m_message->clear();
    reload();
    return true;
}

} // namespace Tandem::Ui
