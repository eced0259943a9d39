#include "reject_dialog.h"

#include <ui/inline_message.h>
#include <ui/session.h>

#include <core/records/disposition_reasons.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tandem::Ui {
namespace {

constexpr int otherReason = -1; // the combo entry that enables typing
constexpr int noReason = -2;

} // namespace

RejectDialog::RejectDialog(Session &session, ApplicationStatus status, const QStringList &names, QWidget *parent)
    : QDialog(parent)
    , m_status(status)
    , m_reasons(new QComboBox(this))
    , m_other(new QLineEdit(this))
    , m_message(new InlineMessage(this))
{
    const bool rejecting = status == ApplicationStatus::Rejected;
    setObjectName(QStringLiteral("rejectDialog"));
    setWindowTitle(rejecting ? tr("Reject") : tr("Withdraw"));
    auto *who = new QLabel(this);
    who->setTextFormat(Qt::PlainText);
    who->setWordWrap(true);
    const QString list = names.size() <= 3 ? names.join(QStringLiteral(", ")) : tr("%1 candidates").arg(names.size());
    who->setText(rejecting ? tr("Reject %1 for this requisition.").arg(list)
                           : tr("Record that %1 withdrew from this requisition.").arg(list));

    m_reasons->setObjectName(QStringLiteral("reasonCombo"));
    if (!rejecting)
        m_reasons->addItem(tr("No reason given"), noReason);
    auto reasons = DispositionReasons(session.db(), session.actor()).list(status);
    if (reasons)
        for (const DispositionReason &r : std::as_const(*reasons))
            m_reasons->addItem(r.label, r.id);
    else
        m_message->showMessage(reasons.error().message, InlineMessage::Kind::Warning);
    m_reasons->addItem(tr("Other reason…"), otherReason);
    m_other->setObjectName(QStringLiteral("otherReason"));
    m_other->setPlaceholderText(tr("Type the reason"));
    m_other->setMaxLength(300);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reasons);
    form->addRow(QString(), m_other);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(rejecting ? tr("&Reject") : tr("&Withdraw"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RejectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RejectDialog::reject);
    connect(m_reasons, &QComboBox::currentIndexChanged, this, &RejectDialog::updateOther);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    updateOther();
}

void RejectDialog::updateOther()
{
    const bool other = m_reasons->currentData().toInt() == otherReason;
    m_other->setEnabled(other);
    if (other)
        m_other->setFocus();
}

QString RejectDialog::reason() const
{
    const int choice = m_reasons->currentData().toInt();
    if (choice == otherReason)
        return m_other->text().trimmed();
    if (choice == noReason)
        return {};
    return m_reasons->currentText();
}

void RejectDialog::accept()
{
    if (m_status == ApplicationStatus::Rejected && reason().isEmpty()) {
        m_message->showMessage(tr("A rejection needs a reason: choose one or type your own."));
        m_other->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Tandem::Ui
