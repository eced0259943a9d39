#pragma once

#include <core/domain/offer.h>

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Tandem::Ui {

class EmptyState;
class InlineMessage;
class Session;

// The "Offers" tab of a candidate's profile: every offer made to the candidate, newest
// first, each as a card with its requisition, a status pill, the salary and the dates of
// its lifecycle, and buttons for the moves it allows next (Approve, Mark sent, Accepted…,
// Declined…, Withdraw…) plus Edit…/View letter… and Export PDF…. "New offer…" lists the
// candidate's active applications that have no open offer. Accepting asks for a note and
// marks the application hired (core does that in one transaction). Refusals show inside
// the panel. Emits changed() after anything it stored, so other views can refresh.
class OffersPanel : public QWidget
{
    Q_OBJECT
public:
    OffersPanel(Session &session, QWidget *parent);

    void showCandidate(qint64 candidateId);
    // Opens the offer dialog for a new offer on this application (from the applications
    // list or the board's Offer stage); refreshes and emits changed() when saved.
    void createFor(qint64 applicationId);
    // Writes the offer's letter as PDF at `path` and keeps a copy among the candidate's
    // files; false, with the reason shown in the panel, when it could not.
    bool exportOffer(qint64 offerId, const QString &path);
    // Moves an offer (the buttons call this after asking for a note where one is wanted).
    bool moveOffer(qint64 offerId, OfferStatus to, const QString &note = {});

signals:
    void changed();

private:
    void reload();
    QWidget *cardFor(const Offer &offer, const QString &jobTitle);
    void addActions(QWidget *card, QLayout *row, const Offer &offer);
    void openOffer(const Offer &offer);
    void askAndMove(const Offer &offer, OfferStatus to);
    void chooseExportFile(const Offer &offer);
    void fillNewOfferMenu();

    Session &m_session;
    qint64 m_candidateId = 0;
    InlineMessage *m_message = nullptr;    // owned by this widget (Qt parent), as are the ones below
    QLabel *m_summary = nullptr;
    QPushButton *m_newOffer = nullptr;
    EmptyState *m_empty = nullptr;
    QWidget *m_scroll = nullptr;
    QWidget *m_cards = nullptr;            // inside the scroll area
    QVBoxLayout *m_cardsLayout = nullptr;
};

} // namespace Tandem::Ui
