#include "interview_schedule_dialog.h"

#include <core/calendar/invitation_writer.h>
#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/interview_service.h>
#include <core/records/requisition_service.h>
#include <core/records/user_directory.h>
#include <ui/inline_message.h>
#include <ui/interview_text.h>
#include <ui/session.h>

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tandem::Ui {
namespace {

constexpr int defaultMinutes = 60;
constexpr int conflictDelayMs = 250;

// Choosing several interviewers should not need reopening the menu for each: a click on a
// checkable entry toggles it and leaves the menu open (Esc or a click outside closes it).
class KeepOpenOnToggle : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::MouseButtonRelease)
            return false;
        auto *menu = qobject_cast<QMenu *>(watched);
        QAction *action = menu ? menu->activeAction() : nullptr;
        if (!action || !action->isCheckable() || !action->isEnabled())
            return false;
        action->toggle();
        return true;
    }
};

} // namespace

InterviewScheduleDialog::InterviewScheduleDialog(Session &session, qint64 applicationId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_applicationId(applicationId)
    , m_pages(new QStackedWidget(this))
    , m_message(new InlineMessage(this))
    , m_warning(new InlineMessage(this))
    , m_conflictTimer(new QTimer(this))
{
    setWindowTitle(tr("Schedule interviews"));
    m_warning->setObjectName(QStringLiteral("conflictWarning"));
    m_conflictTimer->setSingleShot(true);
    m_conflictTimer->setInterval(conflictDelayMs);
    connect(m_conflictTimer, &QTimer::timeout, this, &InterviewScheduleDialog::checkConflicts);
    auto users = UserDirectory(m_session.db()).list();
    if (users)
        m_users = *users;
    else
        m_message->showMessage(users.error().text(), InlineMessage::Kind::Warning);
    buildForm();
    loadContext();
    addRow();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Schedule"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InterviewScheduleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &InterviewScheduleDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_warning);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);
    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 120, metrics.lineSpacing() * 30);
}

void InterviewScheduleDialog::buildForm()
{
    auto *form = new QWidget(m_pages);
    m_context = new QLabel(form);
    m_context->setTextFormat(Qt::PlainText);
    m_context->setWordWrap(true);
    QFont bold = m_context->font();
    bold.setBold(true);
    m_context->setFont(bold);

    m_rowGrid = new QGridLayout;
    m_rowGrid->setColumnStretch(0, 3);
    m_rowGrid->setColumnStretch(1, 3);
    const QStringList headers {tr("Interview"), tr("Interviewers"), tr("Starts"), tr("Minutes")};
    for (int c = 0; c < headers.size(); ++c) {
        auto *header = new QLabel(headers.at(c), form);
        header->setForegroundRole(QPalette::PlaceholderText);
        m_rowGrid->addWidget(header, 0, c);
    }
    m_addRow = new QPushButton(tr("&Add interview to the loop"), form);
    m_addRow->setObjectName(QStringLiteral("addRow"));
    m_addRow->setToolTip(
        tr("Adds another interview right after the last one, e.g. for back-to-back sessions"));
    connect(m_addRow, &QPushButton::clicked, this, &InterviewScheduleDialog::addRow);

    m_zone = new QComboBox(form);
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_zone->setToolTip(tr("The start times above are wall-clock times in this zone; invitations carry it"));
    connect(m_zone, &QComboBox::currentTextChanged, this, &InterviewScheduleDialog::scheduleCheck);

    m_location = new QLineEdit(form);
    m_location->setObjectName(QStringLiteral("location"));
    m_location->setPlaceholderText(tr("e.g. Room 4.12, Main building"));
    m_video = new QLineEdit(form);
    m_video->setObjectName(QStringLiteral("videoUrl"));
    m_video->setPlaceholderText(tr("https://…"));
    m_notes = new QPlainTextEdit(form);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("For the interviewers only: focus areas, who covers what"));
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 5);

    auto *details = new QFormLayout;
    details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    details->addRow(tr("&Location:"), m_location);
    details->addRow(tr("&Video link:"), m_video);
    details->addRow(tr("&Notes:"), m_notes);

    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *zoneRow = new QFormLayout;
    zoneRow->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    zoneRow->addRow(tr("Times are in &zone:"), m_zone);
    layout->addWidget(m_context);
    layout->addLayout(zoneRow);
    layout->addLayout(m_rowGrid);
    layout->addWidget(m_addRow, 0, Qt::AlignLeft);
    layout->addSpacing(fontMetrics().lineSpacing() / 2);
    layout->addLayout(details);
    layout->addStretch(1);
    m_pages->addWidget(form);
}

void InterviewScheduleDialog::loadContext()
{
    auto app = ApplicationService(m_session.db(), m_session.actor()).get(m_applicationId);
    if (!app) {
        m_message->showMessage(app.error().text());
        return;
    }
    auto candidate = CandidateService(m_session.db(), m_session.actor()).get(app->candidateId);
    auto requisition = RequisitionService(m_session.db(), m_session.actor()).get(app->requisitionId);
    if (candidate && requisition)
        m_context->setText(tr("%1 for %2").arg(candidate->displayName(), requisition->title));
}

void InterviewScheduleDialog::addRow()
{
    Row row;
    QWidget *page = m_pages->widget(0);
    row.title = new QLineEdit(page);
    row.title->setPlaceholderText(m_rows.isEmpty() ? tr("e.g. Technical interview")
                                                   : tr("e.g. Meet the team"));
    row.people = new QToolButton(page);
    row.people->setPopupMode(QToolButton::InstantPopup);
    row.people->setToolButtonStyle(Qt::ToolButtonTextOnly);
    row.people->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    row.peopleMenu = new QMenu(row.people);
    for (const User &user : std::as_const(m_users)) {
        QAction *action = row.peopleMenu->addAction(user.name);
        action->setCheckable(true);
        action->setData(user.id);
    }
    if (m_users.isEmpty())
        row.peopleMenu->addAction(tr("No one yet: add people under Team"))->setEnabled(false);
    row.people->setMenu(row.peopleMenu);
    row.start = new QDateTimeEdit(page);
    row.start->setCalendarPopup(true);
    row.start->setDisplayFormat(dateClockFormat());
    row.duration = new QSpinBox(page);
    row.duration->setRange(1, 1440);
    row.duration->setSingleStep(15);
    row.duration->setValue(defaultMinutes);
    row.remove = new QToolButton(page);
    row.remove->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    row.remove->setToolTip(tr("Remove this interview from the loop"));
    if (m_rows.isEmpty()) {
        const QDateTime tomorrow(QDate::currentDate().addDays(1), QTime(10, 0));
        row.start->setDateTime(tomorrow);
    } else {
        const Row &last = m_rows.last();
        row.start->setDateTime(last.start->dateTime().addSecs(qint64(last.duration->value()) * 60));
        row.duration->setValue(last.duration->value());
    }
    const int index = int(m_rows.size());
    row.title->setObjectName(QStringLiteral("title%1").arg(index));
    row.people->setObjectName(QStringLiteral("interviewers%1").arg(index));
    row.start->setObjectName(QStringLiteral("start%1").arg(index));
    row.duration->setObjectName(QStringLiteral("duration%1").arg(index));
    m_rows.append(row);
    updatePeopleText(m_rows.last());

    QToolButton *removeButton = row.remove;
    connect(removeButton, &QToolButton::clicked, this, [this, removeButton] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).remove == removeButton)
                return removeRow(i);
        }
    });
    QMenu *menu = row.peopleMenu;
    menu->installEventFilter(new KeepOpenOnToggle(menu));
    for (QAction *action : menu->actions()) {
        connect(action, &QAction::toggled, this, [this, menu] {
            for (Row &r : m_rows) {
                if (r.peopleMenu == menu)
                    updatePeopleText(r);
            }
            scheduleCheck();
        });
    }
    connect(row.start, &QDateTimeEdit::dateTimeChanged, this, &InterviewScheduleDialog::scheduleCheck);
    connect(row.duration, &QSpinBox::valueChanged, this, &InterviewScheduleDialog::scheduleCheck);
    connect(row.title, &QLineEdit::textChanged, this, &InterviewScheduleDialog::scheduleCheck);
    relayoutRows();
    scheduleCheck();
}

void InterviewScheduleDialog::removeRow(int index)
{
    if (m_rows.size() <= 1 || index < 0 || index >= m_rows.size())
        return;
    const Row row = m_rows.takeAt(index);
    for (QWidget *w : {static_cast<QWidget *>(row.title), static_cast<QWidget *>(row.people),
                       static_cast<QWidget *>(row.start), static_cast<QWidget *>(row.duration),
                       static_cast<QWidget *>(row.remove)}) {
        m_rowGrid->removeWidget(w);
        w->deleteLater();
    }
    relayoutRows();
    scheduleCheck();
}

void InterviewScheduleDialog::relayoutRows()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const QList<QWidget *> cells {row.title, row.people, row.start, row.duration, row.remove};
        for (int c = 0; c < cells.size(); ++c) {
            m_rowGrid->removeWidget(cells.at(c));
            m_rowGrid->addWidget(cells.at(c), i + 1, c);
        }
        // A single interview has nothing to remove; editing a stored one is never a loop.
        row.remove->setVisible(m_rows.size() > 1);
    }
}

QList<qint64> InterviewScheduleDialog::chosenPeople(const Row &row) const
{
    QList<qint64> ids;
    for (QAction *action : row.peopleMenu->actions()) {
        if (action->isChecked())
            ids.append(action->data().toLongLong());
    }
    return ids;
}

void InterviewScheduleDialog::updatePeopleText(Row &row)
{
    QStringList names;
    for (QAction *action : row.peopleMenu->actions()) {
        if (action->isChecked())
            names << action->text();
    }
    row.people->setText(names.isEmpty() ? tr("Choose interviewers…") : names.join(QStringLiteral(", ")));
    row.people->setToolTip(names.join(QLatin1Char('\n')));
}

QString InterviewScheduleDialog::zone() const
{
    const QString text = m_zone->currentText().trimmed();
    return text.isEmpty() ? QStringLiteral("UTC") : text;
}

void InterviewScheduleDialog::setTimeZone(const QString &zoneId)
{
    m_zone->setCurrentText(zoneId);
}

void InterviewScheduleDialog::setRow(int index, const QString &title, const QList<qint64> &interviewerIds,
                                     const QDateTime &start, int minutes)
{
    while (m_rows.size() <= index)
        addRow();
    Row &row = m_rows[index];
    row.title->setText(title);
    for (QAction *action : row.peopleMenu->actions())
        action->setChecked(interviewerIds.contains(action->data().toLongLong()));
    updatePeopleText(row);
    row.start->setDateTime(QDateTime(start.date(), start.time()));
    row.duration->setValue(minutes);
    scheduleCheck();
}

void InterviewScheduleDialog::setInterview(const Interview &interview)
{
    setWindowTitle(tr("Reschedule interview"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_editing = interview;
    m_applicationId = interview.applicationId;
    loadContext();
    while (m_rows.size() > 1)
        removeRow(int(m_rows.size()) - 1);
    m_addRow->hide();
    // A deactivated interviewer stays on the interview and in the choice.
    for (qint64 id : interview.interviewerIds) {
        const bool known = std::ranges::any_of(m_users, [id](const User &u) { return u.id == id; });
        if (!known) {
            auto user = UserDirectory(m_session.db()).byId(id);
            QAction *action = m_rows.first().peopleMenu->addAction(user ? user->name : tr("Former user"));
            action->setCheckable(true);
            action->setData(id);
            connect(action, &QAction::toggled, this, [this] {
                updatePeopleText(m_rows.first());
                scheduleCheck();
            });
        }
    }
    setTimeZone(interview.timeZone);
    setRow(0, interview.title, interview.interviewerIds, inZone(interview.startsAt, interview.timeZone),
           interview.durationMinutes);
    m_location->setText(interview.location);
    m_video->setText(interview.videoUrl);
    m_notes->setPlainText(interview.notes);
    checkConflicts();
}

QList<Interview> InterviewScheduleDialog::drafts() const
{
    const QTimeZone tz(zone().toUtf8());
    QList<Interview> result;
    for (const Row &row : m_rows) {
        Interview i = m_editing;
        i.applicationId = m_applicationId;
        i.title = row.title->text();
        i.interviewerIds = chosenPeople(row);
        const QDateTime wall = row.start->dateTime();
        i.startsAt = tz.isValid() ? QDateTime(wall.date(), wall.time(), tz).toUTC() : QDateTime();
        i.durationMinutes = row.duration->value();
        i.timeZone = zone();
        i.location = m_location->text();
        i.videoUrl = m_video->text();
        i.notes = m_notes->toPlainText();
        result.append(i);
    }
    return result;
}

void InterviewScheduleDialog::scheduleCheck()
{
    m_conflictTimer->start();
}

QString InterviewScheduleDialog::conflictWarning() const
{
    return m_warning->isVisibleTo(this) ? m_warning->text() : QString();
}

void InterviewScheduleDialog::checkConflicts()
{
    m_conflictTimer->stop();
    QStringList lines;
    QSet<QString> seen;
    InterviewService service(m_session.db(), m_session.actor());
    const QList<Interview> rows = drafts();
    for (const Interview &row : rows) {
        if (!row.startsAt.isValid() || row.interviewerIds.isEmpty())
            continue;
        auto found = service.conflicts(row.interviewerIds, row.startsAt, row.durationMinutes, m_editing.id);
        if (!found) {
            lines << found.error().text();
            break;
        }
        for (const InterviewConflict &c : *found) {
            if (!seen.contains(QStringLiteral("%1/%2").arg(c.userId).arg(c.interviewId))) {
                seen.insert(QStringLiteral("%1/%2").arg(c.userId).arg(c.interviewId));
                lines << conflictText(c, zone());
            }
        }
    }
    // The rows of one loop must not double-book someone either.
    for (int a = 0; a < rows.size(); ++a) {
        for (int b = a + 1; b < rows.size(); ++b) {
            if (!rows[a].startsAt.isValid() || !rows[b].startsAt.isValid()
                || !intervalsOverlap(rows[a].startsAt, rows[a].durationMinutes, rows[b].startsAt,
                                     rows[b].durationMinutes))
                continue;
            for (const User &u : std::as_const(m_users)) {
                if (rows[a].interviewerIds.contains(u.id) && rows[b].interviewerIds.contains(u.id))
                    lines << tr("%1 is in interviews %2 and %3 of this loop at the same time.")
                                 .arg(u.name)
                                 .arg(a + 1)
                                 .arg(b + 1);
            }
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Interview &row : rows) {
        if (row.startsAt.isValid() && row.startsAt < now && m_editing.id == 0)
            lines << tr("“%1” starts in the past; it will be recorded, not announced.")
                         .arg(row.title.trimmed().isEmpty() ? tr("The interview") : row.title.trimmed());
    }
    m_warning->showMessage(lines.join(QLatin1Char('\n')), InlineMessage::Kind::Warning);
}

void InterviewScheduleDialog::accept()
{
    if (m_pages->currentIndex() == 1) {
        QDialog::accept();
        return;
    }
    m_message->clear();
    InterviewService service(m_session.db(), m_session.actor());
    const QList<Interview> all = drafts();
    if (m_editing.id > 0) {
        auto updated = service.update(all.first());
        if (!updated) {
            m_message->showMessage(updated.error().text());
            return;
        }
        m_saved = {*updated};
    } else {
        auto stored = service.scheduleLoop(all);
        if (!stored) {
            m_message->showMessage(stored.error().text());
            return;
        }
        m_saved = *stored;
    }
    showSaved();
}

void InterviewScheduleDialog::buildDonePage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro
        = new QLabel(tr("Saved. Export an invitation for each interview and send it to the people "
                        "taking part; calendars (Outlook, Google, Thunderbird) add or update the meeting."),
                     page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_doneList = new QVBoxLayout;
    layout->addLayout(m_doneList);
    layout->addStretch(1);
    m_pages->addWidget(page);
}

void InterviewScheduleDialog::showSaved()
{
    m_conflictTimer->stop();
    m_warning->clear();
    if (!m_doneList)
        buildDonePage();
    QWidget *page = m_pages->widget(1);
    for (int i = 0; i < m_saved.size(); ++i) {
        const Interview &interview = m_saved.at(i);
        auto *line = new QHBoxLayout;
        auto *text = new QLabel(tr("%1 — %2").arg(interview.title, interviewWhenText(interview)), page);
        text->setTextFormat(Qt::PlainText);
        auto *button = new QPushButton(tr("Export invitation (.ics)…"), page);
        button->setObjectName(QStringLiteral("export%1").arg(i));
        const qint64 id = interview.id;
        connect(button, &QPushButton::clicked, this, [this, id] { exportWithDialog(id); });
        line->addWidget(text, 1);
        line->addWidget(button);
        m_doneList->addLayout(line);
    }
    m_pages->setCurrentIndex(1);
    m_buttons->clear();
    m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this,
            &InterviewScheduleDialog::accept);
}

Status InterviewScheduleDialog::exportInvitation(qint64 interviewId, const QString &path)
{
    auto details = InterviewService(m_session.db(), m_session.actor()).details(interviewId);
    if (!details)
        return std::unexpected(details.error());
    return Calendar::InvitationWriter::writeFile(*details, path);
}

void InterviewScheduleDialog::exportWithDialog(qint64 interviewId)
{
    auto details = InterviewService(m_session.db(), m_session.actor()).details(interviewId);
    if (!details) {
        m_message->showMessage(details.error().text());
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export invitation"),
        QDir(folder).filePath(Calendar::InvitationWriter::suggestedFileName(*details)),
        tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (auto ok = Calendar::InvitationWriter::writeFile(*details, path); !ok)
        m_message->showMessage(ok.error().text());
    else
        m_message->showMessage(tr("Saved %1. Attach it to an email or open it with your calendar.")
                                   .arg(QDir::toNativeSeparators(path)),
                               InlineMessage::Kind::Information);
}

} // namespace Tandem::Ui
