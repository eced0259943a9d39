#include "consent_section.h"

#include <ui/message_boxes.h>
#include <ui/session.h>

#include <core/records/consent_service.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tandem::Ui {

ConsentSection::ConsentSection(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_record(new QPushButton(tr("Record…"), this))
    , m_withdraw(new QPushButton(tr("Withdraw…"), this))
{
    setObjectName(QStringLiteral("consentSection"));
    m_status->setObjectName(QStringLiteral("consentStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_record->setToolTip(tr("Record the lawful basis for keeping and contacting this person"));
    m_withdraw->setToolTip(tr("The person withdrew their consent"));
    connect(m_record, &QPushButton::clicked, this, &ConsentSection::askAndRecord);
    connect(m_withdraw, &QPushButton::clicked, this, [this] {
        if (confirm(this, tr("Withdraw Consent"), tr("Record that this person withdrew their consent?"),
                    tr("The record is kept with the date it ended; the board flags the candidate again."),
                    tr("Withdraw")))
            withdrawStanding();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_record);
    layout->addWidget(m_withdraw);
}

void ConsentSection::showCandidate(qint64 candidateId)
{
    m_candidateId = candidateId;
    reload();
}

QString ConsentSection::statusText() const
{
    return m_status->text();
}

void ConsentSection::reload()
{
    m_standingId = 0;
    if (m_candidateId == 0)
        return;
    auto standing = ConsentService(m_session.db(), m_session.actor()).standing(m_candidateId);
    if (!standing) {
        m_status->setText(standing.error().message);
    } else if (!*standing) {
        m_status->setText(tr("No consent recorded"));
        m_status->setForegroundRole(QPalette::PlaceholderText);
    } else {
        const Consent &c = **standing;
        m_standingId = c.id;
        QString text = tr("%1 since %2").arg(Consent::basisLabel(c.basis),
                                            QLocale().toString(c.givenAt.toLocalTime().date(), QLocale::ShortFormat));
        if (!c.source.isEmpty())
            text += tr(", via %1").arg(c.source);
        m_status->setText(text);
        m_status->setForegroundRole(QPalette::WindowText);
    }
    m_withdraw->setVisible(m_standingId != 0);
}

bool ConsentSection::record(const QString &basis, const QDateTime &givenAt, const QString &source, const QString &textVersion)
{
    auto stored = ConsentService(m_session.db(), m_session.actor()).record(m_candidateId, basis, givenAt, source, textVersion);
    if (!stored) {
        showError(this, tr("Record Consent"), stored.error());
        return false;
    }
    reload();
    emit changed();
    return true;
}

bool ConsentSection::withdrawStanding()
{
    if (m_standingId == 0)
        return false;
    if (auto withdrawn = ConsentService(m_session.db(), m_session.actor()).withdraw(m_standingId); !withdrawn) {
        showError(this, tr("Withdraw Consent"), withdrawn.error());
        return false;
    }
    reload();
    emit changed();
    return true;
}

void ConsentSection::askAndRecord()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Record Consent"));
    auto *basis = new QComboBox(&dialog);
    for (const QString &key : Consent::bases())
        basis->addItem(Consent::basisLabel(key), key);
    auto *given = new QDateEdit(QDate::currentDate(), &dialog);
    given->setCalendarPopup(true);
    given->setMaximumDate(QDate::currentDate());
    auto *source = new QLineEdit(&dialog);
    source->setPlaceholderText(tr("e.g. careers site form, e-mail reply, event sign-up"));
    auto *version = new QLineEdit(&dialog);
    version->setPlaceholderText(tr("e.g. privacy notice 2025-01"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Basis:"), basis);
    form->addRow(tr("&Given on:"), given);
    form->addRow(tr("&Source:"), source);
    form->addRow(tr("&Text version:"), version);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // A refused record reopens the dialog with everything still typed in it.
    while (dialog.exec() == QDialog::Accepted) {
        const QDateTime at = given->date() == QDate::currentDate() ? QDateTime::currentDateTimeUtc()
                                                                   : given->date().startOfDay().toUTC();
        if (record(basis->currentData().toString(), at, source->text(), version->text()))
            return;
    }
}

} // namespace Tandem::Ui
