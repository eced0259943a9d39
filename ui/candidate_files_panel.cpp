#include "candidate_files_panel.h"

#include <ui/inline_message.h>
#include <ui/message_boxes.h>
#include <ui/session.h>

#include <core/records/file_store.h>

#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Tandem::Ui {

namespace {

enum Column { NameColumn, KindColumn, SizeColumn, AddedColumn, ByColumn };

} // namespace

CandidateFilesPanel::CandidateFilesPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_message(new InlineMessage(this))
    , m_stack(new QStackedWidget(this))
    , m_files(new QTreeWidget(this))
    , m_empty(new QLabel(tr("No files yet. Add a resume or an attachment, or drop files here."), this))
    , m_add(new QPushButton(tr("Add Files…"), this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_save(new QPushButton(tr("Save As…"), this))
    , m_remove(new QPushButton(tr("Remove…"), this))
{
    setObjectName(QStringLiteral("filesPanel"));
    setAcceptDrops(true);
    m_files->setObjectName(QStringLiteral("filesList"));
    m_files->setRootIsDecorated(false);
    m_files->setUniformRowHeights(true);
    m_files->setHeaderLabels({tr("Name"), tr("Kind"), tr("Size"), tr("Added"), tr("By")});
    m_files->header()->setStretchLastSection(false);
    m_files->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column : {KindColumn, SizeColumn, AddedColumn, ByColumn})
        m_files->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_files);
    m_stack->addWidget(m_empty);

    m_add->setObjectName(QStringLiteral("addFilesButton"));
    connect(m_add, &QPushButton::clicked, this, &CandidateFilesPanel::chooseFiles);
    connect(m_open, &QPushButton::clicked, this, &CandidateFilesPanel::openCurrent);
    connect(m_save, &QPushButton::clicked, this, &CandidateFilesPanel::saveCurrent);
    connect(m_remove, &QPushButton::clicked, this, &CandidateFilesPanel::removeCurrent);
    connect(m_files, &QTreeWidget::itemSelectionChanged, this, &CandidateFilesPanel::updateButtons);
    connect(m_files, &QTreeWidget::itemActivated, this, &CandidateFilesPanel::openCurrent);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void CandidateFilesPanel::showCandidate(qint64 candidateId)
{
    m_candidateId = candidateId;
    m_message->clear();
    reload();
}

int CandidateFilesPanel::fileCount() const
{
    return m_files->topLevelItemCount();
}

void CandidateFilesPanel::reload()
{
    m_files->clear();
    if (m_candidateId != 0) {
        auto files = FileStore(m_session.db(), m_session.actor()).forCandidate(m_candidateId);
        if (!files) {
            m_message->showMessage(files.error().text());
        } else {
            const QLocale locale;
            for (const CandidateFile &file : *files) {
                auto *item = new QTreeWidgetItem(m_files);
                item->setText(NameColumn, file.fileName);
                item->setToolTip(NameColumn, tr("%1\nSHA-256 %2").arg(file.mimeType, file.sha256));
                item->setText(KindColumn, CandidateFile::label(file.kind));
                item->setText(SizeColumn, locale.formattedDataSize(file.size));
                item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
                item->setText(AddedColumn, locale.toString(file.addedAt.toLocalTime(), QLocale::ShortFormat));
                item->setText(ByColumn, file.addedByName);
                item->setData(NameColumn, Qt::UserRole, file.id);
            }
        }
    }
    m_stack->setCurrentWidget(m_files->topLevelItemCount() > 0 ? static_cast<QWidget *>(m_files) : m_empty);
    updateButtons();
}

qint64 CandidateFilesPanel::currentFileId() const
{
    const QTreeWidgetItem *item = m_files->currentItem();
    return item && item->isSelected() ? item->data(NameColumn, Qt::UserRole).toLongLong() : 0;
}

void CandidateFilesPanel::updateButtons()
{
    const bool chosen = currentFileId() != 0;
    m_add->setEnabled(m_candidateId != 0);
    m_open->setEnabled(chosen);
    m_save->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

int CandidateFilesPanel::addFiles(const QStringList &paths)
{
    if (m_candidateId == 0)
        return 0;
    FileStore store(m_session.db(), m_session.actor());
    QStringList refused;
    int added = 0;
    for (const QString &path : paths) {
        // "Ada_CV.pdf", "resume-2026.docx": named as a resume, kept as one.
        const QString name = QFileInfo(path).completeBaseName();
        const auto kind = name.contains(QStringLiteral("resume"), Qt::CaseInsensitive)
                                  || name.contains(QStringLiteral("résumé"), Qt::CaseInsensitive)
                                  || name.contains(QRegularExpression(QStringLiteral("(^|[^a-z])cv([^a-z]|$)"),
                                                                      QRegularExpression::CaseInsensitiveOption))
                              ? CandidateFile::Kind::Resume
                              : CandidateFile::Kind::Attachment;
        if (auto file = store.addFromDisk(m_candidateId, path, kind))
            ++added;
        else
            refused << file.error().text();
    }
    reload();
    if (!refused.isEmpty())
        m_message->showMessage(refused.join(QLatin1Char('\n')));
    else
        m_message->clear();
    if (added > 0)
        emit changed();
    return added;
}

void CandidateFilesPanel::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add Files"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Documents (*.pdf *.docx *.doc *.odt *.rtf *.txt *.html *.htm *.png *.jpg *.jpeg);;All files (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void CandidateFilesPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_candidateId != 0 && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void CandidateFilesPanel::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        addFiles(paths);
        event->acceptProposedAction();
    }
}

void CandidateFilesPanel::openCurrent()
{
    const qint64 id = currentFileId();
    if (id == 0)
        return;
    FileStore store(m_session.db(), m_session.actor());
    auto file = store.get(id);
    auto bytes = store.read(id);
    if (!file || !bytes) {
        showError(this, tr("Open File"), file ? bytes.error() : file.error());
        return;
    }
    // A private folder per content, so two files with one name never overwrite each other.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("tandem-files/") + file->sha256.left(16));
    QDir().mkpath(folder);
    QFile copy(QDir(folder).filePath(file->fileName));
    if (!copy.open(QIODevice::WriteOnly) || copy.write(*bytes) != bytes->size()) {
        showError(this, tr("Open File"),
                  Error{ErrorCode::Io, tr("Cannot write a copy of \"%1\" to open it: %2").arg(file->fileName, copy.errorString()),
                        tr("Use Save As… to keep a copy somewhere else.")});
        return;
    }
    copy.close();
    QDesktopServices::openUrl(QUrl::fromLocalFile(copy.fileName()));
}

void CandidateFilesPanel::saveCurrent()
{
    const qint64 id = currentFileId();
    if (id == 0)
        return;
    FileStore store(m_session.db(), m_session.actor());
    auto file = store.get(id);
    if (!file) {
        showError(this, tr("Save File"), file.error());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save File"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(file->fileName));
    if (path.isEmpty())
        return;
    auto bytes = store.read(id);
    if (!bytes) {
        showError(this, tr("Save File"), bytes.error());
        return;
    }
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size()) {
        showError(this, tr("Save File"),
                  Error{ErrorCode::Io, tr("Cannot write \"%1\": %2").arg(path, out.errorString()),
                        tr("Choose a folder you can write to.")});
        return;
    }
}

void CandidateFilesPanel::removeCurrent()
{
    const qint64 id = currentFileId();
    if (id == 0)
        return;
    const QString name = m_files->currentItem()->text(NameColumn);
    if (!confirm(this, tr("Remove File"), tr("Remove \"%1\" from this candidate?").arg(name),
                 tr("It disappears from the profile; the audit trail keeps a record of it."), tr("Remove")))
        return;
    if (auto removed = FileStore(m_session.db(), m_session.actor()).remove(id); !removed) {
        showError(this, tr("Remove File"), removed.error());
        return;
    }
    reload();
    emit changed();
}

} // namespace Tandem::Ui
