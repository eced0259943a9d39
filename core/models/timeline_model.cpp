#include "timeline_model.h"

#include "model_text.h"

#include <core/records/activity_log.h>
#include <core/storage/database.h>

namespace Tandem {
namespace {

// The first line of the body that says something the subject does not: a note's subject is
// its own first line, and "Call — Call" would waste the one line a list row has.
QString firstNewLine(const QString &body, const QString &subject)
{
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && trimmed != subject)
            return trimmed;
    }
    return {};
}

} // namespace

TimelineModel::TimelineModel(Database &db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
{ }

bool TimelineModel::load(QList<Activity> &into)
{
    into.clear();
    if (m_candidateId <= 0)
        return true;
    // Reading needs no actor; the log only uses it for what it writes.
    auto entries = ActivityLog(m_db, Actor::system()).forCandidate(m_candidateId, MaxEntries);
    if (!entries) {
        emit errorOccurred(entries.error().text());
        return false;
    }
    into = std::move(*entries);
    return true;
}

void TimelineModel::setCandidate(qint64 candidateId)
{
    beginResetModel();
    m_candidateId = std::max<qint64>(0, candidateId);
    load(m_entries); // on failure the list stays empty: never another candidate's entries
    endResetModel();
}

void TimelineModel::refresh()
{
    QList<Activity> entries;
    if (!load(entries))
        return;
    // A reset: entries arrive at the top and the oldest may drop off the end, and a timeline
    // of at most MaxEntries rows is cheap to lay out again.
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Activity &a = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(a);
    case Qt::ToolTipRole:
        return toolTip(a);
    case KindRole:
        return toKey(a.kind);
    case KindLabelRole:
        return label(a.kind);
    case SubjectRole:
        return a.subject;
    case BodyRole:
        return a.body;
    case OccurredAtRole:
        return a.occurredAt;
    case ActorRole:
        return a.actorName;
    default:
        return {};
    }
}

QString TimelineModel::displayText(const Activity &a) const
{
    const QString subject = a.subject.trimmed().isEmpty() ? label(a.kind) : a.subject.trimmed();
    const QString line = firstNewLine(a.body, subject);
    if (line.isEmpty())
        return subject;
    //: A timeline entry in one line: its subject, then the start of its text
    return tr("%1 — %2").arg(subject, line);
}

QString TimelineModel::toolTip(const Activity &a) const
{
    QString text = Internal::localDateTime(a.occurredAt);
    if (!a.actorName.isEmpty())
        text += QStringLiteral(" · ") + a.actorName;
    const QString body = a.body.trimmed().isEmpty() ? a.subject : a.body;
    if (!body.isEmpty())
        text += QStringLiteral("\n\n") + body;
    return Internal::plainToolTip(text);
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(KindLabelRole, "kindLabel");
    names.insert(SubjectRole, "subject");
    names.insert(BodyRole, "body");
    names.insert(OccurredAtRole, "occurredAt");
    names.insert(ActorRole, "actor");
    return names;
}

} // namespace Tandem
