#pragma once

#include <core/domain/records.h>

#include <QAbstractListModel>
#include <QList>

namespace Tandem {

class Database;

// One candidate's timeline (notes, emails, calls, stage changes), newest first.
//
// Owns: a copy of the newest MaxEntries activities of one candidate, read through
// ActivityLog; a candidate's whole history is never needed at once in the detail pane.
// Roles: KindRole is the storage key ("note", "email_sent", ...), KindLabelRole its
// translated label, OccurredAtRole a QDateTime in UTC (views show local time), ActorRole the
// user's name (empty for the system). DisplayRole is "Subject — first line of the body";
// ToolTipRole is the local time and the full body as escaped rich text (see model_text.h).
// Thread: the thread of the Database it reads (the UI thread); it keeps a reference to that
// Database, which must outlive it.
// Errors: a failed read emits errorOccurred(message); refresh() keeps the entries it had,
// setCandidate() shows none rather than another candidate's.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        KindLabelRole,
        SubjectRole,
        BodyRole,
        OccurredAtRole,
        ActorRole
    };
    static constexpr int MaxEntries = 500;

    explicit TimelineModel(Database &db, QObject *parent = nullptr);

    void setCandidate(qint64 candidateId); // 0: empty
    qint64 candidateId() const { return m_candidateId; }
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void errorOccurred(const QString &message);

private:
    bool load(QList<Activity> &into);
    QString displayText(const Activity &a) const;
    QString toolTip(const Activity &a) const;

    Database &m_db; // not owned; outlives the model
    qint64 m_candidateId = 0;
    QList<Activity> m_entries;
};

} // namespace Tandem
