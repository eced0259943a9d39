// Import Resumes: real PDF and DOCX files (and a broken one) read on a worker thread, the
// review page (a duplicate proposed, a field corrected by hand), the import, its summary,
// and the imported work history on the profile.
#include "ui_test_support.h"

#include <ui/candidate_background_section.h>
#include <ui/resume_import_dialog.h>
#include <ui/resume_review_form.h>
#include <ui/session.h>

#include <core/records/candidate_service.h>

#include <support/resume_documents.h>
#include <support/resume_samples.h>
#include <support/test_database.h>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

void screenshot(QWidget &widget, const QString &name)
{
    settle(100);
    const QString path = QDir(testOutputDir()).filePath(name);
    EXPECT_TRUE(widget.grab().save(path)) << path.toStdString();
}

} // namespace

TEST(ResumeImportDialogTest, ReviewCorrectImportAndSeeTheProfile)
{
    isolateSettings();
    TestDatabase database;
    auto opened = Ui::Session::open(database.path());
    ASSERT_TRUE(opened) << opened.error().text().toStdString();
    Ui::Session &session = **opened;

    const QList<ResumeSample> samples = generateResumeSamples(4, 99);
    Candidate known;
    known.firstName = samples[1].expected.firstName;
    known.lastName = samples[1].expected.lastName;
    known.email = samples[1].expected.email;
    auto existing = CandidateService(session.db(), session.actor()).create(known);
    ASSERT_TRUE(existing);

    const QString folder = database.dir();
    const QString pdf = QDir(folder).filePath(QStringLiteral("first.pdf"));
    const QString docx = QDir(folder).filePath(QStringLiteral("second.docx"));
    ASSERT_TRUE(writePdf(samples[0], pdf));
    ASSERT_TRUE(writeDocx(samples[1], docx));
    QFile broken(QDir(folder).filePath(QStringLiteral("third.pdf")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("%PDF-1.4 truncated");
    broken.close();

    QWidget window;
    window.resize(1200, 760);
    window.show();
    auto *dialog = new Ui::ResumeImportDialog(session, {folder}, &window);
    bool gone = false; // start() deletes the dialog when there is nothing to review
    QObject::connect(dialog, &QObject::destroyed, [&gone] { gone = true; });
    dialog->start();
    ASSERT_TRUE(waitFor([&] { return gone || dialog->isVisible(); }, 30000)) << "the files were read";
    ASSERT_FALSE(gone);
    ASSERT_EQ(dialog->reviews().size(), 3);
    QTableWidget *files = dialog->fileTable();
    ASSERT_EQ(files->rowCount(), 3);
    // Sorted by path: first.pdf, second.docx, third.pdf.
    EXPECT_EQ(files->item(0, 2)->text(), QStringLiteral("New candidate"));
    EXPECT_EQ(files->item(1, 2)->text(), QStringLiteral("Add to existing record"));
    EXPECT_TRUE(files->item(1, 2)->toolTip().contains(QStringLiteral("e-mail"))) << files->item(1, 2)->toolTip().toStdString();
    EXPECT_EQ(files->item(2, 2)->text(), QStringLiteral("Cannot be read"));
    EXPECT_TRUE(files->item(2, 2)->toolTip().contains(QStringLiteral("third.pdf"))) << files->item(2, 2)->toolTip().toStdString();

    files->setCurrentCell(0, 0);
    auto *city = dialog->form()->findChild<QLineEdit *>(QStringLiteral("reviewCity"));
    ASSERT_TRUE(city);
    city->selectAll();
    QTest::keyClicks(city, QStringLiteral("Porto"));
    EXPECT_EQ(dialog->form()->fields().city.value, QStringLiteral("Porto"));
    EXPECT_EQ(dialog->form()->fields().city.confidence, 1.0);
    screenshot(*dialog, QStringLiteral("resume-import-review.png"));

    files->setCurrentCell(1, 0); // moving on keeps the correction
    EXPECT_EQ(dialog->reviews()[0].fields.city.value, QStringLiteral("Porto"));
    auto *action = dialog->findChild<QComboBox *>();
    ASSERT_TRUE(action);
    EXPECT_GE(action->count(), 3); // create, add to the match, skip
    screenshot(*dialog, QStringLiteral("resume-import-duplicate.png"));
    files->setCurrentCell(2, 0);
    screenshot(*dialog, QStringLiteral("resume-import-failed.png"));

    QList<qint64> stored;
    QObject::connect(dialog, &Ui::ResumeImportDialog::imported, [&](const QList<qint64> &ids) { stored = ids; });
    dialog->importReviewed();
    ASSERT_TRUE(waitFor([&] { return !dialog->summary().outcomes.isEmpty(); }, 30000));
    EXPECT_EQ(dialog->summary().count(ResumeImportResult::Created), 1);
    EXPECT_EQ(dialog->summary().count(ResumeImportResult::Updated), 1);
    EXPECT_EQ(dialog->summary().count(ResumeImportResult::Failed), 1);
    ASSERT_EQ(stored.size(), 2);
    EXPECT_TRUE(stored.contains(existing->id));
    screenshot(*dialog, QStringLiteral("resume-import-summary.png"));

    const qint64 created = stored.first() == existing->id ? stored.last() : stored.first();
    auto person = CandidateService(session.db(), session.actor()).get(created);
    ASSERT_TRUE(person);
    EXPECT_EQ(person->city, QStringLiteral("Porto"));

    Ui::CandidateBackgroundSection background(session);
    background.resize(420, 400);
    background.showCandidate(created);
    background.show();
    EXPECT_FALSE(background.entries(QStringLiteral("work")).isEmpty());
    EXPECT_EQ(background.entries(QStringLiteral("work")).size(), samples[0].expected.work.size());
    screenshot(background, QStringLiteral("resume-import-background.png"));
    delete dialog;
}
