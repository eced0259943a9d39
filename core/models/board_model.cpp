#include "board_model.h"

#include "model_text.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QSet>

namespace Tandem {

using namespace Internal;

const QString BoardModel::mimeType = QStringLiteral("application/x-tandem-board-cards");

BoardModel::BoardModel(Database &db, Actor actor, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(db)
    , m_actor(std::move(actor))
{
}

void BoardModel::setRequisition(qint64 requisitionId)
{
    if (requisitionId != m_requisitionId && canUndo()) {
        m_lastChange = {};
        emit undoAvailableChanged(false);
    }
    m_requisitionId = requisitionId;
    reload();
}

void BoardModel::reload()
{
    beginResetModel();
    load();
    endResetModel();
}

void BoardModel::load()
{
    m_columns.clear();
    m_shown.clear();
    if (m_requisitionId == 0)
        return;
    auto loaded = PipelineBoardLoader(m_db).load(m_requisitionId, BoardScope::Active);
    if (!loaded) {
        emit actionFailed(loaded.error().message, loaded.error().hint);
        return;
    }
    m_columns = std::move(*loaded);
    applyFilter();
}

void BoardModel::applyFilter()
{
    m_shown.clear();
    for (const BoardColumn &column : std::as_const(m_columns)) {
        QList<int> rows;
        for (qsizetype i = 0; i < column.cards.size(); ++i)
            if (m_filter.matches(column.cards[i]))
                rows.append(int(i));
        if (m_order == CardOrder::Match)
            std::stable_sort(rows.begin(), rows.end(), [&column](int a, int b) {
                return column.cards[a].match.value_or(-1) > column.cards[b].match.value_or(-1);
            });
        m_shown.append(rows);
    }
}

void BoardModel::setCardOrder(CardOrder order)
{
    if (order == m_order)
        return;
    beginResetModel();
    m_order = order;
    applyFilter();
    endResetModel();
}

void BoardModel::setFilter(const BoardFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

int BoardModel::totalCards() const
{
    int n = 0;
    for (const BoardColumn &column : m_columns)
        n += int(column.cards.size());
    return n;
}

int BoardModel::shownCards() const
{
    int n = 0;
    for (const QList<int> &rows : m_shown)
        n += int(rows.size());
    return n;
}

QStringList BoardModel::sources() const
{
    QSet<QString> seen;
    QStringList result;
    for (const BoardColumn &column : m_columns)
        for (const BoardCard &card : column.cards)
            if (!card.source.isEmpty() && !seen.contains(card.source.toCaseFolded())) {
                seen.insert(card.source.toCaseFolded());
                result.append(card.source);
            }
    std::sort(result.begin(), result.end(), [](const QString &a, const QString &b) { return compareText(a, b) < 0; });
    return result;
}

QStringList BoardModel::tags() const
{
    QSet<QString> seen;
    QStringList result;
    for (const BoardColumn &column : m_columns)
        for (const BoardCard &card : column.cards)
            for (const QString &tag : card.tags)
                if (!seen.contains(tag.toCaseFolded())) {
                    seen.insert(tag.toCaseFolded());
                    result.append(tag);
                }
    std::sort(result.begin(), result.end(), [](const QString &a, const QString &b) { return compareText(a, b) < 0; });
    return result;
}

QList<Stage> BoardModel::stages() const
{
    QList<Stage> result;
    for (const BoardColumn &column : m_columns)
        result.append(column.stage);
    return result;
}

QModelIndex BoardModel::stageIndex(int column) const
{
    return index(column, 0);
}

QModelIndex BoardModel::indexOfCard(qint64 applicationId) const
{
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        for (qsizetype r = 0; r < m_shown[c].size(); ++r)
            if (m_columns[c].cards[m_shown[c][r]].applicationId == applicationId)
                return createIndex(int(r), 0, quintptr(c + 1));
    return {};
}

const BoardCard *BoardModel::card(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0 || index.model() != this)
        return nullptr;
    const qsizetype column = qsizetype(index.internalId()) - 1;
    if (column >= m_columns.size() || index.row() >= m_shown[column].size())
        return nullptr;
    return &m_columns[column].cards[m_shown[column][index.row()]];
}

QList<CardRef> BoardModel::refs(const QList<qint64> &applicationIds) const
{
    QList<CardRef> result;
    for (qint64 id : applicationIds)
        for (const BoardColumn &column : m_columns)
            for (const BoardCard &c : column.cards)
                if (c.applicationId == id)
                    result.append({c.applicationId, c.version});
    return result;
}

bool BoardModel::finishAction(Result<PipelineChange> change)
{
    if (!change) {
        emit actionFailed(change.error().message, change.error().hint);
        reload(); // a conflict means the board is out of date: show what is stored
        return false;
    }
    const bool undoing = change->kind == PipelineChange::Kind::Undo;
    m_lastChange = undoing ? PipelineChange{} : *change;
    reload();
    emit undoAvailableChanged(canUndo());
    emit changeApplied(change->summary);
    return true;
}

bool BoardModel::moveCards(const QList<qint64> &applicationIds, qint64 stageId)
{
    return finishAction(PipelineActions(m_db, m_actor).move(refs(applicationIds), stageId));
}

bool BoardModel::dispositionCards(const QList<qint64> &applicationIds, ApplicationStatus status, const QString &reason)
{
    return finishAction(PipelineActions(m_db, m_actor).disposition(refs(applicationIds), status, reason));
}

bool BoardModel::undo()
{
    if (!canUndo())
        return false;
    auto undone = PipelineActions(m_db, m_actor).undo(m_lastChange);
    if (!undone) {
        // A refused undo stays refused: forget it so the button does not promise it again.
        m_lastChange = {};
        emit undoAvailableChanged(false);
    }
    return finishAction(std::move(undone));
}

QModelIndex BoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_columns.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_shown.size())
        return {};
    return row < m_shown[parent.row()].size() ? createIndex(row, 0, quintptr(parent.row() + 1)) : QModelIndex();
}

QModelIndex BoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int BoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_columns.size());
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= m_shown.size())
        return 0;
    return int(m_shown[parent.row()].size());
}

int BoardModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return stageData(index.row(), role);
    const BoardCard *c = card(index);
    return c ? cardData(*c, m_columns[qsizetype(index.internalId()) - 1], role) : QVariant();
}

QVariant BoardModel::stageData(int column, int role) const
{
    const BoardColumn &col = m_columns[column];
    switch (role) {
    case Qt::DisplayRole:
    case StageNameRole: return col.stage.name;
    case StageIdRole: return col.stage.id;
    case StageKindRole: return toKey(col.stage.kind);
    case IsStageRole: return true;
    case CardCountRole: return int(m_shown[column].size());
    case TotalCountRole: return int(col.cards.size());
    case StaleCountRole: {
        int stale = 0;
        for (int row : m_shown[column])
            stale += col.cards[row].stale ? 1 : 0;
        return stale;
    }
    case StaleAfterRole: return col.stage.staleAfterDays ? QVariant(*col.stage.staleAfterDays) : QVariant();
    default: return {};
    }
}

QString BoardModel::toolTip(const BoardCard &c, const BoardColumn &column) const
{
    QStringList lines{c.candidateName};
    if (!c.currentTitle.isEmpty())
        lines << c.currentTitle;
    lines << (c.daysInStage == 1 ? tr("1 day in %1").arg(column.stage.name) : tr("%1 days in %2").arg(c.daysInStage).arg(column.stage.name));
    if (c.match) {
        lines << tr("Match %1%").arg(*c.match);
        for (const QString &reason : c.matchReasons)
            lines << QStringLiteral("  ") + reason;
    }
    if (c.rating)
        lines << tr("Rating %1 of 4").arg(QLocale().toString(*c.rating, 'f', 1));
    if (c.nextInterviewAt.isValid())
        lines << tr("Next interview %1").arg(localDateTime(c.nextInterviewAt));
    if (c.stale)
        lines << tr("Stale: longer than %1 days in this stage").arg(column.stage.staleAfterDays.value_or(0));
    if (c.duplicate)
        lines << tr("Possible duplicate: another candidate has the same email");
    if (c.consentMissing)
        lines << tr("Consent missing: no standing consent on record");
    lines << c.knockouts;
    return plainToolTip(lines.join(QLatin1Char('\n')));
}

QVariant BoardModel::cardData(const BoardCard &c, const BoardColumn &column, int role) const
{
    switch (role) {
    case Qt::DisplayRole: return c.candidateName;
    case Qt::ToolTipRole: return toolTip(c, column);
    case Qt::AccessibleDescriptionRole: return c.currentTitle;
    case ApplicationIdRole: return c.applicationId;
    case CandidateIdRole: return c.candidateId;
    case VersionRole: return c.version;
    case StageIdRole: return c.stageId;
    case StageNameRole: return column.stage.name;
    case StageKindRole: return toKey(column.stage.kind);
    case TitleRole: return c.currentTitle;
    case SourceRole: return c.source;
    case DaysInStageRole: return c.daysInStage;
    case RatingRole: return c.rating ? QVariant(*c.rating) : QVariant();
    case NextInterviewRole: return c.nextInterviewAt.isValid() ? QVariant(c.nextInterviewAt) : QVariant();
    case TagsRole: return c.tags;
    case StaleRole: return c.stale;
    case DuplicateRole: return c.duplicate;
    case ConsentMissingRole: return c.consentMissing;
    case MatchRole: return c.match ? QVariant(*c.match) : QVariant();
    case MatchReasonsRole: return c.matchReasons;
    case KnockoutsRole: return c.knockouts;
    case StatusKeyRole: return toKey(c.status);
    case IsStageRole: return false;
    default: return {};
    }
}

Qt::ItemFlags BoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    const BoardCard *c = card(index);
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled | Qt::ItemNeverHasChildren;
    if (c && c->status == ApplicationStatus::Active)
        f |= Qt::ItemIsDragEnabled; // a hire stays where it is
    return f;
}

QHash<int, QByteArray> BoardModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({{ApplicationIdRole, "applicationId"}, {CandidateIdRole, "candidateId"}, {StageNameRole, "stageName"},
                  {TitleRole, "title"}, {SourceRole, "source"}, {DaysInStageRole, "daysInStage"}, {RatingRole, "rating"},
                  {NextInterviewRole, "nextInterview"}, {TagsRole, "tags"}, {StaleRole, "stale"},
                  {DuplicateRole, "duplicate"}, {ConsentMissingRole, "consentMissing"}, {MatchRole, "match"},
                  {MatchReasonsRole, "matchReasons"}, {KnockoutsRole, "knockouts"}});
    return names;
}

QStringList BoardModel::mimeTypes() const
{
    return {mimeType};
}

QMimeData *BoardModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes)
        if (const BoardCard *c = card(index); c && !ids.contains(c->applicationId))
            ids.append(c->applicationId);
    if (ids.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << qint64(m_requisitionId) << ids;
    auto *data = new QMimeData;
    data->setData(mimeType, bytes);
    return data;
}

QList<qint64> BoardModel::idsFromMime(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType))
        return {};
    QDataStream in(data->data(mimeType));
    qint64 requisition = 0;
    QList<qint64> ids;
    in >> requisition >> ids;
    return in.status() == QDataStream::Ok ? ids : QList<qint64>{};
}

Qt::DropActions BoardModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions BoardModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool BoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !parent.isValid() || !data || !data->hasFormat(mimeType))
        return false;
    QDataStream in(data->data(mimeType));
    qint64 requisition = 0;
    in >> requisition;
    return requisition == m_requisitionId;
}

bool BoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped on a stage (its empty space) or on a card in it: either way, into that stage.
    const QModelIndex stage = parent.internalId() == 0 ? parent : parent.parent();
    const qint64 stageId = m_columns.value(stage.row()).stage.id;
    QList<qint64> moving;
    for (qint64 id : idsFromMime(data))
        if (const QModelIndex at = indexOfCard(id); !at.isValid() || at.parent() != stage)
            moving.append(id);
    if (moving.isEmpty())
        return false;
    return moveCards(moving, stageId);
}

} // namespace Tandem
