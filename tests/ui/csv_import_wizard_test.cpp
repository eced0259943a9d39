// The CSV import wizard, the vCard import flow and the export dialog, on a real database
// file: what the recruiter sees (screenshots) and what is stored.
#include "ui_test_support.h"

#include <support/test_database.h>

#include <ui/csv_import_wizard.h>
#include <ui/export_dialog.h>
#include <ui/vcard_import.h>

#include <core/records/candidate_service.h>
#include <core/records/settings_store.h>
#include <core/contacts/contact_normalization.h>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QTableWidget>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

class ListsUi : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(SettingsStore(t.db(), Actor::system()).setValue(QString::fromLatin1(kDefaultPhoneRegionKey), QStringLiteral("US")));
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = QDir(t.dir()).filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    void shot(QWidget &w, const QString &name)
    {
        settle();
        EXPECT_TRUE(w.grab().save(QDir(testOutputDir()).filePath(name)));
    }

    qint64 count() { return *CandidateService(t.db(), Actor::system()).count(true); }

    TestDatabase t;
};

// Closes the next message box (exec() blocks the caller) and keeps its text.
void closeMessageBox(QString *text, int attempts = 1500)
{
    QTimer::singleShot(20, [text, attempts] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
            box->accept();
        } else if (attempts > 0) {
            closeMessageBox(text, attempts - 1);
        }
    });
}

} // namespace

TEST_F(ListsUi, WizardMapsPreviewsImportsAndListsBadRows)
{
    const QString path = write(QStringLiteral("people.csv"),
                               "Full Name;E-mail;Mobile;Where;Job;Favourite colour\n"
                               "Ann Lee;ann@example.com;(415) 555-0132;Lisbon, Portugal;Engineer;green\n"
                               "Bob Stone;bob@;;Porto;Designer;blue\n"
                               "Zoë Ñandú;zoe@example.com;+49 151 23456789;Köln, Germany;\"Lead, Platform\";red\n"
                               ";;;;;\n"
                               "Cy Twombly;cy@example.com;12;;Painter;\n");
    Ui::CsvImportWizard wizard(t.db(), Actor::system());
    int importedSignal = -1;
    QObject::connect(&wizard, &Ui::CsvImportWizard::imported, [&](int created, int) { importedSignal = created; });
    wizard.show();
    wizard.setFile(path);
    auto *info = wizard.page(Ui::CsvImportWizard::FilePage)->findChildren<QLabel *>().last();
    ASSERT_TRUE(info);
    shot(wizard, QStringLiteral("csv-wizard-1-file.png"));

    wizard.next();
    ASSERT_EQ(wizard.currentId(), Ui::CsvImportWizard::MappingPage);
    auto *columns = wizard.currentPage()->findChild<QTableWidget *>();
    ASSERT_EQ(columns->rowCount(), 6);
    auto field = [&](int row) { return CsvField(qobject_cast<QComboBox *>(columns->cellWidget(row, 2))->currentData().toInt()); };
    EXPECT_EQ(field(0), CsvField::FullName);
    EXPECT_EQ(field(1), CsvField::Email);
    EXPECT_EQ(field(2), CsvField::Phone);
    EXPECT_EQ(field(5), CsvField::Ignore);
    EXPECT_EQ(columns->item(0, 1)->text(), QStringLiteral("Ann Lee · Bob Stone · Zoë Ñandú"));
    // The user maps the two columns the suggestions did not know.
    auto *where = qobject_cast<QComboBox *>(columns->cellWidget(3, 2));
    where->setCurrentIndex(where->findData(int(CsvField::Location)));
    auto *job = qobject_cast<QComboBox *>(columns->cellWidget(4, 2));
    job->setCurrentIndex(job->findData(int(CsvField::Title)));
    shot(wizard, QStringLiteral("csv-wizard-2-mapping.png"));

    wizard.next();
    ASSERT_EQ(wizard.currentId(), Ui::CsvImportWizard::PreviewPage);
    auto *preview = wizard.currentPage()->findChild<QTableWidget *>();
    ASSERT_EQ(preview->rowCount(), 5);
    EXPECT_EQ(preview->item(0, 4)->text(), QStringLiteral("Lisbon"));
    EXPECT_EQ(preview->item(2, 5)->text(), QStringLiteral("Lead, Platform"));
    EXPECT_TRUE(preview->item(1, 7)->text().contains(QStringLiteral("not an e-mail address")));
    EXPECT_NE(preview->item(1, 0)->background(), preview->item(0, 0)->background());
    shot(wizard, QStringLiteral("csv-wizard-3-preview.png"));

    wizard.next(); // Import: runs on a worker
    ASSERT_TRUE(waitFor([&] { return wizard.currentId() == Ui::CsvImportWizard::SummaryPage; }, 30000));
    EXPECT_EQ(wizard.summary().created, 2);
    EXPECT_EQ(wizard.summary().failed.size(), 3);
    EXPECT_EQ(importedSignal, 2);
    auto *problems = wizard.currentPage()->findChild<QTableWidget *>();
    ASSERT_EQ(problems->rowCount(), 3);
    EXPECT_EQ(problems->item(0, 0)->text(), QStringLiteral("3"));
    EXPECT_EQ(problems->item(2, 0)->text(), QStringLiteral("6"));
    shot(wizard, QStringLiteral("csv-wizard-4-summary.png"));
    EXPECT_EQ(count(), 2);

    t.reopen();
    auto city = t->scalar(QStringLiteral("SELECT city FROM candidates WHERE email = 'zoe@example.com'"));
    EXPECT_EQ(city->toString(), QStringLiteral("Köln"));
}

TEST_F(ListsUi, VCardImportShowsTheSummaryAndBadCards)
{
    const QString path = write(QStringLiteral("contacts.vcf"), "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann Lee\r\nEMAIL:ann@example.com\r\nEND:VCARD\r\n"
                                                             "BEGIN:VCARD\r\nVERSION:4.0\r\nEMAIL:broken@\r\nEND:VCARD\r\n");
    QWidget parent;
    parent.show();
    QString message;
    std::optional<ImportSummary> summary;
    closeMessageBox(&message);
    Ui::importVCardFile(&parent, t.db(), Actor::system(), path, {}, [&](const ImportSummary &s) { summary = s; });
    ASSERT_TRUE(waitFor([&] { return summary.has_value(); }, 30000));
    EXPECT_EQ(summary->created, 1);
    EXPECT_TRUE(message.contains(QStringLiteral("1 created"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("line 6: EMAIL is 'broken@'"))) << message.toStdString();
}

TEST_F(ListsUi, ExportDialogWritesCsvAndVCard)
{
    Candidate c;
    c.firstName = QStringLiteral("Ann");
    c.lastName = QStringLiteral("Lee");
    c.email = QStringLiteral("ann@example.com");
    c.currentTitle = QStringLiteral("=cmd");
    const Candidate ann = *CandidateService(t.db(), Actor::system()).create(c);
    for (auto [format, name] : {std::pair{Ui::ExportDialog::Csv, QStringLiteral("out.csv")},
                                {Ui::ExportDialog::VCard4, QStringLiteral("out.vcf")}}) {
        Ui::ExportDialog dialog(t.db(), {ann.id});
        dialog.show();
        dialog.setFormat(format);
        const QString path = QDir(t.dir()).filePath(name);
        dialog.setPath(path);
        if (format == Ui::ExportDialog::Csv)
            shot(dialog, QStringLiteral("export-dialog.png"));
        dialog.exportNow();
        ASSERT_TRUE(waitFor([&] { return dialog.result() == QDialog::Accepted; }, 30000));
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        if (format == Ui::ExportDialog::Csv)
            EXPECT_TRUE(bytes.contains("'=cmd")) << bytes.constData();
        else
            EXPECT_TRUE(bytes.contains("FN:Ann Lee\r\n")) << bytes.constData();
    }
}
