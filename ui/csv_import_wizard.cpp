#include "csv_import_wizard.h"

#include "background_task.h"
#include "message_boxes.h"

#include <core/lists/csv_mapping_store.h>
#include <core/lists/import_session.h>
#include <core/storage/database.h>

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace Tandem::Ui {

namespace {

QLabel *plainLabel(const QString &text = {})
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QTableWidget *table(const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *item(const QString &text)
{
    QString oneLine = text;
    oneLine.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    auto *i = new QTableWidgetItem(oneLine);
    i->setToolTip(text.size() > 40 ? text : QString());
    return i;
}

QString delimiterName(QChar d)
{
    if (d == QLatin1Char('\t'))
        return QObject::tr("tab-separated");
    if (d == QLatin1Char(';'))
        return QObject::tr("semicolon-separated");
    if (d == QLatin1Char(','))
        return QObject::tr("comma-separated");
    return QObject::tr("separated by \"%1\"").arg(d);
}

const QString kAutomatic = QStringLiteral("__automatic__");

} // namespace

CsvImportWizard::CsvImportWizard(Database &db, Actor actor, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
    , m_actor(std::move(actor))
    , m_finder([](Database &d) { return ImportSession::matchSamePerson(d); })
{
    setWindowTitle(tr("Import Candidates from CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, createFilePage());
    setPage(MappingPage, createMappingPage());
    setPage(PreviewPage, createPreviewPage());
    setPage(SummaryPage, createSummaryPage());
    setButtonText(QWizard::CommitButton, tr("Import"));
    resize(820, 560);
}

QWizardPage *CsvImportWizard::createFilePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Choose a CSV file"));
    page->setSubTitle(tr("Exports from LinkedIn (Connections.csv), other applicant tracking systems and spreadsheets work."));
    m_path = new QLineEdit;
    m_path->setPlaceholderText(tr("Path of the .csv file"));
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), m_path->text(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_path, &QLineEdit::editingFinished, this, &CsvImportWizard::inspectFile);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    m_fileInfo = plainLabel();
    m_mappingChoice = new QComboBox;
    connect(m_mappingChoice, &QComboBox::activated, this, &CsvImportWizard::chooseMapping);
    auto *form = new QFormLayout(page);
    form->addRow(tr("File:"), row);
    form->addRow(QString(), m_fileInfo);
    form->addRow(tr("Mapping:"), m_mappingChoice);
    return page;
}

QWizardPage *CsvImportWizard::createMappingPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Match the columns"));
    page->setSubTitle(tr("Choose what each column of the file becomes. Columns set to \"(ignore)\" are not imported."));
    m_columns = table({tr("Column"), tr("Sample values"), tr("Imports as")});
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_defaultSource = new QLineEdit;
    m_defaultSource->setPlaceholderText(tr("e.g. LinkedIn, Career fair"));
    m_dateFormats = new QLineEdit;
    m_dateFormats->setToolTip(tr("Date formats tried in order, separated by \";\" (yyyy year, MM month, MMM month name, dd day)."));
    auto *save = new QPushButton(tr("Save Mapping As…"));
    connect(save, &QPushButton::clicked, this, &CsvImportWizard::saveMappingAs);
    auto *form = new QFormLayout;
    form->addRow(tr("Source when the file names none:"), m_defaultSource);
    form->addRow(tr("Date formats:"), m_dateFormats);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_columns, 1);
    layout->addLayout(form);
    layout->addWidget(save, 0, Qt::AlignRight);
    return page;
}

QWizardPage *CsvImportWizard::createPreviewPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Check the first rows"));
    page->setSubTitle(tr("Rows with problems are marked; they are skipped and listed at the end. Every other row is imported."));
    page->setCommitPage(true);
    m_previewTable = table({tr("Line"), tr("Name"), tr("E-mail"), tr("Phone"), tr("City"), tr("Title"), tr("Company"), tr("Problems")});
    m_previewInfo = plainLabel();
    m_policy = new QButtonGroup(page);
    auto *policies = new QVBoxLayout;
    const QList<std::pair<DuplicatePolicy, QString>> choices = {
        {DuplicatePolicy::Skip, tr("Skip the row and keep the stored candidate as it is")},
        {DuplicatePolicy::UpdateEmptyFields, tr("Fill the stored candidate's empty fields from the row")},
        {DuplicatePolicy::CreateAnyway, tr("Create another candidate (merge later)")},
    };
    for (const auto &[policy, text] : choices) {
        auto *button = new QRadioButton(text);
        m_policy->addButton(button, int(policy));
        policies->addWidget(button);
    }
    m_policy->button(int(DuplicatePolicy::Skip))->setChecked(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_previewTable, 1);
    layout->addWidget(m_previewInfo);
    layout->addWidget(plainLabel(tr("When a row has the e-mail address of a stored candidate:")));
    layout->addLayout(policies);
    return page;
}

QWizardPage *CsvImportWizard::createSummaryPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Import finished"));
    page->setSubTitle(tr("Rows that could not be imported are listed with their line in the file: correct them there and "
                         "import the file again (stored rows are recognised as duplicates)."));
    m_summaryText = plainLabel();
    m_problems = table({tr("Line"), tr("Column"), tr("Reason")});
    auto *save = new QPushButton(tr("Save Report…"));
    connect(save, &QPushButton::clicked, this, &CsvImportWizard::saveReport);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summaryText);
    layout->addWidget(m_problems, 1);
    layout->addWidget(save, 0, Qt::AlignRight);
    return page;
}

void CsvImportWizard::setFile(const QString &path)
{
    m_path->setText(path);
    inspectFile();
}

void CsvImportWizard::inspectFile()
{
    m_inspectedPath = m_path->text();
    m_mappingChoice->clear();
    m_mappingChoice->addItem(tr("Automatic (from the column names)"), kAutomatic);
    auto names = CsvMappingStore(m_db, m_actor).names();
    for (const QString &name : names.value_or(QStringList()))
        m_mappingChoice->addItem(name, name);
    m_mapping = CsvMapping();
    auto preview = CsvImporter(m_db, m_actor).preview(m_path->text(), m_mapping, 20);
    if (!preview) {
        m_fileInfo->setText(preview.error().text());
        m_preview = {};
        return;
    }
    m_preview = *preview;
    m_mapping = autoMapping(m_preview.header);
    const int preset = m_mappingChoice->findData(m_mapping.name);
    m_mappingChoice->setCurrentIndex(preset >= 0 ? preset : 0);
    m_fileInfo->setText(tr("%1, %2, %3 columns; header on line %4.")
                            .arg(m_preview.encoding, delimiterName(m_preview.delimiter))
                            .arg(m_preview.header.size())
                            .arg(m_preview.headerLine));
}

void CsvImportWizard::chooseMapping()
{
    const QString name = m_mappingChoice->currentData().toString();
    if (name == kAutomatic) {
        m_mapping = autoMapping(m_preview.header);
        return;
    }
    auto mapping = CsvMappingStore(m_db, m_actor).get(name);
    if (!mapping) {
        showError(this, tr("Import CSV"), mapping.error());
        return;
    }
    m_mapping = *mapping;
    // A mapping may read the file differently (a preamble, another delimiter): look again.
    if (auto preview = CsvImporter(m_db, m_actor).preview(m_path->text(), m_mapping, 20))
        m_preview = *preview;
}

CsvMapping CsvImportWizard::mapping() const
{
    CsvMapping m = m_mapping;
    m.columns.clear();
    m.suggestUnlisted = false;
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(row, 2));
        m.columns.append({m_columns->item(row, 0)->text(), CsvField(combo->currentData().toInt())});
    }
    m.defaultSource = m_defaultSource->text().simplified();
    QStringList formats;
    for (const QString &f : m_dateFormats->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        formats.append(f.trimmed());
    m.dateFormats = formats;
    return m;
}

void CsvImportWizard::fillMappingTable()
{
    m_columns->setRowCount(int(m_preview.header.size()));
    for (int col = 0; col < m_preview.header.size(); ++col) {
        const QString header = m_preview.header.at(col);
        QStringList samples;
        for (const CsvRecord &r : m_preview.records) {
            if (samples.size() < 3 && col < r.fields.size() && !r.fields.at(col).trimmed().isEmpty())
                samples.append(r.fields.at(col).simplified());
        }
        m_columns->setItem(col, 0, item(header));
        m_columns->setItem(col, 1, item(samples.join(QStringLiteral(" · "))));
        auto *combo = new QComboBox;
        for (CsvField f : allCsvFields())
            combo->addItem(csvFieldLabel(f), int(f));
        combo->setCurrentIndex(combo->findData(int(m_mapping.fieldFor(header))));
        m_columns->setCellWidget(col, 2, combo);
    }
    m_columns->resizeColumnToContents(0);
    m_columns->setColumnWidth(1, 330);
    m_defaultSource->setText(m_mapping.defaultSource);
    m_dateFormats->setText(m_mapping.dateFormats.join(QStringLiteral("; ")));
}

void CsvImportWizard::fillPreview()
{
    auto preview = CsvImporter(m_db, m_actor).preview(m_path->text(), m_mapping, 20);
    if (preview)
        m_preview = *preview;
    m_previewTable->setRowCount(int(m_preview.rows.size()));
    int bad = 0;
    const QColor problemColor(255, 228, 225);
    for (int r = 0; r < m_preview.rows.size(); ++r) {
        const MappedRow &row = m_preview.rows.at(r);
        const Candidate &c = row.data.candidate;
        QStringList problems;
        for (const RowProblem &p : row.problems)
            problems.append(p.reason);
        const QStringList cells = {QString::number(row.line), c.displayName(), c.email, c.phone, c.city,
                                   c.currentTitle, c.currentCompany, problems.join(QStringLiteral("; "))};
        for (int col = 0; col < cells.size(); ++col) {
            auto *cell = item(cells.at(col));
            if (!row.ok()) {
                cell->setBackground(problemColor);
                cell->setToolTip(problems.join(QLatin1Char('\n')));
            }
            m_previewTable->setItem(r, col, cell);
        }
        bad += row.ok() ? 0 : 1;
    }
    m_previewTable->resizeColumnsToContents();
    // The problems column takes the rest of the width and wraps, so a reason is read whole.
    m_previewTable->setColumnWidth(7, 120);
    m_previewTable->setWordWrap(true);
    m_previewTable->verticalHeader()->setMinimumSectionSize(m_previewTable->verticalHeader()->defaultSectionSize());
    // Row heights once the last column has its stretched width (after the page is laid out).
    QTimer::singleShot(0, m_previewTable, &QTableWidget::resizeRowsToContents);
    m_previewInfo->setText(bad == 0 ? tr("The first %1 rows look good.").arg(m_preview.rows.size())
                                    : tr("%1 of the first %2 rows have problems.").arg(bad).arg(m_preview.rows.size()));
}

void CsvImportWizard::fillSummary()
{
    m_summaryText->setText(m_summary.text());
    m_problems->setRowCount(int(m_summary.failed.size()));
    for (int r = 0; r < m_summary.failed.size(); ++r) {
        const RowProblem &p = m_summary.failed.at(r);
        m_problems->setItem(r, 0, item(QString::number(p.line)));
        m_problems->setItem(r, 1, item(p.column));
        m_problems->setItem(r, 2, item(p.reason));
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_problems->setVisible(!m_summary.failed.isEmpty());
}

void CsvImportWizard::initializePage(int id)
{
    if (id == MappingPage)
        fillMappingTable();
    else if (id == PreviewPage)
        fillPreview();
    else if (id == SummaryPage)
        fillSummary();
    QWizard::initializePage(id);
}

bool CsvImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage) {
        if (m_path->text() != m_inspectedPath)
            inspectFile();
        if (m_preview.header.isEmpty()) {
            if (m_fileInfo->text().isEmpty())
                m_fileInfo->setText(tr("The file has no rows to import."));
            return false;
        }
        chooseMapping();
    } else if (currentId() == MappingPage) {
        m_mapping = mapping();
    } else if (currentId() == PreviewPage && !m_importDone) {
        startImport();
        return false; // next() is called when the import is done
    }
    return QWizard::validateCurrentPage();
}

void CsvImportWizard::startImport()
{
    if (m_importRunning)
        return;
    m_importRunning = true;
    ImportOptions options;
    options.onDuplicate = DuplicatePolicy(m_policy->checkedId());
    auto result = std::make_shared<ImportSummary>();
    BackgroundTask::Work work = [path = m_path->text(), mapping = m_mapping, options, actor = m_actor, finder = m_finder,
                                 result](Database &db, TaskProgress &progress) -> Result<QString> {
        ImportOptions o = options;
        o.findExisting = finder(db);
        auto summary = CsvImporter(db, actor).run(path, mapping, o, [&progress](int done, int total) {
            return progress.report(done, total, tr("Importing row %1 of %2").arg(done).arg(total));
        });
        if (!summary)
            return std::unexpected(summary.error());
        *result = *summary;
        return summary->text();
    };
    BackgroundTask::start(this, tr("Import CSV"), tr("Importing candidates…"), m_db.settings(), std::move(work),
                          [this, result](const Result<QString> &done) {
                              m_importRunning = false;
                              if (!done) {
                                  showError(this, tr("Import CSV"), done.error());
                                  return;
                              }
                              m_summary = *result;
                              m_importDone = true;
                              if (m_summary.stored() > 0)
                                  emit imported(m_summary.created, m_summary.updated);
                              next();
                          });
}

void CsvImportWizard::saveMappingAs()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Mapping"), tr("Name of the mapping:"), QLineEdit::Normal,
                                               QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    auto saved = CsvMappingStore(m_db, m_actor).save(name, mapping());
    if (!saved)
        showError(this, tr("Save Mapping"), saved.error());
}

void CsvImportWizard::saveReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Report"), tr("import-problems.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    Status ok = file.open(QIODevice::WriteOnly) ? CsvImporter::writeReport(m_summary.failed, &file)
                                                : Status(fail(ErrorCode::Io, tr("Could not write %1: %2").arg(path, file.errorString())));
    if (ok && !file.commit())
        ok = fail(ErrorCode::Io, tr("Could not write %1: %2").arg(path, file.errorString()));
    if (!ok)
        showError(this, tr("Save Report"), ok.error());
}

} // namespace Tandem::Ui
