#include <ui/resume_import_dialog.h>

#include <ui/background_task.h>
#include <ui/inline_message.h>
#include <ui/message_boxes.h>
#include <ui/resume_review_form.h>
#include <ui/session.h>
#include <ui/tool_tip.h>

#include <core/storage/database.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tandem::Ui {

namespace {

enum FileColumn { FileName, PersonName, Action, FileColumnCount };

// "1 file" / "3 files": English counts without a translation file's plural forms.
QString counted(qsizetype n, const QString &one, const QString &many)
{
    return (n == 1 ? one : many).arg(n);
}

QString personName(const ParsedResume &fields)
{
    return (fields.firstName.value + QLatin1Char(' ') + fields.lastName.value).trimmed();
}

QString resultText(ResumeImportResult result)
{
    switch (result) {
    case ResumeImportResult::Created:
        return QObject::tr("Created");
    case ResumeImportResult::Updated:
        return QObject::tr("Updated");
    case ResumeImportResult::SkippedDuplicate:
        return QObject::tr("Skipped: duplicate");
    case ResumeImportResult::Skipped:
        return QObject::tr("Skipped");
    case ResumeImportResult::Failed:
        return QObject::tr("Failed");
    }
    return {};
}

} // namespace

ResumeImportDialog::ResumeImportDialog(Session &session, QStringList paths, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_paths(std::move(paths))
{
    setWindowTitle(tr("Import Resumes"));
    resize(1180, 720);
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildReviewPage());
    m_pages->addWidget(buildSummaryPage());
    layout->addWidget(m_pages, 1);
}

ResumeImportDialog::~ResumeImportDialog() = default;

QWidget *ResumeImportDialog::buildReviewPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, page);
    m_files = new QTableWidget(0, FileColumnCount, splitter);
    m_files->setHorizontalHeaderLabels({tr("File"), tr("Name"), tr("What happens")});
    m_files->verticalHeader()->hide();
    m_files->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_files->setSelectionMode(QAbstractItemView::SingleSelection);
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_files->horizontalHeader()->setStretchLastSection(true);
    m_files->setWordWrap(false);
    connect(m_files, &QTableWidget::currentCellChanged, this, [this](int row) {
        keepFormEdits();
        showReview(row);
    });

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    m_message = new InlineMessage(right);
    rightLayout->addWidget(m_message);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(new QLabel(tr("This file:"), right));
    m_action = new QComboBox(right);
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    actionRow->addWidget(m_action, 1);
    m_showText = new QPushButton(tr("Show Text…"), right);
    m_showText->setToolTip(plainToolTip(tr("The text Tandem read from the file, to compare with the fields.")));
    actionRow->addWidget(m_showText);
    rightLayout->addLayout(actionRow);
    m_form = new ResumeReviewForm(right);
    rightLayout->addWidget(m_form, 1);
    connect(m_action, &QComboBox::activated, this, &ResumeImportDialog::chooseAction);
    connect(m_showText, &QPushButton::clicked, this, &ResumeImportDialog::showExtractedText);
    connect(m_form, &ResumeReviewForm::edited, this, [this] {
        keepFormEdits();
        updateRow(m_current);
    });
    splitter->addWidget(m_files);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({430, 730});
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(page);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_import, &QPushButton::clicked, this, &ResumeImportDialog::importReviewed);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    return page;
}

QWidget *ResumeImportDialog::buildSummaryPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summaryText = new QLabel(page);
    m_summaryText->setWordWrap(true);
    layout->addWidget(m_summaryText);
    m_outcomes = new QTableWidget(0, 3, page);
    m_outcomes->setHorizontalHeaderLabels({tr("File"), tr("Result"), tr("Details")});
    m_outcomes->verticalHeader()->hide();
    m_outcomes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outcomes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_outcomes->horizontalHeader()->setStretchLastSection(true);
    m_outcomes->setWordWrap(false);
    layout->addWidget(m_outcomes, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, page);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    return page;
}

void ResumeImportDialog::start()
{
    const QStringList files = ResumeReader::expand(m_paths, &m_ignored);
    if (files.isEmpty()) {
        showInformation(parentWidget(), tr("Import Resumes"), tr("There is no resume to import here."),
                        tr("Tandem reads PDF, DOCX, ODT, TXT and HTML files. %n other file(s) were left alone.", nullptr,
                           int(m_ignored.size())));
        deleteLater();
        return;
    }
    auto results = std::make_shared<QList<ResumeReview>>();
    const Actor actor = m_session.actor();
    auto work = [files, results, actor](Database &db, TaskProgress &progress) -> Result<QString> {
        auto reader = ResumeReader::fromDatabase(db);
        if (!reader)
            return std::unexpected(reader.error());
        ResumeImporter importer(db, actor);
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (!progress.report(i, files.size(), QFileInfo(files[i]).fileName()))
                return fail(ErrorCode::Cancelled, QObject::tr("Reading the resumes was stopped."));
            auto review = importer.review(reader->read(files[i]));
            if (!review)
                return std::unexpected(review.error());
            results->append(*review);
        }
        return QString();
    };
    BackgroundTask::start(parentWidget(), tr("Import Resumes"), tr("Reading %n resume(s)…", nullptr, int(files.size())),
                          m_session.settings(), work, [this, results](const Result<QString> &result) {
                              if (!result && result.error().code != ErrorCode::Cancelled) {
                                  showError(parentWidget(), tr("Import Resumes"), result.error());
                                  deleteLater();
                                  return;
                              }
                              if (results->isEmpty()) {
                                  deleteLater();
                                  return;
                              }
                              setReviews(*results);
                              show();
                          });
}

void ResumeImportDialog::setReviews(QList<ResumeReview> reviews)
{
    m_reviews = std::move(reviews);
    int failed = 0;
    int uncertain = 0;
    for (const ResumeReview &r : m_reviews) {
        if (r.document.failed())
            ++failed;
    }
    (void)uncertain;
    QString heading = QStringLiteral("<b>%1</b> ").arg(counted(m_reviews.size(), tr("%1 resume read."), tr("%1 resumes read.")))
                      + tr("Check the fields (tinted ones are uncertain) and what happens to each file, then import.");
    if (failed > 0)
        heading += QLatin1Char(' ')
                   + counted(failed, tr("%1 file could not be read; select it to see why."),
                             tr("%1 files could not be read; select one to see why."));
    if (!m_ignored.isEmpty())
        heading += QLatin1Char(' ')
                   + counted(m_ignored.size(), tr("%1 file of another type was left alone."),
                             tr("%1 files of other types were left alone."));
    m_heading->setText(heading);
    fillFileTable();
    m_pages->setCurrentIndex(0);
    if (!m_reviews.isEmpty())
        m_files->setCurrentCell(0, 0);
}

void ResumeImportDialog::fillFileTable()
{
    m_files->setRowCount(int(m_reviews.size()));
    for (int row = 0; row < m_reviews.size(); ++row)
        updateRow(row);
    m_files->resizeColumnsToContents();
    for (int column = 0; column < FileColumnCount; ++column)
        m_files->setColumnWidth(column, std::min(m_files->columnWidth(column), 220));
}

QString ResumeImportDialog::actionText(const ResumeReview &review) const
{
    if (review.document.failed())
        return tr("Cannot be read");
    switch (review.action) {
    case ResumeAction::Create:
        return review.matches.isEmpty() ? tr("New candidate") : tr("New candidate (possible duplicate)");
    case ResumeAction::Update:
        return tr("Add to existing record");
    case ResumeAction::Skip:
        return review.targetCandidateId != 0 ? tr("Skip: duplicate") : tr("Skip");
    }
    return {};
}

QString ResumeImportDialog::statusText(const ResumeReview &review) const
{
    if (review.document.failed())
        return review.document.error->message;
    if (review.sameFileCandidateId != 0)
        return tr("This file is already stored for %1.").arg(review.sameFileCandidateName);
    if (!review.matches.isEmpty())
        return tr("Possible duplicate: %1").arg(review.matches.first().reasons.join(QStringLiteral("; ")));
    if (!review.document.warnings.isEmpty())
        return review.document.warnings.join(QStringLiteral("; "));
    return tr("Ready");
}

void ResumeImportDialog::updateRow(int row)
{
    if (row < 0 || row >= m_reviews.size())
        return;
    const ResumeReview &review = m_reviews[row];
    const QStringList cells = {review.document.fileName, personName(review.fields), actionText(review)};
    const QString status = statusText(review);
    for (int column = 0; column < FileColumnCount; ++column) {
        auto *item = m_files->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_files->setItem(row, column, item);
        }
        item->setText(cells[column]);
        item->setToolTip(plainToolTip(cells[column] + QLatin1Char('\n') + status));
        if (review.document.failed())
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
}

void ResumeImportDialog::showReview(int row)
{
    m_current = row;
    m_message->clear();
    m_action->clear();
    if (row < 0 || row >= m_reviews.size()) {
        m_form->setEnabled(false);
        return;
    }
    const ResumeReview &review = m_reviews[row];
    m_form->setFields(review.fields);
    m_form->setEnabled(!review.document.failed());
    m_showText->setEnabled(!review.document.failed());
    m_action->setEnabled(!review.document.failed());
    if (review.document.failed()) {
        m_message->showMessage(review.document.error->text());
        return;
    }
    m_action->addItem(tr("Create a new candidate"), QVariant::fromValue<qint64>(0));
    for (const DuplicateMatch &match : review.matches) {
        m_action->addItem(tr("Add to the existing record: %1").arg(match.reasons.join(QStringLiteral("; "))),
                          QVariant::fromValue<qint64>(match.candidateId));
    }
    if (review.sameFileCandidateId != 0 && m_action->findData(QVariant::fromValue<qint64>(review.sameFileCandidateId)) < 0)
        m_action->addItem(tr("Add to %1 (who has this file already)").arg(review.sameFileCandidateName),
                          QVariant::fromValue<qint64>(review.sameFileCandidateId));
    m_action->addItem(tr("Skip this file"), QVariant::fromValue<qint64>(-1));
    int index = 0;
    if (review.action == ResumeAction::Skip)
        index = m_action->count() - 1;
    else if (review.action == ResumeAction::Update)
        index = std::max(0, m_action->findData(QVariant::fromValue<qint64>(review.targetCandidateId)));
    m_action->setCurrentIndex(index);
    if (review.sameFileCandidateId != 0)
        m_message->showMessage(tr("This very file is already stored for %1, so it is skipped unless you choose "
                                  "otherwise.")
                                   .arg(review.sameFileCandidateName),
                               InlineMessage::Kind::Warning);
    else if (!review.matches.isEmpty())
        m_message->showMessage(tr("This may be someone already in Tandem (%1). Choose whether to add the resume to "
                                  "that record or create a new one.")
                                   .arg(review.matches.first().reasons.join(QStringLiteral("; "))),
                               InlineMessage::Kind::Warning);
    else if (const int uncertain = m_form->uncertainCount())
        m_message->showMessage(tr("%n field(s) were read with little confidence: they are tinted.", nullptr, uncertain),
                               InlineMessage::Kind::Information);
}

void ResumeImportDialog::keepFormEdits()
{
    if (m_current < 0 || m_current >= m_reviews.size() || m_reviews[m_current].document.failed())
        return;
    m_reviews[m_current].fields = m_form->fields();
}

void ResumeImportDialog::chooseAction(int index)
{
    if (m_current < 0 || m_current >= m_reviews.size() || index < 0)
        return;
    ResumeReview &review = m_reviews[m_current];
    const qint64 choice = m_action->itemData(index).toLongLong();
    if (choice == 0) {
        review.action = ResumeAction::Create;
        review.targetCandidateId = 0;
    } else if (choice < 0) {
        review.action = ResumeAction::Skip;
        review.targetCandidateId = review.sameFileCandidateId;
    } else {
        review.action = ResumeAction::Update;
        review.targetCandidateId = choice;
    }
    updateRow(m_current);
}

void ResumeImportDialog::showExtractedText()
{
    if (m_current < 0 || m_current >= m_reviews.size())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Text of %1").arg(m_reviews[m_current].document.fileName));
    dialog.resize(640, 720);
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QPlainTextEdit(&dialog);
    text->setReadOnly(true);
    text->setPlainText(m_reviews[m_current].document.text);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

void ResumeImportDialog::importReviewed()
{
    keepFormEdits();
    const QList<ResumeReview> reviews = m_reviews;
    auto summary = std::make_shared<ResumeImportSummary>();
    const Actor actor = m_session.actor();
    auto work = [reviews, summary, actor](Database &db, TaskProgress &progress) -> Result<QString> {
        ResumeImporter importer(db, actor);
        for (qsizetype i = 0; i < reviews.size(); ++i) {
            if (!progress.report(i, reviews.size(), reviews[i].document.fileName)) {
                summary->cancelled = true;
                break;
            }
            auto outcome = importer.commit(reviews[i]);
            if (outcome)
                summary->outcomes.append(*outcome);
            else
                summary->outcomes.append({reviews[i].document.fileName, ResumeImportResult::Failed, 0, outcome.error().text()});
        }
        return QString();
    };
    m_import->setEnabled(false);
    BackgroundTask::start(this, tr("Import Resumes"), tr("Storing %n resume(s)…", nullptr, int(reviews.size())),
                          m_session.settings(), work, [this, summary](const Result<QString> &result) {
                              m_import->setEnabled(true);
                              if (!result) {
                                  showError(this, tr("Import Resumes"), result.error());
                                  return;
                              }
                              m_summary = *summary;
                              showSummary();
                          });
}

void ResumeImportDialog::showSummary()
{
    m_heading->setText(tr("<b>Import finished.</b>"));
    m_summaryText->setText(m_summary.text() + QLatin1Char('.'));
    m_outcomes->setRowCount(int(m_summary.outcomes.size()));
    QList<qint64> stored;
    for (int row = 0; row < m_summary.outcomes.size(); ++row) {
        const ResumeImportOutcome &o = m_summary.outcomes[row];
        const QStringList cells = {o.fileName, resultText(o.result), o.detail};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(plainToolTip(cells[column]));
            m_outcomes->setItem(row, column, item);
        }
        if ((o.result == ResumeImportResult::Created || o.result == ResumeImportResult::Updated) && o.candidateId != 0)
            stored.append(o.candidateId);
    }
    m_outcomes->resizeColumnsToContents();
    m_outcomes->horizontalHeader()->setStretchLastSection(true);
    m_pages->setCurrentIndex(1);
    if (!stored.isEmpty())
        emit imported(stored);
}

} // namespace Tandem::Ui
