#include "candidate_detail_pane.h"

#include <ui/add_to_requisition_dialog.h>
#include <ui/candidate_applications_panel.h>
#include <ui/candidate_files_panel.h>
#include <ui/candidate_notes_panel.h>
#include <ui/candidate_background_section.h>
#include <ui/consent_section.h>
#include <ui/empty_state.h>
#include <ui/flow_layout.h>
#include <ui/inline_message.h>
#include <ui/interview_panel.h>
#include <ui/message_boxes.h>
#include <ui/note_dialog.h>
#include <ui/offers_panel.h>
#include <ui/session.h>
#include <ui/timeline_delegate.h>

#include <core/models/timeline_model.h>
#include <core/records/activity_log.h>
#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/requisition_service.h>
#include <core/records/tag_service.h>

#include <QCompleter>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Tandem::Ui {
namespace {

const QString tabKey = QStringLiteral("candidates/profileTab");

// Candidate data is shown exactly as typed and can be selected and copied.
QLabel *valueLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *chipLabel(const QString &text, QWidget *parent)
{
    auto *chip = new QLabel(text, parent);
    chip->setTextFormat(Qt::PlainText);
    // Palette colours, so chips follow light and dark themes; sizes in font units.
    chip->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 0.6em;"
                                       " padding: 0.1em 0.6em; background: palette(alternate-base); }"));
    return chip;
}

// A tab page in a scroll area: the tab widget's minimum width is its widest page's, and
// panels with a row of buttons would otherwise hold the whole profile (and the candidate
// list beside it) wider than it needs to be.
QScrollArea *scrollable(QWidget *page, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    return scroll;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

// "https://www.linkedin.com/in/ada" reads as "linkedin.com/in/ada".
QString shortUrl(const QString &url)
{
    QString text = url.trimmed();
    for (const QLatin1String prefix : {QLatin1String("https://"), QLatin1String("http://"), QLatin1String("www.")}) {
        if (text.startsWith(prefix, Qt::CaseInsensitive))
            text.remove(0, prefix.size());
    }
    if (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

QString dateText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

} // namespace

CandidateDetailPane::CandidateDetailPane(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_timeline(new TimelineModel(session.db(), this))
{
    setObjectName(QStringLiteral("candidateDetailPane"));
    m_profile = buildProfile();
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_profile);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showCandidate(0);
}

QWidget *CandidateDetailPane::buildProfile()
{
    auto *profile = new QWidget(this);
    m_message = new InlineMessage(profile);
    m_tabs = new QTabWidget(profile);
    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    m_tabs->setDocumentMode(true);

    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildDetails());
    m_overviewTab = scroll;
    m_tabs->addTab(scroll, tr("Overview"));

    m_applicationsPanel = new CandidateApplicationsPanel(m_session);
    m_tabs->addTab(scrollable(m_applicationsPanel, m_tabs), tr("Applications"));
    connect(m_applicationsPanel, &CandidateApplicationsPanel::openPipelineRequested, this,
            &CandidateDetailPane::openPipelineRequested);

    m_timelineTab = buildTimeline();
    m_tabs->addTab(m_timelineTab, tr("Timeline"));

    m_notesPanel = new CandidateNotesPanel(m_session, m_tabs);
    m_tabs->addTab(m_notesPanel, tr("Notes"));
    connect(m_notesPanel, &CandidateNotesPanel::changed, this, [this] {
        m_timeline->refresh();
        updateTimelineState();
        emit changed();
    });

    m_filesPanel = new CandidateFilesPanel(m_session);
    m_tabs->addTab(scrollable(m_filesPanel, m_tabs), tr("Files"));
    connect(m_filesPanel, &CandidateFilesPanel::changed, this, [this] {
        m_timeline->refresh();
        updateTimelineState();
        emit changed();
    });
    m_interviewsPanel = new InterviewsPanel(m_session);
    const int interviews = m_tabs->addTab(scrollable(m_interviewsPanel, m_tabs), tr("Interviews"));
    m_tabs->setTabToolTip(interviews, tr("Interviews and scorecards"));
    connect(m_interviewsPanel, &InterviewsPanel::changed, this, [this] {
        m_timeline->refresh();
        updateTimelineState();
        emit changed();
    });

    m_offersPanel = new OffersPanel(m_session, nullptr);
    m_tabs->addTab(scrollable(m_offersPanel, m_tabs), tr("Offers"));
    // Accepting an offer hires the application: the applications, files and timeline change.
    connect(m_offersPanel, &OffersPanel::changed, this, [this] {
        reload();
        emit changed();
    });
    m_tabs->setCurrentIndex(QSettings().value(tabKey, 0).toInt());

    auto *layout = new QVBoxLayout(profile);
    layout->addWidget(buildHeader());
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    return profile;
}

QWidget *CandidateDetailPane::buildHeader()
{
    auto *header = new QWidget(m_profile);
    m_name = valueLabel(header, "candidateName");
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_headline = valueLabel(header, "candidateHeadline");
    m_location = valueLabel(header, "candidateLocation");
    m_location->setForegroundRole(QPalette::PlaceholderText);

    m_edit = new QPushButton(tr("&Edit…"), header);
    m_edit->setToolTip(tr("Edit this candidate's details"));
    m_note = new QPushButton(tr("Add &note…"), header);
    m_note->setObjectName(QStringLiteral("addNoteButton"));
    m_addToRequisition = new QPushButton(tr("Add to &Requisition…"), header);
    m_addToRequisition->setObjectName(QStringLiteral("profileAddToRequisition"));
    m_addToRequisition->setToolTip(tr("Put this candidate into a requisition's pipeline"));
    connect(m_addToRequisition, &QPushButton::clicked, this, &CandidateDetailPane::addToRequisition);
    m_archive = new QPushButton(tr("Arc&hive…"), header);
    m_archive->setToolTip(tr("Remove this candidate from lists and searches; the record and its history are kept"));
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_candidate.id); });
    connect(m_note, &QPushButton::clicked, this, &CandidateDetailPane::addNote);
    connect(m_archive, &QPushButton::clicked, this, [this] { emit archiveRequested(m_candidate.id); });

    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    names->addWidget(m_name);
    names->addWidget(m_headline);
    names->addWidget(m_location);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_note);
    buttons->addWidget(m_addToRequisition);
    buttons->addWidget(m_archive);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(names);
    layout->addLayout(buttons);
    return header;
}

QWidget *CandidateDetailPane::buildDetails()
{
    auto *details = new QWidget;
    m_email = valueLabel(details, "candidateEmail");
    m_phone = valueLabel(details, "candidatePhone");
    m_linkedin = valueLabel(details, "candidateLinkedin");
    m_openLinkedin = new QToolButton(details);
    m_openLinkedin->setText(tr("Open"));
    m_openLinkedin->setToolTip(tr("Open the LinkedIn profile in the web browser"));
    connect(m_openLinkedin, &QToolButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl(m_candidate.linkedinUrl)); });
    m_source = valueLabel(details, "candidateSource");
    m_stage = valueLabel(details, "candidateStage");
    m_years = valueLabel(details, "candidateYears");
    m_added = valueLabel(details, "candidateAdded");

    // Addresses stay on one line (they have no spaces to wrap at); the shown form drops the
    // scheme and "www." so it usually fits.
    // A narrow pane clips the end of a long one rather than growing a horizontal scroll bar;
    // the whole address can still be selected and copied.
    for (QLabel *label : {m_linkedin, m_email}) {
        label->setWordWrap(false);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    auto *linkedinRow = new QHBoxLayout;
    linkedinRow->addWidget(m_linkedin, 1);
    linkedinRow->addWidget(m_openLinkedin);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Email:"), m_email);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("LinkedIn:"), linkedinRow);
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Stage:"), m_stage);
    form->addRow(tr("Experience:"), m_years);
    form->addRow(tr("Added:"), m_added);

    m_skills = new QWidget(details);
    m_skillsLayout = new FlowLayout(m_skills);
    m_noSkills = new QLabel(tr("No skills recorded."), details);
    m_noSkills->setForegroundRole(QPalette::PlaceholderText);

    m_applications = new QWidget(details);
    m_applicationsLayout = new QGridLayout(m_applications);
    m_applicationsLayout->setContentsMargins(0, 0, 0, 0);
    m_noApplications = new QLabel(tr("Not in any requisition yet."), details);
    m_noApplications->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(details);
    // Keeps text clear of the tab bar above and of the scroll bar when the profile is taller
    // than the pane.
    layout->setContentsMargins(0, fontMetrics().height() / 2, fontMetrics().averageCharWidth() * 2, 0);
    layout->addLayout(form);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(headingLabel(tr("Skills"), details));
    layout->addWidget(m_skills);
    layout->addWidget(m_noSkills);
    m_background = new CandidateBackgroundSection(m_session, details);
    layout->addWidget(m_background);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(buildTags(details));
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(headingLabel(tr("Consent"), details));
    m_consent = new ConsentSection(m_session, details);
    connect(m_consent, &ConsentSection::changed, this, [this] {
        m_timeline->refresh();
        updateTimelineState();
        emit changed();
    });
    layout->addWidget(m_consent);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(headingLabel(tr("Applications"), details));
    layout->addWidget(m_applications);
    layout->addWidget(m_noApplications);
    layout->addStretch();
    return details;
}

QWidget *CandidateDetailPane::buildTimeline()
{
    auto *box = new QWidget(m_tabs);
    m_timelineTitle = headingLabel(tr("Timeline"), box);
    m_timelineTitle->hide(); // the tab names it
    m_timelineView = new QListView(box);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(new TimelineDelegate(m_timelineView));
    m_timelineView->setUniformItemSizes(true);
    m_timelineView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *noActivity = new QLabel(tr("No activity yet. Notes, emails and stage changes will appear here."), box);
    noActivity->setWordWrap(true);
    noActivity->setAlignment(Qt::AlignCenter);
    noActivity->setForegroundRole(QPalette::PlaceholderText);
    m_timelineStack = new QStackedWidget(box);
    m_timelineStack->addWidget(m_timelineView);
    m_timelineStack->addWidget(noActivity);
    connect(m_timeline, &QAbstractItemModel::modelReset, this, &CandidateDetailPane::updateTimelineState);
    connect(m_timeline, &QAbstractItemModel::rowsInserted, this, &CandidateDetailPane::updateTimelineState);
    connect(m_timeline, &QAbstractItemModel::rowsRemoved, this, &CandidateDetailPane::updateTimelineState);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, fontMetrics().height() / 2, 0, 0);
    layout->addWidget(m_timelineStack, 1);
    return box;
}

void CandidateDetailPane::showEmpty(const QString &title, const QString &message)
{
    m_candidate = Candidate{};
    m_empty->setTitle(title);
    m_empty->setMessage(message);
    m_stack->setCurrentWidget(m_empty);
}

void CandidateDetailPane::showCandidate(qint64 id)
{
    if (id == 0) {
        m_interviewsPanel->showCandidate(0);
        m_offersPanel->showCandidate(0);
        showEmpty(tr("Select a candidate to see their profile"),
                  tr("Their contact details, skills, applications and timeline appear here."));
        return;
    }
    auto candidate = CandidateService(m_session.db(), m_session.actor()).get(id);
    if (!candidate) {
        showEmpty(tr("This candidate cannot be shown"), candidate.error().text());
        return;
    }
    fill(*candidate);
}

void CandidateDetailPane::reload()
{
    showCandidate(m_candidate.id);
}

void CandidateDetailPane::fill(const Candidate &c)
{
    m_candidate = c;
    m_message->clear();
    m_name->setText(c.displayName());
    QString headline;
    if (!c.currentTitle.isEmpty() && !c.currentCompany.isEmpty())
        headline = tr("%1 at %2").arg(c.currentTitle, c.currentCompany);
    else
        headline = c.currentTitle.isEmpty() ? c.currentCompany : c.currentTitle;
    m_headline->setText(headline);
    m_headline->setVisible(!headline.isEmpty());
    QStringList place;
    for (const QString &part : {c.city, c.country}) {
        if (!part.isEmpty())
            place.append(part);
    }
    m_location->setText(place.join(QStringLiteral(", ")));
    m_location->setVisible(!place.isEmpty());

    m_email->setText(orDash(c.email));
    m_phone->setText(orDash(c.phone));
    m_linkedin->setText(orDash(shortUrl(c.linkedinUrl)));
    const QUrl linkedin(c.linkedinUrl);
    m_openLinkedin->setVisible(linkedin.isValid()
                               && (linkedin.scheme() == QLatin1String("https") || linkedin.scheme() == QLatin1String("http")));
    m_source->setText(orDash(c.source));
    m_stage->setText(label(c.stage));
    m_years->setText(c.yearsExperience
                         ? tr("%1 years").arg(QLocale().toString(*c.yearsExperience, 'g', QLocale::FloatingPointShortest))
                         : QStringLiteral("—"));
    m_added->setText(orDash(dateText(c.createdAt)));
    fillSkills(c.skills);
    m_background->showCandidate(c.id);
    fillApplications(c.id);
    fillTags();
    m_consent->showCandidate(c.id);
    m_timeline->setCandidate(c.id);
    m_applicationsPanel->showCandidate(c.id);
    m_notesPanel->showCandidate(c.id);
    m_filesPanel->showCandidate(c.id);
    m_interviewsPanel->showCandidate(c.id);
    m_offersPanel->showCandidate(c.id);
    updateTimelineState();
    m_stack->setCurrentWidget(m_profile);
}

void CandidateDetailPane::fillSkills(const QStringList &skills)
{
    while (QLayoutItem *item = m_skillsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &skill : skills)
        m_skillsLayout->addWidget(chipLabel(skill, m_skills));
    m_skills->setVisible(!skills.isEmpty());
    m_noSkills->setVisible(skills.isEmpty());
}

void CandidateDetailPane::fillApplications(qint64 candidateId)
{
    while (QLayoutItem *item = m_applicationsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto applications = ApplicationService(m_session.db(), m_session.actor()).forCandidate(candidateId);
    if (!applications) {
        m_message->showMessage(applications.error().text());
        m_applications->hide();
        m_noApplications->hide();
        return;
    }
    RequisitionService requisitions(m_session.db(), m_session.actor());
    const QStringList headings = {tr("Requisition"), tr("Stage"), tr("Status"), tr("Applied")};
    for (int column = 0; column < headings.size(); ++column) {
        QLabel *heading = headingLabel(headings.at(column), m_applications);
        heading->setForegroundRole(QPalette::PlaceholderText);
        m_applicationsLayout->addWidget(heading, 0, column);
    }
    int row = 1;
    for (const Application &application : *applications) {
        QString title = tr("Requisition no longer available");
        QString stageName;
        if (auto requisition = requisitions.get(application.requisitionId))
            title = requisition->title;
        if (auto stages = requisitions.stages(application.requisitionId)) {
            for (const Stage &stage : *stages) {
                if (stage.id == application.stageId)
                    stageName = stage.name;
            }
        }
        const QStringList cells = {title, orDash(stageName), label(application.status), dateText(application.appliedAt)};
        for (int column = 0; column < cells.size(); ++column) {
            QLabel *cell = valueLabel(m_applications, "applicationCell");
            cell->setText(cells.at(column));
            cell->setWordWrap(column == 0); // only the requisition title may need two lines
            m_applicationsLayout->addWidget(cell, row, column);
        }
        ++row;
    }
    m_applicationsLayout->setColumnStretch(0, 3);
    m_applicationsLayout->setColumnStretch(1, 2);
    m_applicationsLayout->setColumnStretch(2, 1);
    m_applicationsLayout->setColumnStretch(3, 1);
    m_applications->setVisible(!applications->isEmpty());
    m_noApplications->setVisible(applications->isEmpty());
}

void CandidateDetailPane::updateTimelineState()
{
    const int count = m_timeline->rowCount();
    m_timelineTitle->setText(count > 0 ? tr("Timeline (%1)").arg(QLocale().toString(count)) : tr("Timeline"));
    m_timelineStack->setCurrentIndex(count > 0 ? 0 : 1);
    updateTabTitles();
}

void CandidateDetailPane::addNote()
{
    if (m_candidate.id == 0)
        return;
    NoteDialog dialog(m_candidate.displayName(), this);
    // A refused note reopens the dialog with the text still in it: nothing typed is lost.
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return;
        auto note = ActivityLog(m_session.db(), m_session.actor()).addNote(m_candidate.id, dialog.text());
        if (note)
            break;
        showError(this, tr("Add note"), note.error());
    }
    m_timeline->refresh();
    m_notesPanel->showCandidate(m_candidate.id);
    updateTimelineState();
    m_timelineView->scrollToTop();
    emit changed();
}

void CandidateDetailPane::addToRequisition()
{
    if (m_candidate.id == 0)
        return;
    AddToRequisitionDialog dialog(m_session, {m_candidate.id}, m_candidate.displayName(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.addedCount() == 0)
        return;
    reload();
    emit changed();
}

QWidget *CandidateDetailPane::buildTags(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *heading = headingLabel(tr("Tags"), box);
    auto *edit = new QToolButton(box);
    edit->setObjectName(QStringLiteral("editTagsButton"));
    edit->setText(tr("Edit…"));
    edit->setToolTip(tr("Add or remove this candidate's tags"));
    edit->setAutoRaise(true);
    connect(edit, &QToolButton::clicked, this, &CandidateDetailPane::editTags);
    m_tags = new QWidget(box);
    m_tagsLayout = new FlowLayout(m_tags);
    auto *title = new QHBoxLayout;
    title->addWidget(heading);
    title->addWidget(edit);
    title->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(title);
    layout->addWidget(m_tags);
    return box;
}

void CandidateDetailPane::fillTags()
{
    while (QLayoutItem *item = m_tagsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto tags = TagService(m_session.db(), m_session.actor()).tagsOf(m_candidate.id);
    if (!tags) {
        m_message->showMessage(tags.error().text());
        return;
    }
    if (tags->isEmpty()) {
        auto *none = new QLabel(tr("No tags."), m_tags);
        none->setForegroundRole(QPalette::PlaceholderText);
        m_tagsLayout->addWidget(none);
    }
    for (const QString &tag : *tags)
        m_tagsLayout->addWidget(chipLabel(tag, m_tags));
}

void CandidateDetailPane::editTags()
{
    if (m_candidate.id == 0)
        return;
    TagService tags(m_session.db(), m_session.actor());
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Tags of %1").arg(m_candidate.displayName()));
    auto *edit = new QLineEdit(&dialog);
    edit->setObjectName(QStringLiteral("tagsEdit"));
    edit->setPlaceholderText(tr("e.g. referral, relocating, returner"));
    edit->setText(tags.tagsOf(m_candidate.id).value_or(QStringList()).join(QStringLiteral(", ")));
    edit->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    // Completes the word after the last comma from the tags already in use.
    auto *completer = new QCompleter(tags.allTags().value_or(QStringList()), edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setWidget(edit);
    connect(edit, &QLineEdit::textEdited, completer, [edit, completer](const QString &text) {
        const QString last = text.section(QLatin1Char(','), -1).trimmed();
        if (last.isEmpty())
            return;
        completer->setCompletionPrefix(last);
        completer->complete();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), edit, [edit](const QString &tag) {
        QStringList parts = edit->text().split(QLatin1Char(','));
        parts.last() = QLatin1Char(' ') + tag;
        edit->setText(parts.join(QLatin1Char(',')).trimmed() + QStringLiteral(", "));
    });
    auto *hint = new QLabel(tr("Separate tags with commas."), &dialog);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(edit);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return;
        auto saved = tags.setTags(m_candidate.id, edit->text().split(QLatin1Char(',')));
        if (saved)
            break;
        showError(this, tr("Tags"), saved.error());
    }
    fillTags();
    emit changed();
}

int CandidateDetailPane::tabIndexOf(QWidget *panel) const
{
    // A panel may sit in a scroll area's viewport; the tab is the scroll area.
    for (QWidget *w = panel; w; w = w->parentWidget()) {
        if (const int index = m_tabs->indexOf(w); index >= 0)
            return index;
    }
    return -1;
}

void CandidateDetailPane::showTabOf(QWidget *panel)
{
    if (const int index = tabIndexOf(panel); index >= 0)
        m_tabs->setCurrentIndex(index);
}

void CandidateDetailPane::updateTabTitles()
{
    auto tabOf = [this](QWidget *panel) { return tabIndexOf(panel); };
    auto titled = [](const QString &name, int count) {
        return count > 0 ? QStringLiteral("%1 (%2)").arg(name, QLocale().toString(count)) : name;
    };
    m_tabs->setTabText(tabOf(m_applicationsPanel), titled(tr("Applications"), m_applicationsPanel->applicationCount()));
    m_tabs->setTabText(m_tabs->indexOf(m_timelineTab), titled(tr("Timeline"), m_timeline->rowCount()));
    m_tabs->setTabText(tabOf(m_notesPanel), titled(tr("Notes"), m_notesPanel->noteCount()));
    m_tabs->setTabText(tabOf(m_filesPanel), titled(tr("Files"), m_filesPanel->fileCount()));
}

void CandidateDetailPane::saveSettings() const
{
    QSettings().setValue(tabKey, m_tabs->currentIndex());
}

} // namespace Tandem::Ui
