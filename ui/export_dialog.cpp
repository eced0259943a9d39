#include "export_dialog.h"

#include "background_task.h"
#include "message_boxes.h"

#include <core/lists/candidate_exporter.h>
#include <core/storage/database.h>

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace Tandem::Ui {

namespace {

QString suffixFor(ExportDialog::Format f)
{
    return f == ExportDialog::Csv ? QStringLiteral("csv") : QStringLiteral("vcf");
}

} // namespace

ExportDialog::ExportDialog(Database &db, QList<qint64> candidateIds, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_ids(std::move(candidateIds))
{
    setWindowTitle(tr("Export Candidates"));
    auto *count = new QLabel(tr("%n candidate(s) selected.", nullptr, int(m_ids.size())));
    m_format = new QButtonGroup(this);
    auto *formats = new QVBoxLayout;
    const QList<std::pair<Format, QString>> choices = {
        {Csv, tr("CSV (spreadsheets, other recruiting systems)")},
        {VCard4, tr("vCard 4.0 (address books)")},
        {VCard3, tr("vCard 3.0 (older address books)")},
    };
    for (const auto &[f, text] : choices) {
        auto *b = new QRadioButton(text);
        m_format->addButton(b, f);
        formats->addWidget(b);
    }
    m_format->button(Csv)->setChecked(true);
    m_path = new QLineEdit;
    m_path->setText(QStringLiteral("candidates.csv"));
    connect(m_format, &QButtonGroup::idClicked, this, [this] {
        const QFileInfo info(m_path->text());
        m_path->setText(info.path() == QLatin1String(".") ? info.completeBaseName() + QLatin1Char('.') + suffixFor(format())
                                                          : info.path() + QLatin1Char('/') + info.completeBaseName()
                                                                + QLatin1Char('.') + suffixFor(format()));
    });
    auto *browseButton = new QPushButton(tr("Browse…"));
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    m_status = new QLabel;
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto *exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    exportButton->setEnabled(!m_ids.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::exportNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), formats);
    form->addRow(tr("File:"), pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(count);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

ExportDialog::Format ExportDialog::format() const
{
    return Format(m_format->checkedId());
}

void ExportDialog::setFormat(Format f)
{
    m_format->button(f)->click();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::browse()
{
    const QString filter = format() == Csv ? tr("CSV files (*.csv)") : tr("vCard files (*.vcf)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Candidates"), m_path->text(), filter);
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::exportNow()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose the file to write."));
        return;
    }
    const Format f = format();
    BackgroundTask::Work work = [ids = m_ids, path, f](Database &db, TaskProgress &progress) -> Result<QString> {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(ErrorCode::Io, tr("Could not write %1: %2").arg(path, file.errorString()),
                        tr("Check that the folder exists and that you may write there."));
        CandidateExporter exporter(db);
        auto report = [&progress](int done, int total) { return progress.report(done, total); };
        auto ok = f == Csv ? exporter.writeCsv(ids, &file, report)
                           : exporter.writeVCard(ids, &file, f == VCard3 ? VCardVersion::V3 : VCardVersion::V4, report);
        if (!ok)
            return std::unexpected(ok.error());
        if (!file.commit())
            return fail(ErrorCode::Io, tr("Could not write %1: %2").arg(path, file.errorString()),
                        tr("Check that the disk is not full."));
        return tr("Wrote %n candidate(s) to %1.", nullptr, int(ids.size())).arg(path);
    };
    BackgroundTask::start(this, tr("Export Candidates"), tr("Writing %1…").arg(QFileInfo(path).fileName()), m_db.settings(),
                          std::move(work), [this, path](const Result<QString> &done) {
                              if (!done) {
                                  m_status->setText(done.error().text());
                                  return;
                              }
                              emit exported(path, int(m_ids.size()));
                              accept();
                          });
}

} // namespace Tandem::Ui
