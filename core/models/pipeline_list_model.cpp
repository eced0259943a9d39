#include "pipeline_list_model.h"

#include "model_text.h"

#include <QLocale>

namespace Tandem {

using namespace Internal;

namespace {

// The locale's short date and time without seconds: an interview is planned to the minute.
QString shortDateTime(const QDateTime &utc)
{
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QStringLiteral(":ss"));
    return locale.toString(utc.toLocalTime(), locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time);
}

} // namespace

PipelineListModel::PipelineListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void PipelineListModel::setRequisition(qint64 requisitionId)
{
    m_requisitionId = requisitionId;
    reload();
}

void PipelineListModel::setScope(BoardScope scope)
{
    m_scope = scope;
    reload();
}

void PipelineListModel::setFilter(const BoardFilter &filter)
{
    m_filter = filter;
    reload();
}

void PipelineListModel::reload()
{
    beginResetModel();
    load();
    sortRows();
    endResetModel();
}

void PipelineListModel::load()
{
    m_rows.clear();
    if (m_requisitionId == 0)
        return;
    auto columns = PipelineBoardLoader(m_db).load(m_requisitionId, m_scope);
    if (!columns) {
        emit errorOccurred(columns.error().text());
        return;
    }
    for (const BoardColumn &column : std::as_const(*columns))
        for (const BoardCard &card : column.cards)
            if (m_filter.matches(card))
                m_rows.append({card, column.stage.name, column.stage.position});
}

qint64 PipelineListModel::applicationIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].card.applicationId : 0;
}

qint64 PipelineListModel::candidateIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].card.candidateId : 0;
}

int PipelineListModel::rowOfApplication(qint64 applicationId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].card.applicationId == applicationId)
            return int(i);
    return -1;
}

int PipelineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PipelineListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PipelineListModel::display(const Row &row, int column) const
{
    const BoardCard &c = row.card;
    switch (column) {
    case CandidateColumn: return c.candidateName;
    case StageColumn: return row.stageName;
    case DaysInStageColumn: return c.daysInStage;
    case RatingColumn: return c.rating ? QLocale().toString(*c.rating, 'f', 1) : QString();
    case MatchColumn: return c.match ? tr("%1%").arg(*c.match) : QString();
    case NextInterviewColumn:
        return c.nextInterviewAt.isValid() ? shortDateTime(c.nextInterviewAt) : QString();
    case SourceColumn: return c.source;
    case StatusColumn:
        return c.dispositionReason.isEmpty() ? label(c.status) : tr("%1: %2").arg(label(c.status), c.dispositionReason);
    default: return {};
    }
}

QVariant PipelineListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == MatchColumn)
            return plainToolTip((row.card.matchReasons + row.card.knockouts).join(QLatin1Char('\n')));
        return index.column() == NextInterviewColumn ? plainToolTip(localDateTime(row.card.nextInterviewAt))
                                                     : plainToolTip(display(row, index.column()).toString());
    case Qt::TextAlignmentRole:
        if (index.column() == DaysInStageColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return index.column() == RatingColumn || index.column() == MatchColumn ? QVariant(Qt::AlignCenter) : QVariant();
    case ApplicationIdRole: return row.card.applicationId;
    case CandidateIdRole: return row.card.candidateId;
    case VersionRole: return row.card.version;
    case StatusKeyRole: return toKey(row.card.status);
    case StageIdRole: return row.card.stageId;
    default: return {};
    }
}

QVariant PipelineListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CandidateColumn: return tr("Candidate");
    case StageColumn: return tr("Stage");
    case DaysInStageColumn: return tr("Days in stage");
    case RatingColumn: return tr("Rating");
    case MatchColumn: return tr("Match");
    case NextInterviewColumn: return tr("Next interview");
    case SourceColumn: return tr("Source");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

void PipelineListModel::sort(int column, Qt::SortOrder order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &index : before)
        ids.append(applicationIdAt(index.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOfApplication(ids[i]);
        after.append(row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PipelineListModel::sortRows()
{
    if (m_sortColumn < 0)
        return;
    // Each key puts missing values (no rating, no interview) last in ascending order.
    const auto less = [this](const Row &a, const Row &b) {
        const BoardCard &x = a.card;
        const BoardCard &y = b.card;
        switch (m_sortColumn) {
        case StageColumn: return a.stagePosition < b.stagePosition;
        case DaysInStageColumn: return x.daysInStage < y.daysInStage;
        case RatingColumn: return x.rating.value_or(99) < y.rating.value_or(99);
        case MatchColumn: return x.match.value_or(999) < y.match.value_or(999);
        case NextInterviewColumn:
            return x.nextInterviewAt.isValid() != y.nextInterviewAt.isValid() ? x.nextInterviewAt.isValid()
                                                                             : x.nextInterviewAt < y.nextInterviewAt;
        case SourceColumn: return compareText(x.source, y.source) < 0;
        case StatusColumn: return int(x.status) < int(y.status);
        default: return compareText(x.candidateName, y.candidateName) < 0;
        }
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_rows.begin(), m_rows.end(), less);
    else
        std::stable_sort(m_rows.begin(), m_rows.end(), [&less](const Row &a, const Row &b) { return less(b, a); });
}

} // namespace Tandem
