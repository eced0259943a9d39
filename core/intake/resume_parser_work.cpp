#include "date_range.h"
#include "resume_parser_parts.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Tandem::Internal::ResumeParsing {

namespace {

const QRegularExpression &partSeparator()
{
    static const QRegularExpression re(
        QStringLiteral("\\t+|\\s*\\|\\s*|\\s+[\u2013\u2014-]\\s+|\\s*[\u2013\u2014]\\s*|,\\s+|\\s*["
                       "\u00b7\u2022]\\s*|\\s{3,}"));
    return re;
}

// "Acme, Inc." was split at its comma: the suffix belongs to the name before it.
bool isCompanySuffix(const QString &part)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:inc|llc|ltd|gmbh|ag|corp|co|plc|llp|se|kg|sa)\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(part).hasMatch();
}

// The pieces of a line that may be a title or an employer: separators split it, dates,
// locations and empty brackets drop out.
QStringList phrasesOf(QString text)
{
    static const QRegularExpression brackets(QStringLiteral("\\(\\s*\\)|\\[\\s*\\]"));
    text.remove(brackets);
    QStringList phrases;
    bool previousWasPlace = false;
    for (QString part : text.split(partSeparator(), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        // Punctuation left at the ends by the split; a bracket stays when it has its partner.
        while (!part.isEmpty() && QStringLiteral("([,;:|").contains(part.back()))
            part.chop(1);
        while (!part.isEmpty() && QStringLiteral(")],;:|").contains(part.front()))
            part.remove(0, 1);
        if (part.endsWith(u')') && !part.contains(u'('))
            part.chop(1);
        if (part.startsWith(u'(') && !part.contains(u')'))
            part.remove(0, 1);
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        if (looksLikeLocation(part)) {
            // "Evanston, IL": a place nobody lists goes with the state or country after it.
            if (!previousWasPlace && phrases.size() > 1 && isRegionName(part)
                && titleScore(phrases.last()) == 0.0 && employerScore(phrases.last()) == 0.0)
                phrases.removeLast();
            previousWasPlace = true;
            continue;
        }
        previousWasPlace = false;
        if (isCompanySuffix(part) && !phrases.isEmpty()) {
            phrases.last() += QStringLiteral(", ") + part;
            continue;
        }
        phrases.append(part);
    }
    return phrases;
}

// A line that can hold a title or an employer: short, not a sentence.
bool isPhraseLine(const ResumeLine &line)
{
    if (line.bullet || line.text.size() > 80 || line.text.count(u' ') > 9)
        return false;
    if (line.text.endsWith(u'.') && !line.text.endsWith(QStringLiteral("Inc."))
        && !line.text.endsWith(QStringLiteral("Ltd.")))
        return false;
    return line.text.front().isUpper() || line.text.front().isDigit();
}

struct Assignment
{
    QString title;
    QString employer;
    double confidence = 0.0;
};

// "Senior Engineer at Acme", "Engineer @ Acme", "Entwickler bei Acme".
std::optional<Assignment> explicitAssignment(const QString &text)
{
    static const QRegularExpression at(QStringLiteral("^(.+?)\\s+(?:at|@|bei)\\s+(.+)$"));
    const auto m = at.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QStringList right = phrasesOf(m.captured(2));
    const QStringList left = phrasesOf(m.captured(1));
    if (left.isEmpty() || right.isEmpty())
        return std::nullopt;
    return Assignment {left.last(), right.first(), 0.9};
}

// The best title/employer pair among the phrases of an entry: what the words say, then
// closeness (neighbours belong together) and the more common order (title first).
Assignment assign(const QStringList &phrases, bool tableRow)
{
    if (phrases.isEmpty())
        return {};
    if (phrases.size() == 1) {
        const QString &p = phrases.first();
        return titleScore(p) >= employerScore(p) ? Assignment {p, {}, 0.4} : Assignment {{}, p, 0.4};
    }
    double best = -1.0;
    double runnerUp = -1.0;
    Assignment chosen;
    for (qsizetype t = 0; t < phrases.size(); ++t) {
        for (qsizetype e = 0; e < phrases.size(); ++e) {
            if (t == e)
                continue;
            const double score = titleScore(phrases[t]) + employerScore(phrases[e])
                + (std::abs(t - e) == 1 ? 0.1 : 0.0) + (t < e ? 0.05 : 0.0);
            if (score > best) {
                runnerUp = best;
                best = score;
                chosen = Assignment {phrases[t], phrases[e], 0.0};
            } else if (score > runnerUp) {
                runnerUp = score;
            }
        }
    }
    chosen.confidence = best - runnerUp >= 0.5 ? (tableRow ? 0.9 : 0.8) : 0.6;
    return chosen;
}

// Phrases that already hold a title and an employer need no neighbouring line.
bool complete(const QStringList &phrases)
{
    if (phrases.size() < 2)
        return false;
    const bool title = std::any_of(phrases.cbegin(), phrases.cend(),
                                   [](const QString &p) { return titleScore(p) >= 0.5; });
    const bool employer = std::any_of(phrases.cbegin(), phrases.cend(),
                                      [](const QString &p) { return employerScore(p) >= 0.4; });
    return title && employer;
}

QList<ResumeLine> linesOf(const QList<ResumeLine> &lines, ResumeSection section)
{
    QList<ResumeLine> out;
    for (const ResumeLine &line : lines)
        if (line.section == section)
            out.append(line);
    return out;
}

} // namespace

QList<ParsedWork> readWork(const QList<ResumeLine> &all)
{
    QList<ResumeLine> lines = linesOf(all, ResumeSection::Experience);
    if (lines.isEmpty())
        lines = linesOf(all, ResumeSection::Header); // a resume without headings
    QList<int> anchors;
    QList<DateRange> ranges;
    for (int i = 0; i < lines.size(); ++i) {
        if (auto range = findDateRange(lines[i].text); range && !lines[i].bullet) {
            anchors.append(i);
            ranges.append(*range);
        }
    }
    QSet<int> used(anchors.cbegin(), anchors.cend());
    QList<ParsedWork> work;
    for (int k = 0; k < anchors.size(); ++k) {
        const int a = anchors[k];
        const DateRange &range = ranges[k];
        QString rest = lines[a].text;
        rest.remove(range.position, range.length);
        const bool tableRow = lines[a].text.contains(u'\t');
        std::optional<Assignment> assignment = explicitAssignment(rest);
        QStringList phrases = phrasesOf(rest);
        // Title and employer may stand on the line(s) before the dates, else after them.
        const int previousAnchor = k > 0 ? anchors[k - 1] : -1;
        for (int p = a - 1;
             !assignment && !complete(phrases) && p > previousAnchor && p >= a - (phrases.size() < 2 ? 2 : 1);
             --p) {
            if (used.contains(p) || !isPhraseLine(lines[p]))
                break;
            used.insert(p);
            assignment = explicitAssignment(lines[p].text);
            phrases = phrasesOf(lines[p].text) + phrases;
        }
        for (int n = a + 1; !assignment && phrases.size() < 2 && n < lines.size() && n <= a + 2; ++n) {
            if (used.contains(n) || !isPhraseLine(lines[n]))
                break;
            used.insert(n);
            assignment = explicitAssignment(lines[n].text);
            phrases += phrasesOf(lines[n].text);
        }
        const Assignment chosen = assignment ? *assignment : assign(phrases, tableRow);
        ParsedWork entry;
        entry.title = chosen.title;
        entry.employer = chosen.employer;
        entry.startMonth = range.start;
        entry.endMonth = range.end;
        entry.isCurrent = range.isCurrent;
        entry.confidence = chosen.confidence;
        work.append(entry);
    }
    // Newest first: current jobs, then by start.
    std::stable_sort(work.begin(), work.end(), [](const ParsedWork &x, const ParsedWork &y) {
        if (x.isCurrent != y.isCurrent)
            return x.isCurrent;
        return x.startMonth > y.startMonth;
    });
    return work;
}

namespace {

// "B.Sc. in Computer Science" -> ("B.Sc.", "Computer Science"); "M.Sc. Physics" -> ("M.Sc.",
// "Physics"); "Juris Doctor" stays whole.
std::pair<QString, QString> splitDegree(const QString &phrase)
{
    static const QRegularExpression in(QStringLiteral("^(.+?)\\s+(?:in|im Fach)\\s+(.+)$"));
    if (const auto m = in.match(phrase); m.hasMatch())
        return {m.captured(1).trimmed(), m.captured(2).trimmed()};
    static const QRegularExpression abbreviation(
        QStringLiteral("^((?:[A-Z][a-z]{0,3}\\.?\\s?){1,3}[A-Z]?[a-z]{0,3}\\.?)\\s+(\\p{Lu}.+)$"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (const auto m = abbreviation.match(phrase);
        m.hasMatch() && looksLikeDegree(m.captured(1)) && !m.captured(1).contains(u' '))
        return {m.captured(1).trimmed(), m.captured(2).trimmed()};
    return {phrase, {}};
}

} // namespace

QList<ParsedEducation> readEducation(const QList<ResumeLine> &all)
{
    QList<ParsedEducation> entries;
    const QList<ResumeLine> lines = linesOf(all, ResumeSection::Education);
    QString leftover; // a phrase that may be the institution of the entry it ends up in
    auto current = [&entries]() -> ParsedEducation & { return entries.last(); };
    for (const ResumeLine &line : lines) {
        QString text = line.text;
        std::optional<int> start;
        std::optional<int> end;
        if (auto range = findDateRange(text)) {
            start = range->start.left(4).toInt();
            end = range->isCurrent ? std::nullopt : std::optional<int>(range->end.left(4).toInt());
            text.remove(range->position, range->length);
        } else if (const QList<int> years = findYears(text); !years.isEmpty()) {
            end = years.last();
            static const QRegularExpression year(QStringLiteral("\\b(?:19|20)\\d\\d\\b"));
            text.remove(year);
        }
        QString degree;
        QString institution;
        QStringList others;
        for (const QString &phrase : phrasesOf(text)) {
            if (degree.isEmpty() && looksLikeDegree(phrase))
                degree = phrase;
            else if (institution.isEmpty() && looksLikeInstitution(phrase))
                institution = phrase;
            else if (!line.bullet)
                others.append(phrase);
        }
        const bool opensEntry = entries.isEmpty() || (!degree.isEmpty() && !current().degree.isEmpty())
            || (!institution.isEmpty() && !current().institution.isEmpty());
        if (opensEntry && (!degree.isEmpty() || !institution.isEmpty()))
            entries.append(ParsedEducation {});
        if (entries.isEmpty())
            continue;
        ParsedEducation &e = current();
        if (!degree.isEmpty())
            std::tie(e.degree, e.field) = splitDegree(degree);
        if (!institution.isEmpty())
            e.institution = institution;
        if (e.institution.isEmpty() && !others.isEmpty())
            e.institution = others.takeFirst(); // "Stanford" without the word University
        else if (e.degree.isEmpty() && !institution.isEmpty() && !others.isEmpty())
            e.degree = others.takeFirst(); // "ACCA qualification, King's College London"
        if (end || start) {
            e.endYear = end ? end : e.endYear;
            e.startYear = start ? start : e.startYear;
        }
        e.confidence = (!e.degree.isEmpty() && looksLikeInstitution(e.institution)) ? 0.8 : 0.5;
    }
    std::stable_sort(entries.begin(), entries.end(), [](const ParsedEducation &x, const ParsedEducation &y) {
        return x.endYear.value_or(9999) > y.endYear.value_or(9999);
    });
    return entries;
}

void readCurrentRole(const QList<ResumeLine> &lines, ParsedResume &out)
{
    if (!out.work.isEmpty()) {
        const ParsedWork &newest = out.work.first();
        const double confidence = newest.confidence * (newest.isCurrent ? 1.0 : 0.8);
        out.currentTitle = ParsedField {newest.title, newest.title.isEmpty() ? 0.0 : confidence};
        out.currentCompany = ParsedField {newest.employer, newest.employer.isEmpty() ? 0.0 : confidence};
        return;
    }
    // No work history: a headline under the name ("Senior Data Engineer at Numera").
    for (int i = 0; i < std::min(int(lines.size()), 6); ++i) {
        const QString &text = lines[i].text;
        if (lines[i].section != ResumeSection::Header || text.contains(u'@') || titleScore(text) < 0.5)
            continue;
        if (auto assignment = explicitAssignment(text)) {
            out.currentTitle = ParsedField {assignment->title, 0.5};
            out.currentCompany = ParsedField {assignment->employer, 0.5};
        } else {
            out.currentTitle = ParsedField {phrasesOf(text).value(0), 0.5};
        }
        return;
    }
}

void readYears(const QList<ResumeLine> &lines, QDate today, ParsedResume &out)
{
    static const QRegularExpression stated(QStringLiteral("(\\d{1,2})\\+?\\s*(?:years?|yrs?|Jahren?)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (const ResumeLine &line : lines) {
        if (line.section != ResumeSection::Summary && line.section != ResumeSection::Header)
            continue;
        if (const auto m = stated.match(line.text); m.hasMatch() && m.captured(1).toInt() <= 60) {
            out.yearsExperience = m.captured(1).toDouble();
            out.yearsConfidence = 0.8;
            return;
        }
    }
    QList<std::pair<int, int>> spans;
    for (const ParsedWork &w : out.work)
        if (auto span = monthSpan(w.startMonth, w.endMonth, w.isCurrent, today);
            span && span->second >= span->first)
            spans.append(*span);
    if (spans.isEmpty())
        return;
    std::sort(spans.begin(), spans.end());
    int months = 0;
    int coveredUpTo = -1; // last month already counted: overlapping jobs count once
    for (const auto &[first, last] : spans) {
        const int from = std::max(first, coveredUpTo + 1);
        if (last >= from)
            months += last - from + 1;
        coveredUpTo = std::max(coveredUpTo, last);
    }
    out.yearsExperience = std::round(months / 12.0 * 10.0) / 10.0;
    out.yearsConfidence = 0.6;
}

} // namespace Tandem::Internal::ResumeParsing
