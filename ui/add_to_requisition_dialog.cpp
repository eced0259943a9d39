#include "add_to_requisition_dialog.h"

#include <ui/inline_message.h>
#include <ui/session.h>

#include <core/models/requisition_list_model.h>
#include <core/records/application_service.h>
#include <core/records/requisition_service.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace Tandem::Ui {

namespace {

// Requisitions that take applicants: not filled, not closed.
class TakesApplicants : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QString status = sourceModel()->index(row, 0, parent).data(RequisitionListModel::StatusKeyRole).toString();
        return status != QLatin1String("filled") && status != QLatin1String("closed");
    }
};

} // namespace

AddToRequisitionDialog::AddToRequisitionDialog(Session &session, QList<qint64> candidateIds, const QString &who, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_candidates(std::move(candidateIds))
    , m_requisitions(new RequisitionListModel(session.db(), this))
    , m_open(new TakesApplicants(this))
    , m_intro(new QLabel(this))
    , m_requisition(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_source(new QLineEdit(this))
    , m_message(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add to Requisition"));
    setObjectName(QStringLiteral("addToRequisitionDialog"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Add %1 to the pipeline of:").arg(who));
    m_open->setSourceModel(m_requisitions);
    m_open->sort(RequisitionListModel::TitleColumn);
    m_requisition->setObjectName(QStringLiteral("requisitionChoice"));
    m_requisition->setModel(m_open);
    m_requisition->setModelColumn(RequisitionListModel::TitleColumn);
    m_requisition->setMinimumContentsLength(32);
    m_requisition->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stage->setObjectName(QStringLiteral("stageChoice"));
    m_source->setObjectName(QStringLiteral("sourceEdit"));
    m_source->setPlaceholderText(tr("e.g. Sourced, Referral, LinkedIn"));
    m_source->setText(tr("Sourced"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(m_requisition, &QComboBox::currentIndexChanged, this, &AddToRequisitionDialog::fillStages);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddToRequisitionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Requisition:"), m_requisition);
    form->addRow(tr("Stage:"), m_stage);
    form->addRow(tr("Source:"), m_source);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    if (m_open->rowCount() == 0) {
        m_message->showMessage(tr("No requisition takes applicants right now. Open a requisition (or create one) "
                                  "in Requisitions first."),
                               InlineMessage::Kind::Information);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    fillStages();
}

qint64 AddToRequisitionDialog::requisitionId() const
{
    return m_requisition->currentData(RequisitionListModel::IdRole).toLongLong();
}

qint64 AddToRequisitionDialog::stageId() const
{
    return m_stage->currentData().toLongLong();
}

void AddToRequisitionDialog::fillStages()
{
    m_stage->clear();
    const qint64 id = requisitionId();
    if (id == 0)
        return;
    auto stages = RequisitionService(m_session.db(), m_session.actor()).stages(id);
    if (!stages) {
        m_message->showMessage(stages.error().text());
        return;
    }
    for (const Stage &stage : *stages)
        m_stage->addItem(stage.name, stage.id);
}

void AddToRequisitionDialog::accept()
{
    const qint64 requisition = requisitionId();
    if (requisition == 0)
        return;
    ApplicationService applications(m_session.db(), m_session.actor());
    QStringList refused;
    QList<qint64> left;
    for (qint64 candidate : std::as_const(m_candidates)) {
        if (auto added = applications.apply(candidate, requisition, m_source->text(), stageId())) {
            ++m_added;
        } else {
            refused << added.error().message;
            left << candidate;
        }
    }
    if (refused.isEmpty()) {
        QDialog::accept();
        return;
    }
    // Some were added, some not: say which; the rest can go to another requisition, or the
    // user closes the dialog.
    QString text = refused.size() == 1 ? refused.first()
                                       : tr("%n candidate(s) could not be added:", nullptr, int(refused.size()))
                                             + QLatin1Char('\n') + refused.mid(0, 5).join(QLatin1Char('\n'));
    if (m_added > 0)
        text = tr("Added %n candidate(s).", nullptr, m_added) + QLatin1Char(' ') + text;
    m_message->showMessage(text, m_added > 0 ? InlineMessage::Kind::Warning : InlineMessage::Kind::Error);
    m_candidates = left;
    if (m_added > 0 && m_buttons->button(QDialogButtonBox::Cancel)->text() != tr("Close")) {
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        disconnect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_buttons, &QDialogButtonBox::rejected, this, [this] { done(QDialog::Accepted); });
    }
}

} // namespace Tandem::Ui
