#include "interview_panel.h"

#include <core/calendar/invitation_writer.h>
#include <core/records/application_service.h>
#include <core/records/interview_service.h>
#include <core/records/requisition_service.h>
#include <core/records/scorecard_service.h>
#include <ui/empty_state.h>
#include <ui/inline_message.h>
#include <ui/interview_schedule_dialog.h>
#include <ui/interview_text.h>
#include <ui/scorecard_dialog.h>
#include <ui/session.h>

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tandem::Ui {
namespace {

enum Column { When, Title, Interviewers, StatusColumn, RequisitionColumn, ColumnCount };

// A light wash of a verdict colour over the base colour: readable in light and dark palettes.
QColor wash(const QColor &tint, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(base.redF() * 0.78f + tint.redF() * 0.22f,
                            base.greenF() * 0.78f + tint.greenF() * 0.22f,
                            base.blueF() * 0.78f + tint.blueF() * 0.22f);
}

QColor ratingTint(int rating)
{
    switch (rating) {
    case 1:
        return QColor(0xdc, 0x26, 0x26);
    case 2:
        return QColor(0xf5, 0x9e, 0x0b);
    case 3:
        return QColor(0x84, 0xcc, 0x16);
    case 4:
        return QColor(0x16, 0xa3, 0x4a);
    default:
        return {};
    }
}

int recommendationScore(Recommendation r)
{
    switch (r) {
    case Recommendation::StrongNo:
        return 1;
    case Recommendation::No:
        return 2;
    case Recommendation::Yes:
        return 3;
    case Recommendation::StrongYes:
        return 4;
    case Recommendation::None:
        return 0;
    }
    return 0;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

InterviewsPanel::InterviewsPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    buildLayout();
    connect(&m_session.changes(), &ChangeFeed::changed, this,
            [this](const QString &entityType, const QString &) {
                if (m_candidateId > 0
                    && (entityType == QLatin1String("interview") || entityType == QLatin1String("scorecard")))
                    reload();
            });
    connect(&m_session.changes(), &ChangeFeed::resynced, this, [this] {
        if (m_candidateId > 0)
            reload();
    });
}

void InterviewsPanel::buildLayout()
{
    m_message = new InlineMessage(this);
    m_pages = new QStackedWidget(this);
    m_empty = new EmptyState(m_pages);
    m_empty->setObjectName(QStringLiteral("interviewsEmpty"));
    connect(m_empty->addButton(tr("Schedule interview…")), &QPushButton::clicked, this,
            &InterviewsPanel::scheduleClicked);
    m_pages->addWidget(m_empty);

    auto *content = new QWidget(m_pages);
    m_schedule = new QPushButton(tr("&Schedule interview…"), content);
    m_schedule->setObjectName(QStringLiteral("scheduleInterview"));
    connect(m_schedule, &QPushButton::clicked, this, &InterviewsPanel::scheduleClicked);
    auto *top = new QHBoxLayout;
    top->addWidget(heading(tr("Interviews"), content));
    top->addStretch(1);
    top->addWidget(m_schedule);

    m_list = new QTreeWidget(content);
    m_list->setObjectName(QStringLiteral("interviewList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("When"), tr("Interview"), tr("Interviewers"), tr("Status"), tr("Requisition")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &InterviewsPanel::updateActions);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (const InterviewDetails *d = selected();
            d && m_application->findData(d->interview.applicationId) >= 0)
            showScorecardsFor(d->interview.applicationId);
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { fillScorecard(); });

    auto makeButton = [content](const QString &text, const char *name) {
        auto *b = new QPushButton(text, content);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_reschedule = makeButton(tr("&Reschedule…"), "reschedule");
    m_cancel = makeButton(tr("&Cancel interview…"), "cancelInterview");
    m_complete = makeButton(tr("Mark co&mpleted"), "complete");
    m_export = makeButton(tr("&Export invitation (.ics)…"), "exportInvitation");
    m_scorecard = makeButton(tr("&Fill scorecard…"), "fillScorecard");
    connect(m_reschedule, &QPushButton::clicked, this, &InterviewsPanel::rescheduleSelected);
    connect(m_cancel, &QPushButton::clicked, this, &InterviewsPanel::cancelSelected);
    connect(m_complete, &QPushButton::clicked, this, &InterviewsPanel::completeSelected);
    connect(m_export, &QPushButton::clicked, this, &InterviewsPanel::exportSelected);
    connect(m_scorecard, &QPushButton::clicked, this, &InterviewsPanel::fillScorecard);
    // The list's context menu offers the same actions as the buttons below it.
    connect(m_list, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        for (QPushButton *b : {m_reschedule, m_cancel, m_complete, m_export, m_scorecard}) {
            QAction *action = menu.addAction(b->text(), b, &QPushButton::click);
            action->setEnabled(b->isEnabled());
        }
        menu.exec(m_list->viewport()->mapToGlobal(at));
    });
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_reschedule, m_cancel, m_complete, m_export})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_scorecard);

    m_application = new QComboBox(content);
    m_application->setObjectName(QStringLiteral("scorecardApplication"));
    connect(m_application, &QComboBox::activated, this, [this] { fillMatrix(); });
    auto *cardsTop = new QHBoxLayout;
    cardsTop->addWidget(heading(tr("Scorecards"), content));
    cardsTop->addWidget(m_application);
    cardsTop->addStretch(1);

    m_matrixPages = new QStackedWidget(content);
    m_noCards = new QLabel(m_matrixPages);
    m_noCards->setWordWrap(true);
    m_noCards->setForegroundRole(QPalette::PlaceholderText);
    m_noCards->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_matrix = new QTableWidget(m_matrixPages);
    m_matrix->setObjectName(QStringLiteral("scorecardMatrix"));
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setSelectionMode(QAbstractItemView::NoSelection);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixPages->addWidget(m_noCards);
    m_matrixPages->addWidget(m_matrix);
    m_cardNotes = new QLabel(content);
    m_cardNotes->setObjectName(QStringLiteral("scorecardNotes"));
    m_cardNotes->setTextFormat(Qt::PlainText);
    m_cardNotes->setWordWrap(true);
    m_cardNotes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    layout->addSpacing(fontMetrics().lineSpacing() / 2);
    layout->addLayout(cardsTop);
    layout->addWidget(m_matrixPages);
    layout->addWidget(m_cardNotes);
    m_pages->addWidget(content);

    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_message);
    outer->addWidget(m_pages, 1);
    updateActions();
}

void InterviewsPanel::showCandidate(qint64 candidateId)
{
    if (candidateId != m_candidateId)
        m_list->clear(); // another person: nothing of the last one stays selected
    m_candidateId = candidateId;
    m_message->clear();
    reload();
}

void InterviewsPanel::reload()
{
    const qint64 keep = selectedInterviewId();
    const QVariant keepApplication = m_application->currentData();
    auto apps = ApplicationService(m_session.db(), m_session.actor()).forCandidate(m_candidateId);
    auto interviews = InterviewService(m_session.db(), m_session.actor()).forCandidate(m_candidateId);
    if (!apps || !interviews) {
        m_message->showMessage(!apps ? apps.error().text() : interviews.error().text());
        return;
    }
    m_applications = *apps;
    m_interviews = *interviews;
    RequisitionService requisitions(m_session.db(), m_session.actor());
    m_application->clear();
    for (const Application &app : std::as_const(m_applications)) {
        if (!m_requisitionTitles.contains(app.requisitionId)) {
            auto r = requisitions.get(app.requisitionId);
            m_requisitionTitles.insert(app.requisitionId,
                                       r ? r->title : tr("Requisition %1").arg(app.requisitionId));
        }
        m_application->addItem(m_requisitionTitles.value(app.requisitionId), app.id);
    }
    m_application->setVisible(m_application->count() > 1);
    if (const int index = m_application->findData(keepApplication); index >= 0)
        m_application->setCurrentIndex(index);

    if (m_applications.isEmpty() || m_interviews.isEmpty()) {
        const bool inPipeline = !m_applications.isEmpty();
        m_empty->setTitle(inPipeline ? tr("No interviews yet") : tr("Not in a pipeline yet"));
        m_empty->setMessage(
            inPipeline ? tr("Schedule an interview or a loop of several; invitations can be exported for "
                            "Outlook, Google Calendar and Thunderbird.")
                       : tr("Add the candidate to a requisition first; interviews and scorecards belong "
                            "to an application."));
        const auto buttons = m_empty->findChildren<QPushButton *>();
        for (QPushButton *b : buttons)
            b->setVisible(inPipeline);
    }
    // Scorecards can exist without interviews (feedback typed in after a call), so the
    // content page shows whenever there is something to show.
    bool anyCards = false;
    for (const Application &app : std::as_const(m_applications)) {
        auto cards = ScorecardService(m_session.db(), m_session.actor()).forApplication(app.id);
        anyCards |= cards && !cards->isEmpty();
    }
    m_pages->setCurrentIndex(!m_applications.isEmpty() && (!m_interviews.isEmpty() || anyCards) ? 1 : 0);
    fillList();
    fillMatrix();
    if (keep > 0)
        selectInterview(keep);
    updateActions();
}

void InterviewsPanel::fillList()
{
    m_list->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<const InterviewDetails *> upcoming, past;
    for (const InterviewDetails &d : std::as_const(m_interviews)) {
        const bool ahead = d.interview.status == InterviewStatus::Scheduled && d.interview.endsAt() > now;
        (ahead ? upcoming : past).append(&d);
    }
    std::ranges::sort(upcoming, {}, [](const InterviewDetails *d) { return d->interview.startsAt; });
    auto addGroup = [this](const QString &title, const QList<const InterviewDetails *> &items) {
        if (items.isEmpty())
            return;
        auto *group = new QTreeWidgetItem(m_list, {title});
        group->setFlags(Qt::ItemIsEnabled);
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const InterviewDetails *d : items) {
            QStringList names;
            for (const Participant &p : d->interviewers)
                names << p.name;
            auto *item = new QTreeWidgetItem(m_list,
                                             {interviewWhenText(d->interview), d->interview.title,
                                              names.join(QStringLiteral(", ")), label(d->interview.status),
                                              d->requisitionTitle});
            item->setData(0, Qt::UserRole, d->interview.id);
            QStringList tip {d->interview.title};
            if (!d->interview.location.isEmpty())
                tip << tr("Location: %1").arg(d->interview.location);
            if (!d->interview.videoUrl.isEmpty())
                tip << tr("Video: %1").arg(d->interview.videoUrl);
            if (!d->interview.notes.isEmpty())
                tip << d->interview.notes;
            item->setToolTip(Title, tip.join(QLatin1Char('\n')));
            if (d->interview.status == InterviewStatus::Cancelled) {
                for (int c = 0; c < ColumnCount; ++c)
                    item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
            }
        }
    };
    addGroup(tr("Upcoming"), upcoming);
    addGroup(tr("Past and cancelled"), past);
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_list->resizeColumnToContents(c);
}

void InterviewsPanel::showScorecardsFor(qint64 applicationId)
{
    const int index = m_application->findData(applicationId);
    if (index >= 0 && index != m_application->currentIndex()) {
        m_application->setCurrentIndex(index);
        fillMatrix();
    }
}

void InterviewsPanel::fillMatrix()
{
    m_matrix->clear();
    m_cardNotes->clear();
    const qint64 applicationId = m_application->currentData().toLongLong();
    if (applicationId == 0) {
        m_noCards->clear();
        m_matrixPages->setCurrentWidget(m_noCards);
        return;
    }
    auto matrix = ScorecardService(m_session.db(), m_session.actor()).matrix(applicationId);
    if (!matrix) {
        m_message->showMessage(matrix.error().text());
        return;
    }
    if (matrix->cards.isEmpty()) {
        m_noCards->setText(
            tr("No scorecards yet for %1. Interviewers fill them after their interview: select the "
               "interview and choose Fill scorecard.")
                .arg(m_application->currentText()));
        m_matrixPages->setCurrentWidget(m_noCards);
        m_matrixPages->setFixedHeight(m_noCards->heightForWidth(std::max(200, m_matrixPages->width())) + 8);
        return;
    }
    m_matrixPages->setCurrentWidget(m_matrix);
    const int rows = int(matrix->attributes.size());
    m_matrix->setRowCount(rows + 1);
    m_matrix->setColumnCount(int(matrix->cards.size()));
    for (int r = 0; r < rows; ++r) {
        auto *header = new QTableWidgetItem(matrix->attributes.at(r).name);
        header->setToolTip(matrix->attributes.at(r).description);
        m_matrix->setVerticalHeaderItem(r, header);
    }
    m_matrix->setVerticalHeaderItem(rows, new QTableWidgetItem(tr("Recommendation")));
    QStringList notes;
    for (int c = 0; c < matrix->cards.size(); ++c) {
        const Scorecard &card = matrix->cards.at(c);
        auto *header = new QTableWidgetItem(card.isSubmitted() ? card.interviewerName
                                                               : tr("%1 (draft)").arg(card.interviewerName));
        header->setToolTip(card.notes.isEmpty() ? tr("No notes") : card.notes);
        m_matrix->setHorizontalHeaderItem(c, header);
        for (int r = 0; r < rows; ++r) {
            const int rating = matrix->rating(r, c);
            auto *cell = new QTableWidgetItem(rating > 0 ? tr("%1 · %2").arg(rating).arg(ratingLabel(rating))
                                                         : tr("—"));
            cell->setTextAlignment(Qt::AlignCenter);
            if (rating > 0)
                cell->setBackground(wash(ratingTint(rating), palette()));
            m_matrix->setItem(r, c, cell);
        }
        auto *verdict = new QTableWidgetItem(label(card.recommendation));
        verdict->setTextAlignment(Qt::AlignCenter);
        QFont bold = verdict->font();
        bold.setBold(true);
        verdict->setFont(bold);
        if (const int score = recommendationScore(card.recommendation); score > 0)
            verdict->setBackground(wash(ratingTint(score), palette()));
        m_matrix->setItem(rows, c, verdict);
        if (!card.notes.isEmpty())
            notes << tr("%1: %2").arg(card.interviewerName, card.notes);
    }
    m_cardNotes->setText(notes.join(QLatin1Char('\n')));
    // As tall as its rows: the interview list above takes the remaining space.
    m_matrix->resizeRowsToContents();
    m_matrixPages->setFixedHeight(m_matrix->horizontalHeader()->sizeHint().height()
                                  + m_matrix->verticalHeader()->length() + 2 * m_matrix->frameWidth() + 2);
}

qint64 InterviewsPanel::selectedInterviewId() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(0, Qt::UserRole).toLongLong();
}

void InterviewsPanel::selectInterview(qint64 interviewId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toLongLong() == interviewId) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

const InterviewDetails *InterviewsPanel::selected() const
{
    const qint64 id = selectedInterviewId();
    for (const InterviewDetails &d : m_interviews) {
        if (d.interview.id == id)
            return &d;
    }
    return nullptr;
}

void InterviewsPanel::updateActions()
{
    const InterviewDetails *d = selected();
    const bool scheduled = d && d->interview.status == InterviewStatus::Scheduled;
    m_reschedule->setEnabled(scheduled);
    m_cancel->setEnabled(scheduled);
    m_complete->setEnabled(scheduled && d->interview.startsAt <= QDateTime::currentDateTimeUtc());
    m_export->setEnabled(d && d->interview.status != InterviewStatus::Completed);
    m_export->setText(d && d->interview.status == InterviewStatus::Cancelled
                          ? tr("&Export cancellation (.ics)…")
                          : tr("&Export invitation (.ics)…"));
    m_scorecard->setEnabled(!m_applications.isEmpty()
                            && (!d || d->interview.status != InterviewStatus::Cancelled));
    bool active = false;
    for (const Application &app : std::as_const(m_applications))
        active |= app.status == ApplicationStatus::Active;
    m_schedule->setEnabled(active);
}

void InterviewsPanel::scheduleClicked()
{
    QList<const Application *> active;
    for (const Application &app : std::as_const(m_applications)) {
        if (app.status == ApplicationStatus::Active)
            active.append(&app);
    }
    if (active.isEmpty()) {
        m_message->showMessage(tr("The candidate has no open application to interview for."),
                               InlineMessage::Kind::Information);
        return;
    }
    if (active.size() == 1)
        return scheduleFor(active.first()->id);
    QMenu menu(this);
    for (const Application *app : active) {
        const qint64 id = app->id;
        menu.addAction(m_requisitionTitles.value(app->requisitionId), this, [this, id] { scheduleFor(id); });
    }
    QWidget *anchor
        = m_pages->currentIndex() == 1 ? static_cast<QWidget *>(m_schedule) : static_cast<QWidget *>(m_empty);
    menu.exec(anchor->mapToGlobal(QPoint(0, anchor->height())));
}

void InterviewsPanel::scheduleFor(qint64 applicationId)
{
    InterviewScheduleDialog dialog(m_session, applicationId, this);
    if (dialog.exec() == QDialog::Accepted || !dialog.saved().isEmpty()) {
        reload();
        if (!dialog.saved().isEmpty())
            selectInterview(dialog.saved().first().id);
        emit changed();
    }
}

void InterviewsPanel::rescheduleSelected()
{
    const InterviewDetails *d = selected();
    if (!d)
        return;
    InterviewScheduleDialog dialog(m_session, d->interview.applicationId, this);
    dialog.setInterview(d->interview);
    dialog.exec();
    if (!dialog.saved().isEmpty()) {
        reload();
        emit changed();
    }
}

void InterviewsPanel::cancelSelected()
{
    const InterviewDetails *d = selected();
    if (!d)
        return;
    const Interview interview = d->interview;
    QMessageBox box(QMessageBox::Question, tr("Cancel interview"),
                    tr("Cancel “%1” with %2?").arg(interview.title, d->candidateName), QMessageBox::NoButton,
                    this);
    box.setInformativeText(tr("Afterwards, export the cancellation (.ics) and send it, so the meeting leaves "
                              "everyone's calendar."));
    QPushButton *yes = box.addButton(tr("Cancel interview"), QMessageBox::DestructiveRole);
    box.addButton(tr("Keep it"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    auto done = InterviewService(m_session.db(), m_session.actor()).cancel(interview.id, interview.version);
    if (!done) {
        m_message->showMessage(done.error().text());
        return;
    }
    reload();
    selectInterview(interview.id);
    emit changed();
}

void InterviewsPanel::completeSelected()
{
    const InterviewDetails *d = selected();
    if (!d)
        return;
    const qint64 id = d->interview.id;
    auto done = InterviewService(m_session.db(), m_session.actor()).complete(id, d->interview.version);
    if (!done) {
        m_message->showMessage(done.error().text());
        return;
    }
    reload();
    selectInterview(id);
    emit changed();
}

void InterviewsPanel::exportSelected()
{
    const InterviewDetails *d = selected();
    if (!d)
        return;
    const InterviewDetails details = *d;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export invitation"),
        QDir(folder).filePath(Calendar::InvitationWriter::suggestedFileName(details)),
        tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (auto ok = Calendar::InvitationWriter::writeFile(details, path); !ok)
        m_message->showMessage(ok.error().text());
    else
        m_message->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)),
                               InlineMessage::Kind::Information);
}

void InterviewsPanel::fillScorecard()
{
    const InterviewDetails *d = selected();
    const qint64 applicationId = d ? d->interview.applicationId : m_application->currentData().toLongLong();
    if (applicationId == 0)
        return;
    // An interviewer fills their own card; someone else (a recruiter typing up feedback)
    // starts with the interview's first interviewer and may pick another in the dialog.
    qint64 interviewer = m_session.actor().userId;
    if (d && !d->interview.interviewerIds.contains(interviewer) && !d->interviewers.isEmpty())
        interviewer = d->interviewers.first().userId;
    ScorecardDialog dialog(m_session, applicationId, d ? d->interview.id : 0, interviewer, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        showScorecardsFor(applicationId);
        emit changed();
    }
}

} // namespace Tandem::Ui
