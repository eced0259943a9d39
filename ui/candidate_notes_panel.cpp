#include "candidate_notes_panel.h"

#include <ui/inline_message.h>
#include <ui/mention_edit.h>
#include <ui/session.h>

#include <core/records/activity_log.h>
#include <core/records/user_directory.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Tandem::Ui {

CandidateNotesPanel::CandidateNotesPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_message(new InlineMessage(this))
    , m_stack(new QStackedWidget(this))
    , m_notes(new QListWidget(this))
    , m_empty(new QLabel(tr("No notes yet. Write the first one below; type @ to mention a colleague."), this))
    , m_editor(new MentionEdit(this))
    , m_add(new QPushButton(tr("Add Note"), this))
{
    setObjectName(QStringLiteral("notesPanel"));
    m_notes->setObjectName(QStringLiteral("notesList"));
    m_notes->setWordWrap(true);
    m_notes->setAlternatingRowColors(true);
    m_notes->setSelectionMode(QAbstractItemView::NoSelection);
    m_notes->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_notes);
    m_stack->addWidget(m_empty);

    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setPlaceholderText(tr("Write a note… (@ mentions a colleague, Ctrl+Return adds it)"));
    m_editor->setTabChangesFocus(true);
    m_editor->setFixedHeight(fontMetrics().lineSpacing() * 4 + 2 * m_editor->frameWidth() + 8);
    m_add->setObjectName(QStringLiteral("addNoteToList"));
    m_add->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::textChanged, this,
            [this] { m_add->setEnabled(!m_editor->toPlainText().trimmed().isEmpty()); });
    connect(m_editor, &MentionEdit::submitRequested, this, &CandidateNotesPanel::addNote);
    connect(m_add, &QPushButton::clicked, this, &CandidateNotesPanel::addNote);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_editor);
    layout->addLayout(buttons);
}

void CandidateNotesPanel::showCandidate(qint64 candidateId)
{
    if (candidateId != m_candidateId)
        m_editor->clear();
    m_candidateId = candidateId;
    m_message->clear();
    updateTeamNames();
    reload();
}

int CandidateNotesPanel::noteCount() const
{
    return m_notes->count();
}

void CandidateNotesPanel::updateTeamNames()
{
    QStringList names;
    if (auto users = UserDirectory(m_session.db()).list(true)) {
        for (const User &user : *users)
            names << user.name;
    }
    m_editor->setNames(names);
}

void CandidateNotesPanel::reload()
{
    m_notes->clear();
    if (m_candidateId == 0)
        return;
    ActivityLog log(m_session.db(), m_session.actor());
    auto notes = log.notesFor(m_candidateId);
    if (!notes) {
        m_message->showMessage(notes.error().text());
        return;
    }
    for (const Activity &note : *notes) {
        QString heading = tr("%1 · %2").arg(note.actorName.isEmpty() ? tr("Tandem") : note.actorName,
                                            QLocale().toString(note.occurredAt.toLocalTime(), QLocale::ShortFormat));
        if (auto mentioned = log.mentionsOf(note.id); mentioned && !mentioned->isEmpty()) {
            QStringList names;
            for (const User &user : *mentioned)
                names << user.name;
            heading += QStringLiteral(" · ") + tr("mentions %1").arg(names.join(QStringLiteral(", ")));
        }
        // Item text is plain: the note is shown exactly as typed.
        auto *item = new QListWidgetItem(heading + QLatin1Char('\n') + note.body, m_notes);
        item->setData(Qt::UserRole, note.id);
    }
    m_stack->setCurrentWidget(notes->isEmpty() ? static_cast<QWidget *>(m_empty) : m_notes);
}

bool CandidateNotesPanel::addNote()
{
    const QString text = m_editor->toPlainText().trimmed();
    if (m_candidateId == 0 || text.isEmpty())
        return false;
    auto note = ActivityLog(m_session.db(), m_session.actor()).addNote(m_candidateId, text);
    if (!note) {
        m_message->showMessage(note.error().text());
        return false;
    }
    m_message->clear();
    m_editor->clear();
    reload();
    m_notes->scrollToTop();
    emit changed();
    return true;
}

} // namespace Tandem::Ui
