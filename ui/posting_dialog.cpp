#include "posting_dialog.h"

#include <ui/inline_message.h>
#include <ui/message_boxes.h>
#include <ui/session.h>

#include <core/posting/job_posting_source.h>
#include <core/records/requisition_service.h>

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Tandem::Ui {
namespace {

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, QObject::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                    QObject::tr("Choose a folder you may write to."));
    return {};
}

// A file name from the title: "Senior Backend Engineer" -> "senior-backend-engineer".
QString slug(const QString &title)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString s = title.toLower().replace(other, QStringLiteral("-"));
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s.isEmpty() ? QStringLiteral("job") : s.left(60);
}

} // namespace

PostingDialog::PostingDialog(Session &session, qint64 requisitionId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_requisitionId(requisitionId)
    , m_message(new InlineMessage(this))
    , m_state(new QLabel(this))
    , m_organization(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_preview(new QTextBrowser(this))
    , m_json(new QPlainTextEdit(this))
{
    m_state->setObjectName(QStringLiteral("postingState"));
    m_state->setTextFormat(Qt::PlainText);
    m_organization->setObjectName(QStringLiteral("organization"));
    m_organization->setPlaceholderText(tr("The employer candidates will see, e.g. Acme Talent"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setOpenLinks(false);
    m_json->setObjectName(QStringLiteral("jsonLd"));
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_preview, tr("&Page"));
    m_tabs->addTab(m_json, tr("&JSON-LD"));

    m_publish = new QPushButton(tr("P&ublish"), this);
    m_publish->setObjectName(QStringLiteral("publish"));
    connect(m_publish, &QPushButton::clicked, this, [this] {
        if (auto ok = publish(); !ok)
            m_message->showMessage(ok.error().text());
    });
    connect(m_organization, &QLineEdit::editingFinished, this, [this] {
        saveOrganization();
        refreshPreview();
    });
    auto *top = new QFormLayout;
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_publish);
    top->addRow(tr("Status:"), stateRow);
    top->addRow(tr("&Hiring organization:"), m_organization);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveHtml = buttons->addButton(tr("Save &HTML…"), QDialogButtonBox::ActionRole);
    m_saveJson = buttons->addButton(tr("Save JSON-&LD…"), QDialogButtonBox::ActionRole);
    m_saveFeed = buttons->addButton(tr("Save &feed…"), QDialogButtonBox::ActionRole);
    m_saveFeed->setToolTip(tr("An XML job feed of every published open requisition, for job boards"));
    connect(buttons, &QDialogButtonBox::rejected, this, &PostingDialog::reject);
    connect(m_saveHtml, &QPushButton::clicked, this, [this] {
        chooseAndSave(tr("Save job page"), slug(m_requisition.title) + QStringLiteral(".html"), tr("HTML pages (*.html)"),
                      &PostingDialog::saveHtml);
    });
    connect(m_saveJson, &QPushButton::clicked, this, [this] {
        chooseAndSave(tr("Save JSON-LD"), slug(m_requisition.title) + QStringLiteral(".jsonld"),
                      tr("JSON-LD (*.jsonld *.json)"), &PostingDialog::saveJsonLd);
    });
    connect(m_saveFeed, &QPushButton::clicked, this, [this] {
        chooseAndSave(tr("Save job feed"), QStringLiteral("jobs.xml"), tr("XML feeds (*.xml)"), &PostingDialog::saveFeed);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, std::min(fontMetrics().lineSpacing() * 32, 640));
    // Left empty until the agency names itself, so the default is never stored as its name.
    if (auto loaded = JobPostingSource(session.db()).options();
        loaded && loaded->organizationName != JobPostingSource::defaultOrganizationName())
        m_organization->setText(loaded->organizationName);
    reload();
}

PostingDialog::~PostingDialog()
{
    // Hiding the dialog takes the focus from the organization field, whose editingFinished
    // would otherwise reach this half-destroyed dialog.
    m_organization->disconnect(this);
}

void PostingDialog::showFor(Session &session, qint64 requisitionId, QWidget *parent)
{
    PostingDialog dialog(session, requisitionId, parent);
    dialog.exec();
}

PostingOptions PostingDialog::options() const
{
    PostingOptions o;
    if (auto stored = JobPostingSource(m_session.db()).options())
        o = *stored;
    if (!m_organization->text().trimmed().isEmpty())
        o.organizationName = m_organization->text().trimmed();
    return o;
}

void PostingDialog::saveOrganization()
{
    const QString name = m_organization->text().trimmed();
    if (name.isEmpty())
        return;
    if (auto ok = JobPostingSource(m_session.db()).setOption(QStringLiteral("posting.organization_name"), name); !ok)
        m_message->showMessage(ok.error().text(), InlineMessage::Kind::Warning);
}

void PostingDialog::reload()
{
    auto r = RequisitionService(m_session.db(), m_session.actor()).get(m_requisitionId);
    if (!r) {
        m_message->showMessage(r.error().text());
        return;
    }
    m_requisition = *r;
    setWindowTitle(tr("Job posting: %1").arg(m_requisition.title));
    const bool open = m_requisition.status == RequisitionStatus::Open;
    const bool published = m_requisition.publishedAt.isValid() && open;
    if (published)
        m_state->setText(tr("Published %1").arg(QLocale().toString(m_requisition.publishedAt.toLocalTime().date(),
                                                                   QLocale::LongFormat)));
    else if (open)
        m_state->setText(tr("Not published yet; publishing adds it to the job feed."));
    else
        m_state->setText(tr("%1: only open requisitions are published. This is a preview.").arg(label(m_requisition.status)));
    m_state->setToolTip(published ? tr("After changing the requisition, save the page and the feed again.") : QString());
    m_publish->setText(m_requisition.publishedAt.isValid() && open ? tr("Publish &again") : tr("P&ublish"));
    m_publish->setEnabled(open);
    for (QPushButton *b : {m_saveHtml, m_saveJson})
        b->setEnabled(published);
    refreshPreview();
}

void PostingDialog::refreshPreview()
{
    const PostingOptions o = options();
    // The preview shows the page for people; the JSON-LD has its own tab.
    static const QRegularExpression script(QStringLiteral("<script[^>]*>.*?</script>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    m_preview->setHtml(Posting::jobPostingHtml(m_requisition, o).remove(script));
    m_json->setPlainText(QString::fromUtf8(Posting::jobPostingJsonLdDocument(m_requisition, o)));
}

Status PostingDialog::publish()
{
    saveOrganization();
    auto published = RequisitionService(m_session.db(), m_session.actor()).publish(m_requisition.id, m_requisition.version);
    if (!published)
        return std::unexpected(published.error());
    m_message->clear();
    reload();
    return {};
}

Status PostingDialog::saveHtml(const QString &path)
{
    return writeFile(path, Posting::jobPostingHtml(m_requisition, options()).toUtf8());
}

Status PostingDialog::saveJsonLd(const QString &path)
{
    return writeFile(path, Posting::jobPostingJsonLdDocument(m_requisition, options()));
}

Status PostingDialog::saveFeed(const QString &path)
{
    auto jobs = JobPostingSource(m_session.db()).publishedOpen();
    if (!jobs)
        return std::unexpected(jobs.error());
    return writeFile(path, Posting::jobFeedXml(*jobs, options()));
}

void PostingDialog::chooseAndSave(const QString &caption, const QString &suggestedName, const QString &filter,
                                  Status (PostingDialog::*save)(const QString &))
{
    saveOrganization();
    const QString path = QFileDialog::getSaveFileName(this, caption, QDir::home().filePath(suggestedName), filter);
    if (path.isEmpty())
        return;
    if (auto ok = (this->*save)(path); !ok) {
        m_message->showMessage(ok.error().text());
        return;
    }
    m_message->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), InlineMessage::Kind::Information);
}

} // namespace Tandem::Ui
