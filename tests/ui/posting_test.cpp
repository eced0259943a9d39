// The job posting dialog: preview, publishing refused for a draft and allowed when open, and
// the saved HTML page, JSON-LD and XML feed.
#include "ui_test_support.h"

#include <support/test_database.h>

#include <ui/inline_message.h>
#include <ui/posting_dialog.h>
#include <ui/session.h>

#include <core/records/requisition_service.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

class PostingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        isolateSettings();
        auto opened = Ui::Session::open(database.path());
        ASSERT_TRUE(opened) << opened.error().text().toStdString();
        session = std::move(*opened);
        Requisition r;
        r.title = QStringLiteral("Senior <Backend> Engineer");
        r.location = QStringLiteral("Berlin");
        r.salaryMin = 70000;
        r.salaryMax = 90000;
        r.salaryCurrency = QStringLiteral("EUR");
        r.description = QStringLiteral("Build the payments API for our clients.\n\nYou will own the service end to end.");
        r.requirements = QStringLiteral("Five years of backend work.");
        r.skills = {{QStringLiteral("Go"), true}, {QStringLiteral("PostgreSQL"), true}, {QStringLiteral("Kubernetes"), false}};
        auto created = RequisitionService(session->db(), session->actor()).create(r);
        ASSERT_TRUE(created);
        requisition = *created;
    }

    static QString message(QWidget &dialog)
    {
        auto *banner = dialog.findChild<Ui::InlineMessage *>(QStringLiteral("inlineMessage"));
        return banner && banner->isVisibleTo(&dialog) ? banner->text() : QString();
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    TestDatabase database;
    std::unique_ptr<Ui::Session> session;
    Requisition requisition;
};

} // namespace

TEST_F(PostingTest, ADraftIsPreviewedButNotPublished)
{
    Ui::PostingDialog dialog(*session, requisition.id);
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("publish"))->isEnabled());
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("postingState"))->text().contains(QStringLiteral("draft"), Qt::CaseInsensitive));
    auto refused = dialog.publish();
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("draft")));
    EXPECT_TRUE(dialog.findChild<QTextBrowser *>(QStringLiteral("preview"))->toPlainText().contains(QStringLiteral("Senior <Backend> Engineer")));
    dialog.show();
    settle(30);
    EXPECT_TRUE(dialog.grab().save(QDir(testOutputDir()).filePath(QStringLiteral("posting-draft.png"))));
}

TEST_F(PostingTest, PublishesAnOpenRequisitionAndSavesPageJsonAndFeed)
{
    auto open = RequisitionService(session->db(), session->actor()).setStatus(requisition.id, requisition.version, RequisitionStatus::Open);
    ASSERT_TRUE(open);
    Ui::PostingDialog dialog(*session, requisition.id);
    dialog.findChild<QLineEdit *>(QStringLiteral("organization"))->setText(QStringLiteral("Acme Talent"));
    auto published = dialog.publish();
    ASSERT_TRUE(published) << published.error().text().toStdString();
    EXPECT_TRUE(dialog.requisition().publishedAt.isValid());
    const QString json = dialog.findChild<QPlainTextEdit *>(QStringLiteral("jsonLd"))->toPlainText();
    EXPECT_TRUE(json.contains(QStringLiteral("\"JobPosting\"")));
    EXPECT_TRUE(json.contains(QStringLiteral("Acme Talent"))) << "the organization typed is used and kept";

    QTemporaryDir out;
    const QString html = out.filePath(QStringLiteral("job.html"));
    const QString jsonld = out.filePath(QStringLiteral("job.jsonld"));
    const QString feed = out.filePath(QStringLiteral("jobs.xml"));
    ASSERT_TRUE(dialog.saveHtml(html));
    ASSERT_TRUE(dialog.saveJsonLd(jsonld));
    ASSERT_TRUE(dialog.saveFeed(feed));
    EXPECT_TRUE(QString::fromUtf8(read(html)).contains(QStringLiteral("Senior &lt;Backend&gt; Engineer")));
    EXPECT_EQ(QJsonDocument::fromJson(read(jsonld)).object().value(QStringLiteral("title")).toString(), requisition.title);
    QXmlStreamReader xml(read(feed));
    int jobs = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("job"))
            ++jobs;
    }
    EXPECT_FALSE(xml.hasError());
    EXPECT_EQ(jobs, 1);
    EXPECT_TRUE(dialog.saveHtml(out.filePath(QStringLiteral("missing/folder/job.html"))).error().message.contains(
        QStringLiteral("job.html")));

    // A second dialog remembers the organization.
    Ui::PostingDialog again(*session, requisition.id);
    EXPECT_EQ(again.findChild<QLineEdit *>(QStringLiteral("organization"))->text(), QStringLiteral("Acme Talent"));
    again.show();
    settle(30);
    EXPECT_TRUE(again.grab().save(QDir(testOutputDir()).filePath(QStringLiteral("posting-published.png"))));
}
