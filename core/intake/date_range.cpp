#include "date_range.h"

#include <QHash>
#include <QRegularExpression>

namespace Tandem {

namespace {

// Month names and abbreviations, English and German, lower case.
const QHash<QString, int> &monthNumbers()
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const char *const names[12] = {
            "jan|january|januar|jänner",
            "feb|february|februar",
            "mar|march|mär|märz|maerz|mrz",
            "apr|april",
            "may|mai",
            "jun|june|juni",
            "jul|july|juli",
            "aug|august",
            "sep|sept|september",
            "oct|october|okt|oktober",
            "nov|november",
            "dec|december|dez|dezember",
        };
        for (int i = 0; i < 12; ++i)
            for (const QString &name : QString::fromUtf8(names[i]).split(u'|'))
                m.insert(name, i + 1);
        return m;
    }();
    return months;
}

QString monthPattern()
{
    QStringList names = monthNumbers().keys();
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return QStringLiteral("(?:%1)\\.?").arg(names.join(u'|'));
}

// One date: "Jan 2020", "January, 2020", "2019-03", "2019/03", "03/2019", "3.2019", "2018".
QString datePattern()
{
    return QStringLiteral("(?:%1,?\\s+(?:19|20)\\d\\d|(?:19|20)\\d\\d[-/"
                          ".](?:0?[1-9]|1[0-2])(?!\\d)|(?:0?[1-9]|1[0-2])[/.](?:19|20)\\d\\d"
                          "|(?<![\\d/.])(?:19|20)\\d\\d(?![\\d]))")
        .arg(monthPattern());
}

const QString kOpenEnd
    = QStringLiteral("present|current|currently|now|today|ongoing|heute|bis heute|aktuell|dato|jetzt");

const QRegularExpression &rangeExpression()
{
    static const QRegularExpression re(QStringLiteral("(?<start>%1)\\s*(?:[-\u2013\u2014~]+|to|till|until|"
                                                      "bis)\\s*(?:(?<end>%1)|(?<open>%2))(?![\\p{L}\\d])"
                                                      "|(?:since|seit|from|ab)\\s+(?<since>%1)")
                                           .arg(datePattern(), kOpenEnd),
                                       QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

int monthIndex(const QString &month, bool atEnd)
{
    const int year = month.left(4).toInt();
    const int m = month.size() >= 7 ? month.mid(5, 2).toInt() : (atEnd ? 12 : 1);
    return year * 12 + m - 1;
}

} // namespace

QString parseMonth(const QString &text)
{
    static const QRegularExpression named(QStringLiteral("^(\\p{L}+)\\.?,?\\s+((?:19|20)\\d\\d)$"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression yearFirst(QStringLiteral("^((?:19|20)\\d\\d)[-/.](\\d{1,2})$"));
    static const QRegularExpression monthFirst(QStringLiteral("^(\\d{1,2})[/.]((?:19|20)\\d\\d)$"));
    static const QRegularExpression yearOnly(QStringLiteral("^((?:19|20)\\d\\d)$"));
    const QString t = text.trimmed();
    auto month = [](int year, int m) {
        return m >= 1 && m <= 12 ? QStringLiteral("%1-%2").arg(year).arg(m, 2, 10, QLatin1Char('0'))
                                 : QString();
    };
    if (auto match = named.match(t); match.hasMatch()) {
        const int m = monthNumbers().value(match.captured(1).toLower(), 0);
        return m ? month(match.captured(2).toInt(), m) : QString();
    }
    if (auto match = yearFirst.match(t); match.hasMatch())
        return month(match.captured(1).toInt(), match.captured(2).toInt());
    if (auto match = monthFirst.match(t); match.hasMatch())
        return month(match.captured(2).toInt(), match.captured(1).toInt());
    if (auto match = yearOnly.match(t); match.hasMatch())
        return match.captured(1);
    return {};
}

std::optional<DateRange> findDateRange(const QString &text)
{
    QRegularExpressionMatchIterator it = rangeExpression().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        DateRange range;
        range.position = int(match.capturedStart());
        range.length = int(match.capturedLength());
        if (match.hasCaptured(u"since")) {
            range.start = parseMonth(match.captured(u"since"));
            range.isCurrent = true;
        } else {
            range.start = parseMonth(match.captured(u"start"));
            range.isCurrent = match.hasCaptured(u"open");
            range.end = range.isCurrent ? QString() : parseMonth(match.captured(u"end"));
        }
        if (range.start.isEmpty() || (!range.isCurrent && range.end.isEmpty()))
            continue;
        return range;
    }
    return std::nullopt;
}

int DateRange::months(QDate today) const
{
    const auto span = monthSpan(start, end, isCurrent, today);
    return span && span->second >= span->first ? span->second - span->first + 1 : 0;
}

std::optional<std::pair<int, int>> monthSpan(const QString &start, const QString &end, bool isCurrent,
                                             QDate today)
{
    static const QRegularExpression form(QStringLiteral("^(?:19|20)\\d\\d(?:-\\d\\d)?$"));
    if (!form.match(start).hasMatch() || (!isCurrent && !form.match(end).hasMatch()))
        return std::nullopt;
    const int first = monthIndex(start, false);
    const int last = isCurrent ? today.year() * 12 + today.month() - 1 : monthIndex(end, true);
    return std::pair {first, last};
}

QList<int> findYears(const QString &text)
{
    static const QRegularExpression year(QStringLiteral("(?<!\\d)((?:19[5-9]|20\\d)\\d)(?!\\d)"));
    QList<int> years;
    for (auto it = year.globalMatch(text); it.hasNext();)
        years.append(it.next().captured(1).toInt());
    return years;
}

} // namespace Tandem
