#include "disposition_reasons_dialog.h"

#include <ui/inline_message.h>
#include <ui/session.h>

#include <core/records/disposition_reasons.h>
#include <core/records/silver_medalists.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Tandem::Ui {
namespace {

constexpr int idRole = Qt::UserRole + 1;
constexpr int activeRole = Qt::UserRole + 2;
constexpr int labelRole = Qt::UserRole + 3;

} // namespace

DispositionReasonsDialog::DispositionReasonsDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_silverRule(new QComboBox(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("dispositionReasonsDialog"));
    setWindowTitle(tr("Rejection Reasons and Silver Medalists"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(makeListPage(m_rejected), tr("&Rejection reasons"));
    tabs->addTab(makeListPage(m_withdrawn), tr("&Withdrawal reasons"));

    auto *silver = new QGroupBox(tr("Silver medalists"), this);
    auto *explain = new QLabel(tr("When a rejected or withdrawn applicant had reached this far, they join the "
                                  "talent pool “Silver medalists” with a note of the requisition and stage."),
                               silver);
    explain->setWordWrap(true);
    m_silverRule->setObjectName(QStringLiteral("silverRule"));
    for (SilverMedalistRule rule : SilverMedalists::rules())
        m_silverRule->addItem(SilverMedalists::label(rule), SilverMedalists::key(rule));
    SilverMedalists medalists(session.db(), session.actor());
    if (auto rule = medalists.rule())
        m_silverRule->setCurrentIndex(m_silverRule->findData(SilverMedalists::key(*rule)));
    connect(m_silverRule, &QComboBox::currentIndexChanged, this, [this] {
        for (SilverMedalistRule rule : SilverMedalists::rules())
            if (SilverMedalists::key(rule) == m_silverRule->currentData().toString())
                report(SilverMedalists(m_session.db(), m_session.actor()).setRule(rule));
    });
    auto *silverForm = new QFormLayout(silver);
    silverForm->addRow(explain);
    silverForm->addRow(tr("Add &when:"), m_silverRule);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(tabs, 1);
    layout->addWidget(silver);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().lineSpacing() * 30);
    reload(m_rejected);
    reload(m_withdrawn);
}

void DispositionReasonsDialog::edit(Session &session, QWidget *parent)
{
    DispositionReasonsDialog dialog(session, parent);
    dialog.exec();
}

QWidget *DispositionReasonsDialog::makeListPage(List &list)
{
    auto *page = new QWidget(this);
    list.widget = new QListWidget(page);
    list.widget->setObjectName(list.status == ApplicationStatus::Rejected ? QStringLiteral("rejectedReasons")
                                                                          : QStringLiteral("withdrawnReasons"));
    auto *add = new QPushButton(tr("&Add…"), page);
    auto *rename = new QPushButton(tr("Re&name…"), page);
    auto *up = new QPushButton(tr("Move &up"), page);
    auto *down = new QPushButton(tr("Move &down"), page);
    auto *active = new QPushButton(tr("&Deactivate"), page);
    connect(add, &QPushButton::clicked, this, [this, &list] { this->add(list); });
    connect(rename, &QPushButton::clicked, this, [this, &list] { this->rename(list); });
    connect(up, &QPushButton::clicked, this, [this, &list] { moveBy(list, -1); });
    connect(down, &QPushButton::clicked, this, [this, &list] { moveBy(list, 1); });
    connect(active, &QPushButton::clicked, this, [this, &list] { toggleActive(list); });
    connect(list.widget, &QListWidget::itemDoubleClicked, this, [this, &list] { this->rename(list); });
    connect(list.widget, &QListWidget::currentRowChanged, this, [&list, rename, up, down, active](int row) {
        const bool has = row >= 0;
        rename->setEnabled(has);
        up->setEnabled(row > 0);
        down->setEnabled(has && row < list.widget->count() - 1);
        active->setEnabled(has);
        const bool isActive = has && list.widget->item(row)->data(activeRole).toBool();
        active->setText(has && !isActive ? tr("Re&activate") : tr("&Deactivate"));
    });
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {add, rename, up, down, active})
        side->addWidget(b);
    side->addStretch();
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(list.widget, 1);
    layout->addLayout(side);
    return page;
}

void DispositionReasonsDialog::reload(List &list, qint64 selectId)
{
    auto reasons = DispositionReasons(m_session.db(), m_session.actor()).list(list.status, true);
    if (!reasons) {
        m_message->showMessage(reasons.error().message);
        return;
    }
    list.widget->clear();
    for (const DispositionReason &r : std::as_const(*reasons)) {
        auto *item = new QListWidgetItem(r.active ? r.label : tr("%1 (inactive)").arg(r.label), list.widget);
        item->setData(idRole, r.id);
        item->setData(activeRole, r.active);
        item->setData(labelRole, r.label);
        if (!r.active)
            item->setForeground(palette().color(QPalette::PlaceholderText));
        if (r.id == selectId)
            list.widget->setCurrentItem(item);
    }
    if (!list.widget->currentItem())
        emit list.widget->currentRowChanged(-1);
}

qint64 DispositionReasonsDialog::currentId(const List &list) const
{
    const QListWidgetItem *item = list.widget->currentItem();
    return item ? item->data(idRole).toLongLong() : 0;
}

void DispositionReasonsDialog::report(const Status &status)
{
    if (status)
        m_message->clear();
    else
        m_message->showMessage(status.error().message + QLatin1Char(' ') + status.error().hint);
}

void DispositionReasonsDialog::add(List &list)
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Add Reason"), tr("Reason:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto added = DispositionReasons(m_session.db(), m_session.actor()).add(list.status, text);
    report(added ? Status{} : Status(std::unexpected(added.error())));
    if (added)
        reload(list, added->id);
}

void DispositionReasonsDialog::rename(List &list)
{
    const qint64 id = currentId(list);
    if (id == 0)
        return;
    bool ok = false;
    const QString old = list.widget->currentItem()->data(labelRole).toString();
    const QString text = QInputDialog::getText(this, tr("Rename Reason"), tr("Reason:"), QLineEdit::Normal, old, &ok);
    if (!ok)
        return;
    report(DispositionReasons(m_session.db(), m_session.actor()).rename(id, text));
    reload(list, id);
}

void DispositionReasonsDialog::moveBy(List &list, int delta)
{
    const int row = list.widget->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= list.widget->count())
        return;
    QList<qint64> order;
    for (int i = 0; i < list.widget->count(); ++i)
        order.append(list.widget->item(i)->data(idRole).toLongLong());
    order.swapItemsAt(row, target);
    report(DispositionReasons(m_session.db(), m_session.actor()).reorder(list.status, order));
    reload(list, order[target]);
}

void DispositionReasonsDialog::toggleActive(List &list)
{
    const qint64 id = currentId(list);
    if (id == 0)
        return;
    const bool active = list.widget->currentItem()->data(activeRole).toBool();
    report(DispositionReasons(m_session.db(), m_session.actor()).setActive(id, !active));
    reload(list, id);
}

} // namespace Tandem::Ui
