// The offer dialog: creates and edits a draft through OfferService, refuses bad terms in
// place, previews the merged letter with candidate text escaped, opens read-only past draft,
// and exports the previewed letter as a real PDF.
#include "ui_test_support.h"

#include <support/test_database.h>

#include <ui/inline_message.h>
#include <ui/offer_dialog.h>
#include <ui/session.h>

#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/offer_service.h>
#include <core/records/requisition_service.h>

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

class OfferDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        isolateSettings();
        auto opened = Ui::Session::open(database.path());
        ASSERT_TRUE(opened) << opened.error().text().toStdString();
        session = std::move(*opened);
        Candidate c;
        c.firstName = QStringLiteral("<b>Eve</b> & Co");
        c.lastName = QStringLiteral("Adams");
        candidate = *CandidateService(session->db(), session->actor()).create(c);
        Requisition r;
        r.title = QStringLiteral("Platform Engineer");
        r.department = QStringLiteral("Infrastructure");
        r.location = QStringLiteral("Berlin");
        r.salaryMin = 70000;
        r.salaryCurrency = QStringLiteral("EUR");
        RequisitionService reqs(session->db(), session->actor());
        auto created = reqs.create(r);
        auto open = reqs.setStatus(created->id, created->version, RequisitionStatus::Open);
        application = *ApplicationService(session->db(), session->actor()).apply(candidate.id, open->id, QString());
    }

    template <typename W>
    static W *field(QWidget &dialog, const char *name)
    {
        auto *widget = dialog.findChild<W *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    static QString message(QWidget &dialog)
    {
        auto *banner = dialog.findChild<Ui::InlineMessage *>(QStringLiteral("inlineMessage"));
        return banner && banner->isVisibleTo(&dialog) ? banner->text() : QString();
    }

    int storedOffers() { return int(OfferService(session->db(), session->actor()).forCandidate(candidate.id)->size()); }

    TestDatabase database;
    std::unique_ptr<Ui::Session> session;
    Candidate candidate;
    Application application;
};

} // namespace

TEST_F(OfferDialogTest, CreatesADraftWithThePreviewEscapingCandidateText)
{
    Ui::OfferDialog dialog(*session);
    dialog.setApplication(application.id);
    dialog.show();
    EXPECT_EQ(field<QLabel>(dialog, "heading")->text(), QStringLiteral("Offer to <b>Eve</b> & Co Adams for Platform Engineer"));
    EXPECT_EQ(field<QLabel>(dialog, "heading")->textFormat(), Qt::PlainText);
    EXPECT_EQ(field<QSpinBox>(dialog, "salary")->value(), 70000) << "starts from the requisition's range";
    EXPECT_EQ(field<QComboBox>(dialog, "currency")->currentText(), QStringLiteral("EUR"));

    field<QSpinBox>(dialog, "salary")->setValue(82000);
    field<QDateEdit>(dialog, "startDate")->setDate(QDate(2027, 4, 1));
    field<QDateEdit>(dialog, "expiresOn")->setDate(QDate(2027, 3, 1));
    field<QPlainTextEdit>(dialog, "terms")->setPlainText(QStringLiteral("Bonus < 10% & equity"));
    ASSERT_TRUE(waitFor([&] { return dialog.previewHtml().contains(QStringLiteral("Bonus")); }));
    const QString html = dialog.previewHtml();
    EXPECT_TRUE(html.contains(QStringLiteral("Dear &lt;b&gt;Eve&lt;/b&gt; &amp; Co Adams"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("Bonus &lt; 10% &amp; equity")));
    EXPECT_TRUE(html.contains(QStringLiteral("82")));
    const QString shown = field<QTextBrowser>(dialog, "preview")->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("Dear <b>Eve</b> & Co Adams"))) << "shown as text, not markup: " << shown.toStdString();
    // The requisition has no recruiter or hiring manager: the preview says so.
    const QString note = field<QLabel>(dialog, "previewNote")->text();
    EXPECT_TRUE(note.contains(QStringLiteral("recruiter's name")) && note.contains(QStringLiteral("hiring manager's name")))
        << note.toStdString();
    settle();
    dialog.grab().save(testOutputDir() + QStringLiteral("/offer_dialog_new.png"));

    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << message(dialog).toStdString();
    EXPECT_EQ(dialog.offer().salary, 82000);
    EXPECT_EQ(dialog.offer().startDate, QDate(2027, 4, 1));
    EXPECT_EQ(dialog.offer().terms, QStringLiteral("Bonus < 10% & equity"));
    EXPECT_EQ(storedOffers(), 1);
}

TEST_F(OfferDialogTest, RefusesAnExpiryAfterTheStartInPlace)
{
    Ui::OfferDialog dialog(*session);
    dialog.setApplication(application.id);
    field<QDateEdit>(dialog, "startDate")->setDate(QDate(2027, 4, 1));
    field<QDateEdit>(dialog, "expiresOn")->setDate(QDate(2027, 5, 1));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(message(dialog).contains(QStringLiteral("expire"))) << message(dialog).toStdString();
    EXPECT_EQ(field<QDateEdit>(dialog, "expiresOn")->date(), QDate(2027, 5, 1)) << "input kept";
    EXPECT_EQ(storedOffers(), 0);
}

TEST_F(OfferDialogTest, EditsADraftAndOpensALaterOfferReadOnly)
{
    Offer o;
    o.applicationId = application.id;
    o.salary = 75000;
    o.currency = QStringLiteral("EUR");
    OfferService offers(session->db(), session->actor());
    auto stored = offers.create(o);
    {
        Ui::OfferDialog dialog(*session);
        dialog.setOffer(*stored);
        EXPECT_EQ(field<QSpinBox>(dialog, "salary")->value(), 75000);
        field<QSpinBox>(dialog, "salary")->setValue(78000);
        dialog.accept();
        ASSERT_EQ(dialog.result(), QDialog::Accepted) << message(dialog).toStdString();
        EXPECT_EQ(offers.get(stored->id)->salary, 78000);
    }
    auto current = offers.get(stored->id);
    auto approved = offers.approve(current->id, current->version);
    Ui::OfferDialog dialog(*session);
    dialog.setOffer(*approved);
    dialog.show();
    EXPECT_FALSE(field<QSpinBox>(dialog, "salary")->isEnabled());
    EXPECT_TRUE(field<QPlainTextEdit>(dialog, "terms")->isReadOnly());
    EXPECT_TRUE(message(dialog).contains(QStringLiteral("approved"))) << message(dialog).toStdString();
    EXPECT_TRUE(field<QPushButton>(dialog, "exportPdf")->isEnabled());
    settle();
    dialog.grab().save(testOutputDir() + QStringLiteral("/offer_dialog_approved.png"));
}

TEST_F(OfferDialogTest, ExportsThePreviewAsARealPdf)
{
    Ui::OfferDialog dialog(*session);
    dialog.setApplication(application.id);
    const QString path = testOutputDir() + QStringLiteral("/offer_letter_from_dialog.pdf"); // to look at
    ASSERT_TRUE(dialog.exportPdf(path)) << message(dialog).toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_TRUE(bytes.contains("/Type /Page"));
    EXPECT_TRUE(message(dialog).contains(QStringLiteral("offer_letter_from_dialog.pdf")));
}
