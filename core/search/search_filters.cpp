#include "search_filters.h"

#include <core/common/ids.h>

#include <QObject>
#include <QRegularExpression>

#include <optional>

namespace Tandem::Internal {
namespace {

// One end of a range: the value bound as is, and whether the value itself belongs to it.
struct Bound
{
    QVariant value;
    bool inclusive = true;
};

struct Range
{
    std::optional<Bound> low;
    std::optional<Bound> high;
};

// What a comparison operator in front of a value asks for; None for a bare value.
enum class Op { None, Less, LessEqual, Greater, GreaterEqual };

Op takeOperator(QString &value)
{
    const auto take = [&value](int length, Op op) {
        value = value.mid(length).trimmed();
        return op;
    };
    if (value.startsWith(QLatin1String(">=")))
        return take(2, Op::GreaterEqual);
    if (value.startsWith(QLatin1String("<=")))
        return take(2, Op::LessEqual);
    if (value.startsWith(QLatin1Char('>')))
        return take(1, Op::Greater);
    if (value.startsWith(QLatin1Char('<')))
        return take(1, Op::Less);
    return Op::None;
}

QString conditionOf(const QString &column, const Range &range, QVariantList &values)
{
    QStringList parts;
    if (range.low) {
        parts << column + (range.low->inclusive ? QStringLiteral(" >= ?") : QStringLiteral(" > ?"));
        values << range.low->value;
    }
    if (range.high) {
        parts << column + (range.high->inclusive ? QStringLiteral(" <= ?") : QStringLiteral(" < ?"));
        values << range.high->value;
    }
    return QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
}

// --- experience: years, a number ------------------------------------------------------------

std::unexpected<Error> notYears(const QString &label, const QString &value)
{
    return fail(ErrorCode::Invalid,
                QObject::tr("%1:%2 is not a number of years.").arg(label, value),
                QObject::tr("Write a number, as in %1:>5, %1:>=3, %1:<2, %1:3..8 or %1:5.").arg(label));
}

std::optional<double> yearsOf(const QString &text)
{
    bool ok = false;
    const double years = text.toDouble(&ok); // C locale: 2.5, never 2,5
    if (!ok || years < 0 || years > 100)
        return std::nullopt;
    return years;
}

Result<Range> experienceRange(const QString &label, const QString &typed)
{
    QString value = typed;
    const Op op = takeOperator(value);
    Range range;
    const qsizetype dots = value.indexOf(QLatin1String(".."));
    if (op == Op::None && dots >= 0) {
        const QString from = value.left(dots).trimmed();
        const QString to = value.mid(dots + 2).trimmed();
        // An empty side is an open end: experience:3.. or experience:..8.
        const auto low = yearsOf(from);
        const auto high = yearsOf(to);
        if ((!from.isEmpty() && !low) || (!to.isEmpty() && !high) || (from.isEmpty() && to.isEmpty()))
            return notYears(label, typed);
        if (low)
            range.low = Bound {*low, true};
        if (high)
            range.high = Bound {*high, true};
        if (low && high && range.low->value.toDouble() > range.high->value.toDouble())
            return fail(ErrorCode::Invalid,
                        QObject::tr("%1:%2 is an empty range: %3 is more than %4.").arg(label, typed, from, to),
                        QObject::tr("Put the smaller number first, as in %1:%2..%3.").arg(label, to, from));
        return range;
    }
    const auto years = yearsOf(value);
    if (!years)
        return notYears(label, typed);
    switch (op) {
    case Op::None: // "5" is five years and some months: 5 up to (not including) 6
        range.low = Bound {*years, true};
        if (value.contains(QLatin1Char('.')))
            range.high = Bound {*years, true};
        else
            range.high = Bound {*years + 1, false};
        break;
    case Op::Less:
        range.high = Bound {*years, false};
        break;
    case Op::LessEqual:
        range.high = Bound {*years, true};
        break;
    case Op::Greater:
        range.low = Bound {*years, false};
        break;
    case Op::GreaterEqual:
        range.low = Bound {*years, true};
        break;
    }
    return range;
}

// --- added:, updated: dates ---------------------------------------------------------------

// A year, a month or a day as the half-open span of local time it covers.
struct Span
{
    QDate first;
    QDate next; // the day after the span
};

std::optional<Span> spanOf(const QString &text)
{
    static const QRegularExpression date(QStringLiteral("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$"));
    const QRegularExpressionMatch m = date.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    if (m.captured(2).isEmpty())
        return Span {QDate(year, 1, 1), QDate(year + 1, 1, 1)};
    const int month = m.captured(2).toInt();
    if (month < 1 || month > 12)
        return std::nullopt;
    const QDate firstOfMonth(year, month, 1);
    if (m.captured(3).isEmpty())
        return Span {firstOfMonth, firstOfMonth.addMonths(1)};
    const QDate day(year, month, m.captured(3).toInt());
    if (!day.isValid())
        return std::nullopt;
    return Span {day, day.addDays(1)};
}

std::unexpected<Error> notDate(const QString &label, const QString &value)
{
    return fail(ErrorCode::Invalid, QObject::tr("%1:%2 is not a date.").arg(label, value),
                QObject::tr("Write a year, a month or a day, as in %1:2024, %1:>=2025-06, %1:<2025-01-01 or "
                            "%1:2024-01-01..2024-03-31.")
                    .arg(label));
}

Bound from(QDate day)
{
    return Bound {storedDayStart(day), true};
}

Bound before(QDate day)
{
    return Bound {storedDayStart(day), false};
}

Result<Range> dateRange(const QString &label, const QString &typed)
{
    QString value = typed;
    const Op op = takeOperator(value);
    Range range;
    const qsizetype dots = value.indexOf(QLatin1String(".."));
    if (op == Op::None && dots >= 0) {
        const QString fromText = value.left(dots).trimmed();
        const QString toText = value.mid(dots + 2).trimmed();
        const auto low = spanOf(fromText);
        const auto high = spanOf(toText);
        if ((!fromText.isEmpty() && !low) || (!toText.isEmpty() && !high) || (fromText.isEmpty() && toText.isEmpty()))
            return notDate(label, typed);
        if (low && high && low->first >= high->next)
            return fail(ErrorCode::Invalid,
                        QObject::tr("%1:%2 is an empty range: %3 comes after %4.").arg(label, typed, fromText, toText),
                        QObject::tr("Put the earlier date first, as in %1:%2..%3.").arg(label, toText, fromText));
        if (low)
            range.low = from(low->first);
        if (high)
            range.high = before(high->next);
        return range;
    }
    const auto span = spanOf(value);
    if (!span)
        return notDate(label, typed);
    switch (op) {
    case Op::None:
        range.low = from(span->first);
        range.high = before(span->next);
        break;
    case Op::Less:
        range.high = before(span->first);
        break;
    case Op::LessEqual:
        range.high = before(span->next);
        break;
    case Op::Greater:
        range.low = from(span->next);
        break;
    case Op::GreaterEqual:
        range.low = from(span->first);
        break;
    }
    return range;
}

} // namespace

bool isFilterField(SearchField field)
{
    switch (field) {
    case SearchField::Source:
    case SearchField::Tag:
    case SearchField::Experience:
    case SearchField::Added:
    case SearchField::Updated:
        return true;
    default:
        return false;
    }
}

QString storedDayStart(QDate day)
{
    return toStorageTime(day.startOfDay());
}

Result<FilterCondition> filterCondition(SearchField field, const QString &label, const QString &value)
{
    FilterCondition c;
    switch (field) {
    case SearchField::Source:
        c.sql = QStringLiteral("c.source = ? COLLATE NOCASE");
        c.values << value;
        return c;
    case SearchField::Tag: // tags.name is case-insensitive on both engines (its collation)
        c.sql = QStringLiteral("EXISTS (SELECT 1 FROM candidate_tags AS ct JOIN tags AS tg ON tg.id = ct.tag_id"
                               " WHERE ct.candidate_id = c.id AND tg.name = ?)");
        c.values << value;
        return c;
    case SearchField::Experience: {
        auto range = experienceRange(label, value);
        if (!range)
            return std::unexpected(range.error());
        c.sql = QStringLiteral("(c.years_experience IS NOT NULL AND ")
            + conditionOf(QStringLiteral("c.years_experience"), *range, c.values) + QLatin1Char(')');
        return c;
    }
    case SearchField::Added:
    case SearchField::Updated: {
        auto range = dateRange(label, value);
        if (!range)
            return std::unexpected(range.error());
        const QString column = field == SearchField::Added ? QStringLiteral("c.created_at")
                                                           : QStringLiteral("c.updated_at");
        c.sql = conditionOf(column, *range, c.values);
        return c;
    }
    default:
        break;
    }
    return fail(ErrorCode::Invalid, QObject::tr("%1: is not a filter.").arg(label));
}

} // namespace Tandem::Internal
