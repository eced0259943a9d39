#pragma once

#include <core/lists/csv_importer.h>
#include <core/lists/imported_candidate.h>
#include <core/records/actor.h>

#include <QWizard>

#include <functional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Tandem {
class Database;
}

namespace Tandem::Ui {

// Makes the duplicate check for a connection (the import runs on a worker with its own).
using DuplicateFinderFactory = std::function<FindExisting(Database &db)>;

// File > Import > CSV…: choose a file (its encoding, delimiter and header line shown), a
// mapping (automatic, a preset or a saved one), map each column to a field (with sample
// values; "Save mapping as…"), preview the first rows with their problems and choose what
// happens to duplicates, import on a worker (progress, cancel), then a summary that lists
// every bad row with its line and reason ("Save report…").
// Owns its pages; borrows the Database (UI thread), whose settings the worker reopens.
class CsvImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, PreviewPage, SummaryPage };

    CsvImportWizard(Database &db, Actor actor, QWidget *parent = nullptr);

    // Default: the same normalised e-mail (ImportSession::matchByEmail).
    void setDuplicateFinder(DuplicateFinderFactory factory) { m_finder = std::move(factory); }
    void setFile(const QString &path);
    CsvMapping mapping() const;
    const ImportSummary &summary() const { return m_summary; }

signals:
    // The import stored something (other windows also hear it through the change feed).
    void imported(int created, int updated);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    QWizardPage *createFilePage();
    QWizardPage *createMappingPage();
    QWizardPage *createPreviewPage();
    QWizardPage *createSummaryPage();
    void inspectFile();
    void chooseMapping();
    void fillMappingTable();
    void fillPreview();
    void fillSummary();
    void saveMappingAs();
    void saveReport();
    void startImport();

    Database &m_db; // not owned
    Actor m_actor;
    DuplicateFinderFactory m_finder;
    CsvMapping m_mapping;
    CsvPreview m_preview;
    QString m_inspectedPath; // the file m_preview was read from
    ImportSummary m_summary;
    bool m_importDone = false;
    bool m_importRunning = false;

    QLineEdit *m_path = nullptr;
    QLabel *m_fileInfo = nullptr;
    QComboBox *m_mappingChoice = nullptr;
    QTableWidget *m_columns = nullptr;
    QLineEdit *m_defaultSource = nullptr;
    QLineEdit *m_dateFormats = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QLabel *m_previewInfo = nullptr;
    QButtonGroup *m_policy = nullptr;
    QLabel *m_summaryText = nullptr;
    QTableWidget *m_problems = nullptr;
};

} // namespace Tandem::Ui
