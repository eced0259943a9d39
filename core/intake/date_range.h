#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <utility>

namespace Tandem {

// A span of time as resumes write it: "Jan 2020 – Present", "2019-03 to 2021-07",
// "03/2019 - 07/2021", "2018 – 2020", "seit 2021", "März 2017 – heute". Months are
// "YYYY-MM", bare years "YYYY"; an open end ("present", "heute", "seit …") sets isCurrent.
struct DateRange
{
    QString start;
    QString end; // empty when isCurrent
    bool isCurrent = false;
    int position = 0; // where the range stood in the text searched
    int length = 0;

    // Whole months covered, counting a bare year as January (start) or December (end) and
    // an open end as `today`; 0 when the range runs backwards.
    int months(QDate today) const;
};

// The first date range in `text` (English and German month names and words), or nullopt.
std::optional<DateRange> findDateRange(const QString &text);

// "Jan 2020" -> "2020-01", "03/2019" -> "2019-03", "2018" -> "2018"; empty when `text` is
// not one date.
QString parseMonth(const QString &text);

// The months a span covers as [first, last] indices (year * 12 + month - 1), a bare year
// counting from January to December and an open end as `today`; nullopt when unreadable.
std::optional<std::pair<int, int>> monthSpan(const QString &start, const QString &end, bool isCurrent,
                                             QDate today);

// The four-digit years 1950..2099 in text, in order.
QList<int> findYears(const QString &text);

} // namespace Tandem
