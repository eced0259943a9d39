// CsvImporter, CsvRowMapper, CsvMappingStore and the presets, on a real database (both engines).
#include <core/contacts/contact_normalization.h>
#include <core/lists/csv_importer.h>
#include <core/lists/csv_mapping_store.h>
#include <core/lists/import_session.h>
#include <core/records/activity_log.h>
#include <core/records/candidate_service.h>
#include <core/records/settings_store.h>
#include <core/records/tag_service.h>

#include "support/test_database.h"

#include <QElapsedTimer>
#include <QFile>

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

class CsvImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Numbers without a country code are read as US numbers, whatever the machine's locale.
        ASSERT_TRUE(SettingsStore(t.db(), actor).setValue(QString::fromLatin1(kDefaultPhoneRegionKey), QStringLiteral("US")));
    }

    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("list.csv"))
    {
        const QString path = t.dir() + QLatin1Char('/') + name;
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    ImportOptions byEmail(DuplicatePolicy policy)
    {
        ImportOptions o;
        o.onDuplicate = policy;
        o.chunkSize = 2; // several chunks even in small files
        o.findExisting = [this](const ImportedCandidate &row) -> std::optional<qint64> {
            if (row.candidate.email.isEmpty())
                return std::nullopt;
            auto id = t->scalar(QStringLiteral("SELECT id FROM candidates WHERE email = ?"), {row.candidate.email});
            return id && id->isValid() ? std::optional<qint64>(id->toLongLong()) : std::nullopt;
        };
        return o;
    }

    qint64 count() { return *CandidateService(t.db(), actor).count(true); }

    Candidate byEmail(const QString &email)
    {
        auto id = t->scalar(QStringLiteral("SELECT id FROM candidates WHERE email = ?"), {email});
        EXPECT_TRUE(id && id->isValid()) << email.toStdString();
        return *CandidateService(t.db(), actor).get(id->toLongLong());
    }

    Testing::TestDatabase t;
    Actor actor = Actor::system();
};

const QByteArray kGeneric = "Name,Email,Phone,Location,Current Title,Current Company,Skills,Tags,Source,Years of "
                            "Experience,GitHub,Notes,Created\n"
                            "Ann Lee,Ann.Lee@Example.com; ann@home.org,(415) 555-0132,\"Lisbon, Portugal\",Engineer,Acme,"
                            "C++; Qt; SQL,referral|relocating,Meetup,7,github.com/annlee,Met at QtCon,2024-03-15\n"
                            "Bob Stone,bob@,415 555 0199,Porto,,,,,,,,,\n"                  // line 3: bad e-mail
                            "Cy Twombly,cy@example.com,12,,,,,,,,,,\n"                       // line 4: bad phone
                            ",,,,,,,,,,,,\n"                                                 // line 5: blank cells only
                            "Dee Dee,dee@example.com,,,,,,,,lots,,,\n"                       // line 6: bad years
                            "Eve Ng,eve@example.com,,,,,,,,,,,31.02.2024\n"                  // line 7: bad date
                            "\"Fay\nWray\",fay@example.com,,,,,,,,,,,\n"                      // lines 8-9: a line break in the name
                            "Gus Grissom,gus@example.com,'+1 415 555 0100,,,,,,,,,,\n";      // line 10: neutralised phone

} // namespace

TEST_F(CsvImport, GoodRowsAreImportedAndBadRowsReportedWithLineAndReason)
{
    const QString path = write(kGeneric);
    CsvMapping mapping = CsvPresets::genericAtsExport();
    QList<std::pair<int, int>> progress;
    auto summary = CsvImporter(t.db(), actor).run(path, mapping, byEmail(DuplicatePolicy::Skip), [&](int done, int total) {
        progress.append({done, total});
        return true;
    });
    ASSERT_TRUE(summary) << summary.error().text().toStdString();
    EXPECT_EQ(summary->created, 3) << summary->text().toStdString();
    EXPECT_EQ(summary->rowsRead, 8);
    EXPECT_FALSE(summary->cancelled);
    ASSERT_EQ(progress.size(), 8);
    EXPECT_EQ(progress.last(), std::make_pair(8, 8));

    QStringList failures;
    for (const RowProblem &p : summary->failed)
        failures.append(p.text());
    ASSERT_EQ(failures.size(), 5) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(failures[0], QStringLiteral("line 3: 'Email' is 'bob@', not an e-mail address"));
    EXPECT_TRUE(failures[1].startsWith(QStringLiteral("line 4: 'Phone' is '12', not a phone number"))) << failures[1].toStdString();
    EXPECT_EQ(failures[2], QStringLiteral("line 5: the row has neither a name nor an e-mail address"));
    EXPECT_EQ(failures[3], QStringLiteral("line 6: 'Years of Experience' is 'lots', not a number of years"));
    EXPECT_TRUE(failures[4].startsWith(QStringLiteral("line 7: 'Created' is '31.02.2024', not a date (expected yyyy-MM-dd")))
        << failures[4].toStdString();
    EXPECT_EQ(count(), 3);
    EXPECT_EQ(byEmail(QStringLiteral("fay@example.com")).lastName, QStringLiteral("Wray")); // one line again

    const Candidate ann = byEmail(QStringLiteral("ann.lee@example.com"));
    EXPECT_EQ(ann.firstName, QStringLiteral("Ann"));
    EXPECT_EQ(ann.lastName, QStringLiteral("Lee"));
    EXPECT_EQ(ann.phone, QStringLiteral("+14155550132"));
    EXPECT_EQ(ann.city, QStringLiteral("Lisbon"));
    EXPECT_EQ(ann.country, QStringLiteral("Portugal"));
    EXPECT_EQ(ann.currentTitle, QStringLiteral("Engineer"));
    EXPECT_EQ(ann.source, QStringLiteral("Meetup"));
    EXPECT_EQ(ann.yearsExperience, 7.0);
    EXPECT_EQ(ann.skills, (QStringList{"C++", "Qt", "SQL"}));
    EXPECT_EQ(*TagService(t.db(), actor).tagsOf(ann.id), (QStringList{"referral", "relocating"}));
    auto contacts = t->exec(QStringLiteral("SELECT kind, value FROM candidate_contacts WHERE candidate_id = ? ORDER BY kind"), {ann.id});
    ASSERT_TRUE(contacts);
    QStringList kinds;
    while (contacts->next())
        kinds.append(contacts->value(0).toString() + QLatin1Char('=') + contacts->value(1).toString());
    EXPECT_EQ(kinds, (QStringList{"email=ann@home.org", "github=https://github.com/annlee"}));
    auto notes = ActivityLog(t.db(), actor).notesFor(ann.id);
    ASSERT_TRUE(notes);
    ASSERT_EQ(notes->size(), 1);
    EXPECT_EQ(notes->first().body, QStringLiteral("Met at QtCon\nCreated: 2024-03-15"));

    EXPECT_EQ(byEmail(QStringLiteral("gus@example.com")).phone, QStringLiteral("+14155550100"));
    // Every stored change is in the audit log.
    auto audited = t->scalar(QStringLiteral("SELECT count(*) FROM audit_entries WHERE entity_type = 'candidate'"));
    EXPECT_GE(audited->toInt(), 4); // 2 creates, tags, contacts (notes are audited as activities)
}

TEST_F(CsvImport, DuplicatePolicies)
{
    Candidate existing;
    existing.firstName = QStringLiteral("Ann");
    existing.lastName = QStringLiteral("Lee");
    existing.email = QStringLiteral("ann@example.com");
    existing.currentTitle = QStringLiteral("Staff Engineer");
    const Candidate stored = *CandidateService(t.db(), actor).create(existing);
    const QString path = write("First Name,Last Name,Email,Title,City,Phone\n"
                               "Ann,Lee,ANN@example.com,Engineer,Lisbon,+351 912 345 678\n"
                               "Bo,Ek,bo@example.com,,,\n");
    CsvMapping mapping = suggestMapping({"First Name", "Last Name", "Email", "Title", "City", "Phone"});

    auto skip = CsvImporter(t.db(), actor).run(path, mapping, byEmail(DuplicatePolicy::Skip));
    ASSERT_TRUE(skip);
    EXPECT_EQ(skip->skippedDuplicates, 1);
    EXPECT_EQ(skip->created, 1);
    EXPECT_EQ(byEmail(QStringLiteral("ann@example.com")).city, QString());

    auto update = CsvImporter(t.db(), actor).run(path, mapping, byEmail(DuplicatePolicy::UpdateEmptyFields));
    ASSERT_TRUE(update);
    EXPECT_EQ(update->updated, 2); // Ann, and Bo from the first run
    const Candidate ann = byEmail(QStringLiteral("ann@example.com"));
    EXPECT_EQ(ann.id, stored.id);
    EXPECT_EQ(ann.city, QStringLiteral("Lisbon"));                // was empty: filled
    EXPECT_EQ(ann.currentTitle, QStringLiteral("Staff Engineer")); // had a value: kept
    EXPECT_EQ(ann.phone, QStringLiteral("+351912345678"));
    EXPECT_EQ(count(), 2);

    auto create = CsvImporter(t.db(), actor).run(path, mapping, byEmail(DuplicatePolicy::CreateAnyway));
    ASSERT_TRUE(create);
    EXPECT_EQ(create->created, 2);
    EXPECT_EQ(count(), 4);
}

TEST_F(CsvImport, DefaultEmailMatcherFindsPrimaryAndExtraAddresses)
{
    const QString path = write("Name,Email,Other Email\nAnn Lee,ann@example.com,lee@work.example\n");
    ImportOptions options;
    options.findExisting = ImportSession::matchByEmail(t.db());
    ASSERT_EQ(CsvImporter(t.db(), actor).run(path, CsvPresets::genericAtsExport(), options)->created, 1);
    const QString again = write("Name,Email\nAnn L.,LEE@work.example\n", QStringLiteral("again.csv"));
    auto second = CsvImporter(t.db(), actor).run(again, CsvPresets::genericAtsExport(), options);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->skippedDuplicates, 1);
    EXPECT_EQ(count(), 1);
}

TEST_F(CsvImport, CancelKeepsWhatWasCommitted)
{
    QByteArray csv = "Name,Email\n";
    for (int i = 0; i < 10; ++i)
        csv += QStringLiteral("Person %1,p%1@example.com\n").arg(i).toUtf8();
    ImportOptions options;
    options.chunkSize = 3;
    auto summary = CsvImporter(t.db(), actor).run(write(csv), CsvPresets::genericAtsExport(), options,
                                                  [](int done, int) { return done < 5; });
    ASSERT_TRUE(summary);
    EXPECT_TRUE(summary->cancelled);
    EXPECT_EQ(summary->created, 5);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("Cancelled after 5 rows")));
    t.reopen(); // really stored, not left in an open transaction
    EXPECT_EQ(count(), 5);
}

TEST_F(CsvImport, LinkedInPresetReadsTheRealExport)
{
    const QString path = write("Notes:\n"
                               "\"When exporting your connection data, you may notice that some of the email addresses "
                               "are missing.\"\n"
                               "\n"
                               "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                               "Ann,Lee,https://www.linkedin.com/in/ann-lee,,Acme,Engineer,15 Mar 2024\n"
                               "Bo,Ek,https://www.linkedin.com/in/bo,bo@example.com,Initech,CTO,31 Feb 2024\n");
    CsvImporter importer(t.db(), actor);
    auto preview = importer.preview(path, CsvPresets::linkedInConnections(), 10);
    ASSERT_TRUE(preview);
    EXPECT_EQ(preview->headerLine, 4);
    ASSERT_EQ(preview->rows.size(), 2);
    EXPECT_TRUE(preview->rows[0].ok());
    ASSERT_EQ(preview->rows[1].problems.size(), 1);
    EXPECT_EQ(preview->rows[1].problems[0].text(),
              QStringLiteral("line 6: 'Connected On' is '31 Feb 2024', not a date (expected dd MMM yyyy or d MMM yyyy)"));

    auto summary = importer.run(path, CsvPresets::linkedInConnections(), {});
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->created, 1);
    ASSERT_EQ(summary->failed.size(), 1);
    EXPECT_EQ(summary->failed[0].line, 6);
    auto id = t->scalar(QStringLiteral("SELECT id FROM candidates WHERE last_name = 'Lee'"));
    const Candidate ann = *CandidateService(t.db(), actor).get(id->toLongLong());
    EXPECT_EQ(ann.linkedinUrl, QStringLiteral("https://www.linkedin.com/in/ann-lee"));
    EXPECT_EQ(ann.source, QStringLiteral("LinkedIn"));
    EXPECT_EQ(ann.currentTitle, QStringLiteral("Engineer"));
    EXPECT_EQ(ActivityLog(t.db(), actor).notesFor(ann.id)->first().body, QStringLiteral("Connected On: 2024-03-15"));
}

TEST_F(CsvImport, RaggedRowsAndEmailOnlyRows)
{
    const QString path = write("Name,Email\nAnn Lee,ann@example.com,extra\n,solo@example.com\n");
    auto summary = CsvImporter(t.db(), actor).run(path, CsvPresets::genericAtsExport(), {});
    ASSERT_TRUE(summary);
    ASSERT_EQ(summary->failed.size(), 1);
    EXPECT_EQ(summary->failed[0].text(),
              QStringLiteral("line 2: the row has 3 cells but the header has 2 (a delimiter inside an unquoted cell?)"));
    EXPECT_EQ(summary->created, 1);
    EXPECT_EQ(byEmail(QStringLiteral("solo@example.com")).firstName, QStringLiteral("solo"));
}

TEST_F(CsvImport, ARowTheCandidateRulesRefuseIsReportedWithItsLine)
{
    const QString path = write("Name,LinkedIn\nAnn Lee,not a profile\nBo Ek,linkedin.com/in/bo\n");
    auto summary = CsvImporter(t.db(), actor).run(path, CsvPresets::genericAtsExport(), {});
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->created, 1);
    ASSERT_EQ(summary->failed.size(), 1);
    EXPECT_EQ(summary->failed[0].line, 2);
    EXPECT_TRUE(summary->failed[0].reason.contains(QStringLiteral("is not a web address"))) << summary->failed[0].reason.toStdString();
    EXPECT_EQ(count(), 1); // nothing of the refused row was kept
}

TEST_F(CsvImport, MappingOverridesPhoneRegion)
{
    CsvMapping mapping = suggestMapping({"Name", "Phone"});
    mapping.phoneRegion = QStringLiteral("DE");
    auto summary = CsvImporter(t.db(), actor).run(write("Name,Phone\nJo Berg,0151 23456789\n"), mapping, {});
    ASSERT_TRUE(summary);
    ASSERT_EQ(summary->created, 1);
    EXPECT_EQ(*t->scalar(QStringLiteral("SELECT phone FROM candidates")), QStringLiteral("+4915123456789"));
}

TEST(CsvMappingSuggestions, HeadersMatchWithoutCaseAndWithSynonyms)
{
    EXPECT_EQ(suggestField(QStringLiteral("E-mail Address")), CsvField::Email);
    EXPECT_EQ(suggestField(QStringLiteral("FIRST_NAME")), CsvField::FirstName);
    EXPECT_EQ(suggestField(QStringLiteral("Surname")), CsvField::LastName);
    EXPECT_EQ(suggestField(QStringLiteral("Current Company")), CsvField::Company);
    EXPECT_EQ(suggestField(QStringLiteral("Mobile Phone")), CsvField::Phone);
    EXPECT_EQ(suggestField(QStringLiteral("Years of Experience")), CsvField::YearsExperience);
    EXPECT_EQ(suggestField(QStringLiteral("Favourite colour")), CsvField::Ignore);
    EXPECT_EQ(CsvPresets::linkedInConnections().fieldFor(QStringLiteral("position")), CsvField::Title);
    EXPECT_EQ(CsvPresets::linkedInConnections().fieldFor(QStringLiteral("Phone")), CsvField::Ignore);
    EXPECT_EQ(CsvPresets::genericAtsExport().fieldFor(QStringLiteral("Job Title")), CsvField::Title);
    EXPECT_EQ(splitFullName(QStringLiteral("Lee, Ann")), qMakePair(QStringLiteral("Ann"), QStringLiteral("Lee")));
    EXPECT_EQ(splitFullName(QStringLiteral("Ann Marie Lee")), qMakePair(QStringLiteral("Ann Marie"), QStringLiteral("Lee")));
    for (CsvField f : allCsvFields())
        EXPECT_EQ(csvFieldFromKey(toKey(f)), f);
}

TEST_F(CsvImport, MappingStoreSavesListsRenamesRemovesAndProtectsPresets)
{
    CsvMappingStore store(t.db(), actor);
    CsvMapping m = suggestMapping({"Nom", "Courriel"});
    m.columns[0].field = CsvField::FullName;
    m.columns[1].field = CsvField::Email;
    m.delimiter = QLatin1Char(';');
    m.dateFormats = {QStringLiteral("dd/MM/yyyy")};
    auto saved = store.save(QStringLiteral("Agence Paris"), m);
    ASSERT_TRUE(saved) << saved.error().text().toStdString();
    auto got = store.get(QStringLiteral("agence paris"));
    ASSERT_TRUE(got);
    EXPECT_EQ(got->delimiter, QLatin1Char(';'));
    EXPECT_EQ(got->fieldFor(QStringLiteral("courriel")), CsvField::Email);
    EXPECT_EQ(got->dateFormats, QStringList{QStringLiteral("dd/MM/yyyy")});

    m.defaultSource = QStringLiteral("Salon");
    auto replaced = store.save(QStringLiteral("AGENCE PARIS"), m);
    ASSERT_TRUE(replaced);
    EXPECT_EQ(replaced->id, saved->id);
    EXPECT_EQ(replaced->version, 2);
    EXPECT_EQ(store.list()->size(), 1);

    auto preset = store.save(QStringLiteral("linkedin connections"), m);
    ASSERT_FALSE(preset);
    EXPECT_EQ(preset.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(store.get(QStringLiteral("LinkedIn connections")));
    EXPECT_EQ(store.names()->size(), 3);

    EXPECT_EQ(store.rename(saved->id, 1, QStringLiteral("Old")).error().code, ErrorCode::Conflict);
    EXPECT_FALSE(store.rename(saved->id, 2, QStringLiteral("Generic ATS export")));
    auto renamed = store.rename(saved->id, 2, QStringLiteral("Paris"));
    ASSERT_TRUE(renamed);
    EXPECT_EQ(renamed->name, QStringLiteral("Paris"));
    ASSERT_TRUE(store.remove(saved->id));
    EXPECT_EQ(store.get(QStringLiteral("Paris")).error().code, ErrorCode::NotFound);
    auto audited = t->scalar(QStringLiteral("SELECT count(*) FROM audit_entries WHERE entity_type = 'csv_mapping'"));
    EXPECT_EQ(audited->toInt(), 4);
}

// Not a timed test (the lead keeps the 100k benchmark): prints the rows per second of a
// 10k-row import so the number can be reported. Disabled in the normal run; run it with
// --gtest_also_run_disabled_tests --gtest_filter=*TenThousand*.
TEST_F(CsvImport, DISABLED_TenThousandRowsReportRate)
{
    QByteArray csv = "Name,Email,Phone,Skills,Tags\n";
    for (int i = 0; i < 10000; ++i)
        csv += QStringLiteral("Person %1,p%1@example.com,+1 415 555 %2,C++;Qt,imported\n").arg(i).arg(1000 + i % 9000).toUtf8();
    const QString path = write(csv);
    QElapsedTimer timer;
    timer.start();
    ImportOptions options;
    options.findExisting = ImportSession::matchByEmail(t.db());
    auto summary = CsvImporter(t.db(), actor).run(path, CsvPresets::genericAtsExport(), options);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->created, 10000);
    const double seconds = timer.elapsed() / 1000.0;
    std::cout << "[ rate ] 10000 rows in " << seconds << " s = " << int(10000 / seconds) << " rows/s\n";
}
