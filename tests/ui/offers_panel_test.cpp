// The Offers tab of a candidate's profile: a clear empty state, cards with status and
// dates, only the moves the lifecycle allows as buttons, accepting through the note prompt
// (which hires the application), and Export PDF keeping a copy among the candidate's files.
#include "ui_test_support.h"

#include <support/test_database.h>

#include <ui/empty_state.h>
#include <ui/inline_message.h>
#include <ui/offer_dialog.h>
#include <ui/offers_panel.h>
#include <ui/session.h>

#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/offer_service.h>
#include <core/records/requisition_service.h>

#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

// Answers the note prompt once it is open (exec() blocks); gives up after a while so a
// missing prompt fails the test instead of hanging it.
void whenNotePromptOpens(std::function<void(QInputDialog &)> act, bool *seen, int attempts = 200)
{
    QTimer::singleShot(10, [act = std::move(act), seen, attempts]() mutable {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            *seen = true;
            act(*dialog);
        } else if (attempts > 0) {
            whenNotePromptOpens(std::move(act), seen, attempts - 1);
        }
    });
}

class OffersPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        isolateSettings();
        auto opened = Ui::Session::open(database.path());
        ASSERT_TRUE(opened) << opened.error().text().toStdString();
        session = std::move(*opened);
        Candidate c;
        c.firstName = QStringLiteral("Ada");
        c.lastName = QStringLiteral("Lovelace");
        candidate = *CandidateService(session->db(), session->actor()).create(c);
        Requisition r;
        r.title = QStringLiteral("Analytical Engineer");
        RequisitionService reqs(session->db(), session->actor());
        auto created = reqs.create(r);
        requisition = *reqs.setStatus(created->id, created->version, RequisitionStatus::Open);
        application = *ApplicationService(session->db(), session->actor()).apply(candidate.id, requisition.id, QString());
    }

    Offer makeOffer(OfferStatus upTo)
    {
        OfferService offers(session->db(), session->actor());
        Offer o;
        o.applicationId = application.id;
        o.salary = 85000;
        o.currency = QStringLiteral("USD");
        o.startDate = QDate(2027, 3, 1);
        o.expiresOn = QDate(2027, 2, 1);
        auto stored = offers.create(o);
        if (upTo != OfferStatus::Draft)
            stored = offers.approve(stored->id, stored->version);
        if (upTo == OfferStatus::Sent)
            stored = offers.markSent(stored->id, stored->version);
        return *stored;
    }

    QWidget *card(Ui::OffersPanel &panel, qint64 offerId)
    {
        return panel.findChild<QWidget *>(QStringLiteral("offer-%1").arg(offerId));
    }

    QStringList actionsOn(QWidget *card)
    {
        QStringList names;
        for (auto *button : card->findChildren<QPushButton *>())
            names << button->objectName();
        names.sort();
        return names;
    }

    TestDatabase database;
    std::unique_ptr<Ui::Session> session;
    Candidate candidate;
    Requisition requisition;
    Application application;
};

} // namespace

TEST_F(OffersPanelTest, ShowsAClearEmptyState)
{
    Ui::OffersPanel panel(*session, nullptr);
    panel.resize(760, 420);
    panel.showCandidate(candidate.id);
    panel.show();
    auto *empty = panel.findChild<Ui::EmptyState *>();
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_TRUE(panel.findChild<QPushButton *>(QStringLiteral("newOffer"))->isEnabled());
    settle();
    panel.grab().save(testOutputDir() + QStringLiteral("/offers_panel_empty.png"));
}

TEST_F(OffersPanelTest, OffersOnlyTheMovesTheLifecycleAllows)
{
    const Offer draft = makeOffer(OfferStatus::Draft);
    Ui::OffersPanel panel(*session, nullptr);
    panel.resize(760, 420);
    panel.showCandidate(candidate.id);
    panel.show();
    QWidget *c = card(panel, draft.id);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(actionsOn(c), (QStringList{"approve", "exportPdf", "open", "withdraw"}));
    EXPECT_EQ(c->findChild<QLabel *>(QStringLiteral("statusPill"))->text(), QStringLiteral("Draft"));

    QSignalSpy changed(&panel, &Ui::OffersPanel::changed);
    c->findChild<QPushButton *>(QStringLiteral("approve"))->click();
    EXPECT_EQ(changed.count(), 1);
    c = card(panel, draft.id);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(actionsOn(c), (QStringList{"exportPdf", "markSent", "open", "withdraw"}));
    EXPECT_TRUE(c->findChild<QLabel *>(QStringLiteral("dates"))->text().contains(QStringLiteral("Approved")));
    c->findChild<QPushButton *>(QStringLiteral("markSent"))->click();
    c = card(panel, draft.id);
    EXPECT_EQ(actionsOn(c), (QStringList{"accept", "decline", "exportPdf", "open", "withdraw"}));
    EXPECT_EQ(c->findChild<QLabel *>(QStringLiteral("statusPill"))->text(), QStringLiteral("Sent"));
    settle();
    panel.grab().save(testOutputDir() + QStringLiteral("/offers_panel_sent.png"));
}

TEST_F(OffersPanelTest, AcceptingAsksForANoteAndHiresTheApplication)
{
    const Offer sent = makeOffer(OfferStatus::Sent);
    Ui::OffersPanel panel(*session, nullptr);
    panel.resize(760, 420);
    panel.showCandidate(candidate.id);
    panel.show();
    bool seen = false;
    whenNotePromptOpens(
        [](QInputDialog &prompt) {
            prompt.setTextValue(QStringLiteral("Signed on Friday"));
            prompt.accept();
        },
        &seen);
    card(panel, sent.id)->findChild<QPushButton *>(QStringLiteral("accept"))->click();
    EXPECT_TRUE(seen);
    auto stored = OfferService(session->db(), session->actor()).get(sent.id);
    EXPECT_EQ(stored->status, OfferStatus::Accepted);
    EXPECT_EQ(stored->responseNote, QStringLiteral("Signed on Friday"));
    EXPECT_EQ(ApplicationService(session->db(), session->actor()).get(application.id)->status, ApplicationStatus::Hired);
    QWidget *c = card(panel, sent.id);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(actionsOn(c), (QStringList{"exportPdf", "open"})) << "a closed offer has no moves left";
    EXPECT_EQ(c->findChild<QLabel *>(QStringLiteral("note"))->text(), QStringLiteral("Note: Signed on Friday"));
    settle();
    panel.grab().save(testOutputDir() + QStringLiteral("/offers_panel_accepted.png"));
}

TEST_F(OffersPanelTest, CancellingTheNotePromptChangesNothing)
{
    const Offer sent = makeOffer(OfferStatus::Sent);
    Ui::OffersPanel panel(*session, nullptr);
    panel.showCandidate(candidate.id);
    bool seen = false;
    whenNotePromptOpens([](QInputDialog &prompt) { prompt.reject(); }, &seen);
    card(panel, sent.id)->findChild<QPushButton *>(QStringLiteral("decline"))->click();
    EXPECT_TRUE(seen);
    EXPECT_EQ(OfferService(session->db(), session->actor()).get(sent.id)->status, OfferStatus::Sent);
}

TEST_F(OffersPanelTest, ARefusedMoveIsExplainedInThePanel)
{
    const Offer draft = makeOffer(OfferStatus::Draft);
    Ui::OffersPanel panel(*session, nullptr);
    panel.showCandidate(candidate.id);
    EXPECT_FALSE(panel.moveOffer(draft.id, OfferStatus::Accepted));
    auto *banner = panel.findChild<Ui::InlineMessage *>(QStringLiteral("inlineMessage"));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("cannot become accepted"))) << banner->text().toStdString();
}

TEST_F(OffersPanelTest, ExportWritesThePdfAndKeepsACopyInTheCandidatesFiles)
{
    const Offer draft = makeOffer(OfferStatus::Draft);
    Ui::OffersPanel panel(*session, nullptr);
    panel.showCandidate(candidate.id);
    const QString path = database.dir() + QStringLiteral("/Offer Ada.pdf");
    ASSERT_TRUE(panel.exportOffer(draft.id, path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("%PDF-"));
    auto kept = session->db().selectOne(QStringLiteral("SELECT f.kind, f.mime_type, f.file_name, b.size FROM candidate_files f "
                                                       "JOIN file_blobs b ON b.sha256 = f.sha256 WHERE f.candidate_id = ?"),
                                        {candidate.id});
    ASSERT_TRUE(kept && *kept);
    EXPECT_EQ((*kept)->value(0).toString(), QStringLiteral("offer_letter"));
    EXPECT_EQ((*kept)->value(1).toString(), QStringLiteral("application/pdf"));
    EXPECT_EQ((*kept)->value(2).toString(), QStringLiteral("Offer Ada.pdf"));
    EXPECT_EQ((*kept)->value(3).toLongLong(), file.size());
}

TEST_F(OffersPanelTest, CreateForOpensTheOfferDialogAndShowsTheNewDraft)
{
    Ui::OffersPanel panel(*session, nullptr);
    panel.showCandidate(candidate.id);
    QSignalSpy changed(&panel, &Ui::OffersPanel::changed);
    bool seen = false;
    std::function<void(int)> answer = [&](int attempts) {
        QTimer::singleShot(10, [&, attempts] {
            if (auto *dialog = qobject_cast<Ui::OfferDialog *>(QApplication::activeModalWidget())) {
                seen = true;
                dialog->findChild<QSpinBox *>(QStringLiteral("salary"))->setValue(91000);
                dialog->accept();
            } else if (attempts > 0) {
                answer(attempts - 1);
            }
        });
    };
    answer(200);
    panel.createFor(application.id);
    ASSERT_TRUE(seen);
    EXPECT_EQ(changed.count(), 1);
    auto offers = OfferService(session->db(), session->actor()).forCandidate(candidate.id);
    ASSERT_EQ(offers->size(), 1);
    EXPECT_EQ(offers->first().salary, 91000);
    QWidget *c = card(panel, offers->first().id);
    ASSERT_NE(c, nullptr) << "the new draft is listed at once";
    EXPECT_EQ(c->findChild<QLabel *>(QStringLiteral("statusPill"))->text(), QStringLiteral("Draft"));
}
