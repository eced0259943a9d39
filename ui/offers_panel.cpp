#include "offers_panel.h"

#include <ui/empty_state.h>
#include <ui/inline_message.h>
#include <ui/letter_templates_dialog.h>
#include <ui/offer_dialog.h>
#include <ui/session.h>

#include <core/documents/letter_pdf.h>
#include <core/documents/offer_letter.h>
#include <core/documents/offer_letter_file.h>
#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/offer_service.h>
#include <core/records/requisition_service.h>

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace Tandem::Ui {
namespace {

QColor statusColor(OfferStatus status)
{
    switch (status) {
    case OfferStatus::Draft: return QColor(0x64, 0x74, 0x8b);
    case OfferStatus::Approved: return QColor(0x25, 0x63, 0xeb);
    case OfferStatus::Sent: return QColor(0xd9, 0x77, 0x06);
    case OfferStatus::Accepted: return QColor(0x16, 0xa3, 0x4a);
    case OfferStatus::Declined: return QColor(0xdc, 0x26, 0x26);
    case OfferStatus::Withdrawn: return QColor(0x47, 0x55, 0x69);
    }
    return Qt::gray;
}

QLabel *statusPill(OfferStatus status, QWidget *parent)
{
    auto *pill = new QLabel(offerStatusLabel(status), parent);
    pill->setObjectName(QStringLiteral("statusPill"));
    const QColor color = statusColor(status);
    const bool dark = parent->palette().color(QPalette::Base).lightness() < 128;
    const QColor text = dark ? color.lighter(160) : color.darker(135);
    pill->setStyleSheet(QStringLiteral("QLabel { background: rgba(%1, %2, %3, 40); color: %4; border-radius: %5px; "
                                       "padding: 1px %6px; font-weight: 600; }")
                            .arg(color.red())
                            .arg(color.green())
                            .arg(color.blue())
                            .arg(text.name())
                            .arg(pill->fontMetrics().height() / 2)
                            .arg(pill->fontMetrics().averageCharWidth()));
    pill->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return pill;
}

QString dateText(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

QString dayOf(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat);
}

// "Start 3/1/27 · Expires 2/1/27 · Approved 11/22/26 · Sent 11/22/26"
QString datesLine(const Offer &o)
{
    QStringList parts;
    if (o.startDate.isValid())
        parts << QObject::tr("Starts %1").arg(dateText(o.startDate));
    if (o.expiresOn.isValid() && isOpen(o.status))
        parts << QObject::tr("Expires %1").arg(dateText(o.expiresOn));
    parts << QObject::tr("Created %1").arg(dayOf(o.createdAt));
    if (o.approvedAt.isValid())
        parts << QObject::tr("Approved %1").arg(dayOf(o.approvedAt));
    if (o.sentAt.isValid())
        parts << QObject::tr("Sent %1").arg(dayOf(o.sentAt));
    if (o.respondedAt.isValid())
        parts << QObject::tr("%1 %2").arg(offerStatusLabel(o.status), dayOf(o.respondedAt));
    return parts.join(QStringLiteral("  ·  "));
}

} // namespace

OffersPanel::OffersPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_message(new InlineMessage(this))
    , m_summary(new QLabel(this))
    , m_newOffer(new QPushButton(tr("&New offer"), this))
    , m_empty(new EmptyState(this))
    , m_cards(new QWidget)
    , m_cardsLayout(new QVBoxLayout(m_cards))
{
    m_newOffer->setObjectName(QStringLiteral("newOffer"));
    m_newOffer->setMenu(new QMenu(m_newOffer));
    connect(m_newOffer->menu(), &QMenu::aboutToShow, this, &OffersPanel::fillNewOfferMenu);
    auto *templates = new QPushButton(tr("Letter &templates…"), this);
    templates->setObjectName(QStringLiteral("letterTemplates"));
    connect(templates, &QPushButton::clicked, this, [this] {
        LetterTemplatesDialog dialog(m_session, this);
        dialog.exec();
    });
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_empty->setTitle(tr("No offers yet"));
    m_empty->setMessage(tr("When this candidate reaches the offer stage, make an offer from one of their applications: "
                           "salary, start date and a letter from your template, exported to PDF."));

    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("offerCards"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_cards);

    auto *header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(templates);
    header->addWidget(m_newOffer);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(m_empty, 1);
    layout->addWidget(scroll, 1);
    m_scroll = scroll;
    m_empty->hide();
    scroll->hide();
}

void OffersPanel::showCandidate(qint64 candidateId)
{
    m_candidateId = candidateId;
    m_message->clear();
    reload();
}

void OffersPanel::reload()
{
    while (m_cardsLayout->count() > 1) {
        QLayoutItem *item = m_cardsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    auto offers = OfferService(m_session.db(), m_session.actor()).forCandidate(m_candidateId);
    if (!offers) {
        m_message->showMessage(offers.error().text());
        return;
    }
    m_empty->setVisible(offers->isEmpty());
    m_scroll->setVisible(!offers->isEmpty());
    int open = 0;
    ApplicationService apps(m_session.db(), m_session.actor());
    RequisitionService reqs(m_session.db(), m_session.actor());
    for (const Offer &offer : *offers) {
        auto app = apps.get(offer.applicationId);
        auto job = app ? reqs.get(app->requisitionId) : Result<Requisition>(std::unexpected(app.error()));
        m_cardsLayout->insertWidget(m_cardsLayout->count() - 1, cardFor(offer, job ? job->title : tr("Unknown requisition")));
        open += isOpen(offer.status) ? 1 : 0;
    }
    const QString count = offers->size() == 1 ? tr("1 offer") : tr("%1 offers").arg(offers->size());
    m_summary->setText(offers->isEmpty() ? QString() : tr("%1 · %2 open").arg(count).arg(open));
}

QWidget *OffersPanel::cardFor(const Offer &offer, const QString &jobTitle)
{
    auto *card = new QFrame(m_cards);
    card->setObjectName(QStringLiteral("offer-%1").arg(offer.id));
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    card->setBackgroundRole(QPalette::Base);

    auto *title = new QLabel(jobTitle, card);
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    title->setFont(bold);
    auto *salary = new QLabel(tr("%1 per %2").arg(OfferLetter::formatSalary(offer.salary, offer.currency, QLocale()),
                                                  salaryPeriodLabel(offer.period)),
                              card);
    salary->setObjectName(QStringLiteral("salary"));
    salary->setTextFormat(Qt::PlainText);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(statusPill(offer.status, card));
    top->addStretch(1);
    top->addWidget(salary);

    auto *dates = new QLabel(datesLine(offer), card);
    dates->setObjectName(QStringLiteral("dates"));
    dates->setTextFormat(Qt::PlainText);
    dates->setWordWrap(true);
    dates->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(card);
    layout->addLayout(top);
    layout->addWidget(dates);
    if (!offer.responseNote.isEmpty()) {
        auto *note = new QLabel(tr("Note: %1").arg(offer.responseNote), card);
        note->setObjectName(QStringLiteral("note"));
        note->setTextFormat(Qt::PlainText);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto *actions = new QHBoxLayout;
    addActions(card, actions, offer);
    layout->addLayout(actions);
    return card;
}

void OffersPanel::addActions(QWidget *card, QLayout *row, const Offer &offer)
{
    auto add = [&](const QString &text, const char *name, auto slot) {
        auto *button = new QPushButton(text, card);
        button->setObjectName(QString::fromLatin1(name));
        connect(button, &QPushButton::clicked, this, slot);
        row->addWidget(button);
        return button;
    };
    for (OfferStatus next : OfferService::nextStatuses(offer.status)) {
        switch (next) {
        case OfferStatus::Approved:
            add(tr("&Approve"), "approve", [this, offer] { moveOffer(offer.id, OfferStatus::Approved); });
            break;
        case OfferStatus::Sent:
            add(tr("Mark &sent"), "markSent", [this, offer] { moveOffer(offer.id, OfferStatus::Sent); });
            break;
        case OfferStatus::Accepted:
            add(tr("A&ccepted…"), "accept", [this, offer] { askAndMove(offer, OfferStatus::Accepted); });
            break;
        case OfferStatus::Declined:
            add(tr("&Declined…"), "decline", [this, offer] { askAndMove(offer, OfferStatus::Declined); });
            break;
        case OfferStatus::Withdrawn:
            add(tr("&Withdraw…"), "withdraw", [this, offer] { askAndMove(offer, OfferStatus::Withdrawn); });
            break;
        case OfferStatus::Draft:
            break;
        }
    }
    static_cast<QHBoxLayout *>(row)->addStretch(1);
    add(offer.status == OfferStatus::Draft ? tr("&Edit…") : tr("&View letter…"), "open", [this, offer] { openOffer(offer); });
    add(tr("E&xport PDF…"), "exportPdf", [this, offer] { chooseExportFile(offer); });
}

void OffersPanel::openOffer(const Offer &offer)
{
    OfferDialog dialog(m_session, this);
    dialog.setOffer(offer);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

void OffersPanel::createFor(qint64 applicationId)
{
    OfferDialog dialog(m_session, this);
    dialog.setApplication(applicationId);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

bool OffersPanel::moveOffer(qint64 offerId, OfferStatus to, const QString &note)
{
    OfferService offers(m_session.db(), m_session.actor());
    auto current = offers.get(offerId);
    if (!current) {
        m_message->showMessage(current.error().text());
        return false;
    }
    Result<Offer> moved = std::unexpected(Error{});
    switch (to) {
    case OfferStatus::Approved: moved = offers.approve(offerId, current->version); break;
    case OfferStatus::Sent: moved = offers.markSent(offerId, current->version); break;
    case OfferStatus::Accepted: moved = offers.accept(offerId, current->version, note); break;
    case OfferStatus::Declined: moved = offers.decline(offerId, current->version, note); break;
    case OfferStatus::Withdrawn: moved = offers.withdraw(offerId, current->version, note); break;
    case OfferStatus::Draft: return false;
    }
    if (!moved) {
        m_message->showMessage(moved.error().text());
        reload();
        return false;
    }
    m_message->clear();
    reload();
    emit changed();
    return true;
}

void OffersPanel::askAndMove(const Offer &offer, OfferStatus to)
{
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("offerNoteDialog"));
    ask.setInputMode(QInputDialog::TextInput);
    if (to == OfferStatus::Accepted) {
        ask.setWindowTitle(tr("Offer accepted"));
        ask.setLabelText(tr("The candidate accepted. This also marks the application hired.\nNote (optional):"));
        ask.setOkButtonText(tr("Mark accepted"));
    } else if (to == OfferStatus::Declined) {
        ask.setWindowTitle(tr("Offer declined"));
        ask.setLabelText(tr("Why did the candidate decline? The application stays active.\nNote (optional):"));
        ask.setOkButtonText(tr("Mark declined"));
    } else {
        ask.setWindowTitle(tr("Withdraw offer"));
        ask.setLabelText(tr("Withdraw this offer? It can no longer be accepted.\nReason (optional):"));
        ask.setOkButtonText(tr("Withdraw"));
    }
    if (ask.exec() == QDialog::Accepted)
        moveOffer(offer.id, to, ask.textValue());
}

bool OffersPanel::exportOffer(qint64 offerId, const QString &path)
{
    auto letter = OfferLetter(m_session.db()).render(offerId);
    if (!letter) {
        m_message->showMessage(letter.error().text());
        return false;
    }
    auto pdf = LetterPdf::render(*letter);
    if (!pdf) {
        m_message->showMessage(pdf.error().text());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit()) {
        m_message->showMessage(tr("Could not write \"%1\": %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    auto kept = keepOfferLetterFile(m_session.db(), m_session.actor(), offerId, QFileInfo(path).fileName(), *pdf);
    if (!kept) {
        m_message->showMessage(tr("The PDF was saved, but keeping a copy among the candidate's files failed: %1")
                                   .arg(kept.error().text()),
                               InlineMessage::Kind::Warning);
        return true;
    }
    m_message->showMessage(tr("Saved the letter as %1 and kept a copy in the candidate's files.")
                               .arg(QDir::toNativeSeparators(path)),
                           InlineMessage::Kind::Information);
    emit changed();
    return true;
}

void OffersPanel::chooseExportFile(const Offer &offer)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto person = CandidateService(m_session.db(), m_session.actor()).get(m_candidateId);
    QString name = tr("Offer letter %1.pdf").arg(person ? person->displayName() : QString::number(offer.id)).simplified();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export offer letter"), QDir(folder).filePath(name),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportOffer(offer.id, path);
}

void OffersPanel::fillNewOfferMenu()
{
    QMenu *menu = m_newOffer->menu();
    menu->clear();
    auto apps = ApplicationService(m_session.db(), m_session.actor()).forCandidate(m_candidateId);
    auto offers = OfferService(m_session.db(), m_session.actor()).forCandidate(m_candidateId);
    if (!apps || !offers) {
        menu->addAction(tr("Could not read the applications"))->setEnabled(false);
        return;
    }
    RequisitionService reqs(m_session.db(), m_session.actor());
    for (const Application &app : *apps) {
        if (app.status != ApplicationStatus::Active)
            continue;
        const bool hasOpen = std::any_of(offers->cbegin(), offers->cend(), [&](const Offer &o) {
            return o.applicationId == app.id && isOpen(o.status);
        });
        auto job = reqs.get(app.requisitionId);
        QAction *action = menu->addAction(job ? job->title : tr("Requisition %1").arg(app.requisitionId));
        action->setEnabled(!hasOpen);
        if (hasOpen)
            action->setToolTip(tr("Has an open offer already"));
        connect(action, &QAction::triggered, this, [this, id = app.id] { createFor(id); });
    }
    if (menu->isEmpty())
        menu->addAction(tr("No active application: add the candidate to a requisition first"))->setEnabled(false);
}

} // namespace Tandem::Ui
