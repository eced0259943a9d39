#include "column_fitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>

#include <algorithm>

namespace Tandem::Ui {
namespace {

QString customizedKey(const QString &settingsKey)
{
    return settingsKey + QStringLiteral("Customized");
}

} // namespace

ColumnFitter::ColumnFitter(QTableView *table, QList<std::pair<int, int>> weights, QString settingsKey)
    : QObject(table)
    , m_table(table)
    , m_weights(std::move(weights))
    , m_settingsKey(std::move(settingsKey))
{
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    const QSettings settings;
    header->restoreState(settings.value(m_settingsKey).toByteArray());
    m_customized = settings.value(customizedKey(m_settingsKey), false).toBool();
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting)
            m_customized = true;
    });
    table->viewport()->installEventFilter(this);
    fit();
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::fit()
{
    if (m_customized || m_weights.isEmpty())
        return;
    int total = 0;
    for (const auto &[column, weight] : m_weights)
        total += weight;
    const int width = m_table->viewport()->width();
    const int minimum = m_table->fontMetrics().averageCharWidth() * 6;
    m_fitting = true;
    int used = 0;
    for (qsizetype i = 0; i < m_weights.size(); ++i) {
        const auto &[column, weight] = m_weights.at(i);
        const bool last = i == m_weights.size() - 1;
        // The last column takes the rounding remainder, so no gap is left at the right.
        const int share = last ? width - used : width * weight / total;
        const int size = std::max(minimum, share);
        m_table->horizontalHeader()->resizeSection(column, size);
        used += size;
    }
    m_fitting = false;
}

void ColumnFitter::save() const
{
    QSettings settings;
    settings.setValue(m_settingsKey, m_table->horizontalHeader()->saveState());
    settings.setValue(customizedKey(m_settingsKey), m_customized);
}

} // namespace Tandem::Ui
