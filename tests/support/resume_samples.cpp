#include "resume_samples.h"

#include <core/demo/skill_vocabulary.h>

#include <QRandomGenerator>

namespace Tandem::Testing {

QString ResumeSample::plainText() const
{
    QStringList lines;
    for (const ResumeBlock &block : blocks) {
        switch (block.kind) {
        case ResumeBlock::Kind::Bullet:
            lines.append(QStringLiteral("\u2022 ") + block.text);
            break;
        case ResumeBlock::Kind::Columns:
            lines.append(block.columns.join(u'\t'));
            break;
        default:
            lines.append(block.text);
        }
    }
    return lines.join(u'\n') + u'\n';
}

namespace {

// The day the generated careers end ("present" jobs run until here).
constexpr int kNowYear = 2025;
constexpr int kNowMonth = 6;

struct Place
{
    const char *written;
    const char *city;
    const char *country;
};

struct Region
{
    const char *code;
    QList<Place> places;
};

const QList<Region> &regions()
{
    static const QList<Region> list {
        {"US",
         {{"Austin, TX", "Austin", "United States"},
          {"Seattle, Washington", "Seattle", "United States"},
          {"Bellevue, WA 98004", "Bellevue", "United States"},
          {"New York, NY", "New York", "United States"},
          {"Boston, MA, USA", "Boston", "United States"}}},
        {"DE",
         {{"Berlin, Germany", "Berlin", "Germany"},
          {"10115 Berlin", "Berlin", "Germany"},
          {"Hamburg, Deutschland", "Hamburg", "Germany"},
          {"Potsdam, Germany", "Potsdam", "Germany"}}},
        {"GB",
         {{"London, UK", "London", "United Kingdom"},
          {"Manchester, United Kingdom", "Manchester", "United Kingdom"}}},
        {"FR", {{"Paris, France", "Paris", "France"}, {"Lyon, France", "Lyon", "France"}}},
        {"IN", {{"Bangalore, India", "Bangalore", "India"}, {"Pune, India", "Pune", "India"}}},
        {"NL",
         {{"Amsterdam, Netherlands", "Amsterdam", "Netherlands"},
          {"Utrecht, The Netherlands", "Utrecht", "Netherlands"}}},
        {"ES", {{"Madrid, Spain", "Madrid", "Spain"}}},
        {"AU", {{"Sydney, Australia", "Sydney", "Australia"}}},
        {"CH", {{"Zurich, Switzerland", "Zurich", "Switzerland"}}},
    };
    return list;
}

const QStringList kFirstNames {
    QStringLiteral("Ann"),    QStringLiteral("José"),   QStringLiteral("Zoë"),     QStringLiteral("Søren"),
    QStringLiteral("Łukasz"), QStringLiteral("Anaïs"),  QStringLiteral("Björn"),   QStringLiteral("Ayşe"),
    QStringLiteral("Renée"),  QStringLiteral("Priya"),  QStringLiteral("Michael"), QStringLiteral("Jan"),
    QStringLiteral("Chen"),   QStringLiteral("Fatima"), QStringLiteral("Oliver"),  QStringLiteral("Jürgen"),
    QStringLiteral("Emma"),   QStringLiteral("Kwame"),  QStringLiteral("Sofia"),   QStringLiteral("Mateo"),
    QStringLiteral("Hannah"), QStringLiteral("Ravi"),   QStringLiteral("Claire"),  QStringLiteral("Noah"),
};
const QStringList kLastNames {
    QStringLiteral("Lee"),         QStringLiteral("Müller"),      QStringLiteral("García"),
    QStringLiteral("O'Brien"),     QStringLiteral("Nguyen"),      QStringLiteral("Kowalski"),
    QStringLiteral("Østergaard"),  QStringLiteral("Schäfer"),     QStringLiteral("van der Berg"),
    QStringLiteral("de la Cruz"),  QStringLiteral("da Silva"),    QStringLiteral("von Stein"),
    QStringLiteral("Smith-Jones"), QStringLiteral("Meyer-Lüdke"), QStringLiteral("Patel"),
    QStringLiteral("Johnson"),     QStringLiteral("Dvořák"),      QStringLiteral("Sánchez"),
    QStringLiteral("Okafor"),      QStringLiteral("Williams"),    QStringLiteral("de Vries"),
    QStringLiteral("Tanaka"),      QStringLiteral("Rossi"),       QStringLiteral("Brown"),
};
const QStringList kInstitutions {
    QStringLiteral("University of Michigan"),
    QStringLiteral("Technische Universität München"),
    QStringLiteral("Imperial College London"),
    QStringLiteral("Stanford University"),
    QStringLiteral("ETH Zürich"),
    QStringLiteral("Hochschule für Technik Berlin"),
    QStringLiteral("University of Toronto"),
    QStringLiteral("Indian Institute of Technology Bombay"),
    QStringLiteral("Sorbonne Université"),
    QStringLiteral("University of Amsterdam"),
    QStringLiteral("Georgia Institute of Technology"),
    QStringLiteral("King's College London"),
};
const QStringList kSuffixes {QString(),
                             QString(),
                             QStringLiteral(" Inc."),
                             QStringLiteral(" GmbH"),
                             QStringLiteral(" Ltd"),
                             QStringLiteral(" LLC"),
                             QString()};

// Choices a layout makes; each cycles through its values with its own stride so that the
// combinations differ from sample to sample.
// Things real resumes carry besides the facts, each switched on for about a third of them.
enum Noise : int {
    WorkLocation = 1, // "Acme Corp, Berlin" where the employer stands
    Descriptions = 2, // a sentence under a job instead of (or besides) bullets
    PageFurniture = 4, // "Page 1 of 2" and a running header from PDF extraction
    SkillLevels = 8, // "Python (expert)"
    DottedMonths = 16, // "Sept. 2019", "Jan. 2020"
    PhoneLabel = 32, // "Mobile: +49 ..." inside a one-line contact row
};

struct Layout
{
    int name, contact, heading, date, work, skills, education, order;
    int noise = 0;
    QString describe() const
    {
        return QStringLiteral("name%1-contact%2-heading%3-date%4-work%5-skills%6-edu%7-order%8-noise%9")
            .arg(name)
            .arg(contact)
            .arg(heading)
            .arg(date)
            .arg(work)
            .arg(skills)
            .arg(education)
            .arg(order)
            .arg(noise);
    }
};

Layout layoutFor(int i, QRandomGenerator &rng)
{
    auto cycle = [i, &rng](int n, int stride) { return int((i * stride + rng.bounded(2) * (i / n)) % n); };
    Layout layout {cycle(6, 1), cycle(6, 5),  cycle(6, 7), cycle(7, 3),
                   cycle(8, 5), cycle(6, 11), cycle(5, 3), cycle(4, 7)};
    for (int bit = 1; bit <= PhoneLabel; bit <<= 1)
        layout.noise |= rng.bounded(3) == 0 ? bit : 0;
    return layout;
}

QString asciiFold(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c == u'ø' || c == u'Ø')
            out += u'o';
        else if (c == u'ł' || c == u'Ł')
            out += u'l';
        else if (c.isLetter() && c.unicode() < 128)
            out += c.toLower();
    }
    return out;
}

struct Phone
{
    QString written;
    QString e164;
};

QString digits(QRandomGenerator &rng, int n, bool leadingNonZero = false)
{
    QString out;
    for (int k = 0; k < n; ++k)
        out += QChar(u'0' + ((k == 0 && leadingNonZero) ? 1 + rng.bounded(9) : rng.bounded(10)));
    return out;
}

QString grouped(const QString &d, std::initializer_list<int> sizes, QChar sep = u' ')
{
    QStringList parts;
    int at = 0;
    for (int size : sizes) {
        parts.append(d.mid(at, size));
        at += size;
    }
    return parts.join(sep);
}

// A valid number of the region in one of the ways people write it; `local` allows the
// national form (only right when the import assumes this region).
Phone makePhone(const QString &region, bool local, QRandomGenerator &rng)
{
    const int style = rng.bounded(3);
    if (region == QStringLiteral("US")) {
        const QString area = QStringList {QStringLiteral("512"), QStringLiteral("415"), QStringLiteral("206"),
                                          QStringLiteral("617")}
                                 .at(rng.bounded(4));
        const QString exchange = QChar(u'2' + rng.bounded(8)) + digits(rng, 1) + QChar(u'2' + rng.bounded(8));
        const QString line = digits(rng, 4);
        const QString e164 = QStringLiteral("+1") + area + exchange + line;
        if (!local || style == 0)
            return {QStringLiteral("+1 %1 %2 %3").arg(area, exchange, line), e164};
        return {style == 1 ? QStringLiteral("(%1) %2-%3").arg(area, exchange, line)
                           : QStringLiteral("%1.%2.%3").arg(area, exchange, line),
                e164};
    }
    if (region == QStringLiteral("DE")) {
        const bool mobile = rng.bounded(2) == 0;
        const QString national
            = mobile ? QStringLiteral("151") + digits(rng, 8) : QStringLiteral("30") + digits(rng, 8, true);
        const QString e164 = QStringLiteral("+49") + national;
        const int split = mobile ? 3 : 2;
        if (!local || style == 0)
            return {QStringLiteral("+49 %1 %2").arg(national.left(split), national.mid(split)), e164};
        if (style == 1)
            return {QStringLiteral("+49 (0)%1 %2")
                        .arg(national.left(split), grouped(national.mid(split), {4, 4})),
                    e164};
        return {QStringLiteral("0%1 %2").arg(national.left(split), national.mid(split)), e164};
    }
    if (region == QStringLiteral("GB")) {
        const QString national = QStringLiteral("7712") + digits(rng, 6);
        const QString e164 = QStringLiteral("+44") + national;
        if (!local || style == 0)
            return {QStringLiteral("+44 %1 %2").arg(national.left(4), national.mid(4)), e164};
        return {QStringLiteral("0%1 %2").arg(national.left(4), national.mid(4)), e164};
    }
    if (region == QStringLiteral("FR")) {
        const QString national = QStringLiteral("6") + digits(rng, 8);
        const QString e164 = QStringLiteral("+33") + national;
        if (!local || style == 0)
            return {QStringLiteral("+33 6 ") + grouped(national.mid(1), {2, 2, 2, 2}), e164};
        return {QStringLiteral("06 ") + grouped(national.mid(1), {2, 2, 2, 2}), e164};
    }
    if (region == QStringLiteral("IN")) {
        const QString national = QStringLiteral("9") + digits(rng, 9);
        const QString e164 = QStringLiteral("+91") + national;
        if (!local || style == 0)
            return {QStringLiteral("+91-%1-%2").arg(national.left(5), national.mid(5)), e164};
        return {QStringLiteral("%1 %2").arg(national.left(5), national.mid(5)), e164};
    }
    if (region == QStringLiteral("NL")) {
        const QString national = QStringLiteral("6") + QChar(u'1' + rng.bounded(5)) + digits(rng, 7);
        return {local && style != 0 ? QStringLiteral("06-") + national.mid(1)
                                    : QStringLiteral("+31 6 ") + national.mid(1),
                QStringLiteral("+31") + national};
    }
    if (region == QStringLiteral("ES")) {
        const QString national = QStringLiteral("6") + digits(rng, 8);
        return {local && style != 0 ? grouped(national, {3, 3, 3})
                                    : QStringLiteral("+34 ") + grouped(national, {3, 3, 3}),
                QStringLiteral("+34") + national};
    }
    if (region == QStringLiteral("AU")) {
        const QString national = QStringLiteral("41") + digits(rng, 7);
        return {local && style != 0 ? QStringLiteral("0") + grouped(national, {3, 3, 3})
                                    : QStringLiteral("+61 ") + grouped(national, {3, 3, 3}),
                QStringLiteral("+61") + national};
    }
    const QString national = QStringLiteral("79") + digits(rng, 7); // CH
    return {local && style != 0 ? QStringLiteral("0") + grouped(national, {2, 3, 2, 2})
                                : QStringLiteral("+41 ") + grouped(national, {2, 3, 2, 2}),
            QStringLiteral("+41") + national};
}

struct Month
{
    int year;
    int month;
    int index() const { return year * 12 + month - 1; }
    static Month from(int index) { return Month {index / 12, index % 12 + 1}; }
};

const char *const kEnglishMonths[12]
    = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char *const kLongMonths[12] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};
const char *const kGermanMonths[12] = {"Januar", "Februar", "März",      "April",   "Mai",      "Juni",
                                       "Juli",   "August",  "September", "Oktober", "November", "Dezember"};

// How a date style writes one month; style 3 writes years only.
QString writeMonth(Month m, int style, bool dotted = false)
{
    switch (style) {
    case 0:
        if (dotted && m.month != 5) // "Sept. 2019", "Jan. 2020"
            return QStringLiteral("%1. %2")
                .arg(m.month == 9 ? QStringLiteral("Sept") : QString::fromUtf8(kEnglishMonths[m.month - 1]))
                .arg(m.year);
        return QStringLiteral("%1 %2").arg(QString::fromUtf8(kEnglishMonths[m.month - 1])).arg(m.year);
    case 1:
        return QStringLiteral("%1-%2").arg(m.year).arg(m.month, 2, 10, QLatin1Char('0'));
    case 2:
        return QStringLiteral("%1/%2").arg(m.month, 2, 10, QLatin1Char('0')).arg(m.year);
    case 3:
        return QString::number(m.year);
    case 4:
        return QStringLiteral("%1 %2").arg(QString::fromUtf8(kLongMonths[m.month - 1])).arg(m.year);
    case 5:
        return QStringLiteral("%1 %2").arg(QString::fromUtf8(kGermanMonths[m.month - 1])).arg(m.year);
    default:
        return QStringLiteral("%1.%2").arg(m.month, 2, 10, QLatin1Char('0')).arg(m.year);
    }
}

QString writeRange(Month start, std::optional<Month> end, int style, bool dotted, QRandomGenerator &rng)
{
    const QString from = writeMonth(start, style, dotted);
    const bool german = style >= 5;
    if (!end) {
        if (german && rng.bounded(2) == 0)
            return QStringLiteral("seit ") + from;
        const QStringList open = german
            ? QStringList {QStringLiteral("heute"), QStringLiteral("bis heute")}
            : QStringList {QStringLiteral("Present"), QStringLiteral("Current"), QStringLiteral("now")};
        return from + QStringLiteral(" \u2013 ") + open.at(rng.bounded(int(open.size())));
    }
    const QStringList separators = german
        ? QStringList {QStringLiteral(" \u2013 "), QStringLiteral(" - "), QStringLiteral(" bis ")}
        : QStringList {QStringLiteral(" \u2013 "), QStringLiteral(" - "), QStringLiteral(" to "),
                       QStringLiteral(" \u2014 "), QStringLiteral("\u2013")};
    return from + separators.at(rng.bounded(int(separators.size()))) + writeMonth(*end, style, dotted);
}

QString expectedMonth(Month m, int style)
{
    return style == 3 ? QString::number(m.year)
                      : QStringLiteral("%1-%2").arg(m.year).arg(m.month, 2, 10, QLatin1Char('0'));
}

struct Headings
{
    QString summary, experience, education, skills, languages, contact;
};

Headings headingsFor(int style, QRandomGenerator &rng)
{
    const bool german = style == 3 || style == 4;
    auto pick = [&rng](std::initializer_list<const char *> options) {
        const QList<const char *> list(options);
        return QString::fromUtf8(list.at(rng.bounded(int(list.size()))));
    };
    Headings h = german ? Headings {pick({"Profil", "Zusammenfassung", "Über mich"}),
                                    pick({"Berufserfahrung", "Beruflicher Werdegang"}),
                                    pick({"Ausbildung", "Studium"}),
                                    pick({"Kenntnisse", "Fähigkeiten", "IT-Kenntnisse"}),
                                    pick({"Sprachen", "Sprachkenntnisse"}),
                                    QStringLiteral("Kontakt")}
                        : Headings {pick({"Summary", "Profile", "Professional Summary"}),
                                    pick({"Experience", "Work Experience", "Professional Experience",
                                          "Work History", "Employment History"}),
                                    pick({"Education", "Academic Background"}),
                                    pick({"Skills", "Technical Skills", "Core Competencies"}),
                                    QStringLiteral("Languages"),
                                    QStringLiteral("Contact")};
    auto apply = [style](QString &text) {
        if (style == 1 || style == 4)
            text = text.toUpper();
        else if (style == 2)
            text += u':';
        else if (style == 5)
            text = text.toUpper().split(QString()).join(u' ').trimmed();
    };
    for (QString *text : {&h.summary, &h.experience, &h.education, &h.skills, &h.languages, &h.contact})
        apply(*text);
    return h;
}

class Builder
{
public:
    Builder(int index, QRandomGenerator &rng)
        : m_rng(rng)
        , m_layout(layoutFor(index, rng))
    { }

    ResumeSample build();

private:
    void person();
    void career();
    void nameBlock();
    void contactBlocks(bool atBottom);
    void summaryBlocks();
    void workBlocks();
    void educationBlocks();
    void skillBlocks();
    void languageBlocks();
    void add(ResumeBlock::Kind kind, const QString &text)
    {
        m_sample.blocks.append(ResumeBlock {kind, text, {}});
    }
    void columns(const QStringList &cells)
    {
        m_sample.blocks.append(ResumeBlock {ResumeBlock::Kind::Columns, {}, cells});
    }
    int pick(int n) { return int(m_rng.bounded(n)); }
    template<typename List> auto pickFrom(const List &list) { return list.at(pick(int(list.size()))); }

    QRandomGenerator &m_rng;
    Layout m_layout;
    ResumeSample m_sample;
    ExpectedResume &m_expected = m_sample.expected;
    Headings m_headings;
    QString m_phoneWritten;
    QString m_locationWritten;
    QStringList m_emailsWritten;
    QString m_linkedinWritten;
    QString m_githubWritten;
    QStringList m_projects;
    QList<QString> m_dates; // as written, per work entry
    QStringList m_languages;
    int m_years = 0;
};

void Builder::person()
{
    const Region &region = regions().at(pick(int(regions().size())));
    m_expected.firstName = pickFrom(kFirstNames);
    m_expected.lastName = pickFrom(kLastNames);
    const QString first = asciiFold(m_expected.firstName);
    const QString last = asciiFold(m_expected.lastName);
    const QStringList domains {QStringLiteral("example.com"), QStringLiteral("mail.de"),
                               QStringLiteral("posteo.net"), QStringLiteral("inbox.co.uk")};
    QString email = pick(2) ? first + u'.' + last + u'@' + pickFrom(domains)
                            : first.left(1) + last + u'@' + pickFrom(domains);
    if (pick(5) == 0)
        email[0] = email[0].toUpper(); // "Ann.Lee@..." is stored in lower case
    m_emailsWritten.append(email);
    m_expected.email = email.toLower();
    if (pick(6) == 0) {
        const QString extra = first + QStringLiteral("@") + last + QStringLiteral(".dev");
        m_emailsWritten.append(extra);
        m_expected.extraEmails.append(extra);
    }
    // Most import in their own region; some numbers are written for another region's import.
    const QString code = QString::fromUtf8(region.code);
    const bool importedHere = pick(4) != 0;
    m_sample.defaultRegion
        = importedHere ? code : (code == QStringLiteral("US") ? QStringLiteral("DE") : QStringLiteral("US"));
    if (pick(7) != 0) {
        const Phone phone = makePhone(code, importedHere, m_rng);
        m_phoneWritten = phone.written;
        m_expected.phoneE164 = phone.e164;
    }
    if (pick(7) != 0) {
        const Place &place = region.places.at(pick(int(region.places.size())));
        m_locationWritten = QString::fromUtf8(place.written);
        m_expected.city = QString::fromUtf8(place.city);
        m_expected.country = QString::fromUtf8(place.country);
    }
    const QString handle
        = first + u'-' + last.left(8) + (pick(2) ? QString::number(10 + pick(90)) : QString());
    if (pick(5) < 3) {
        const QStringList forms {QStringLiteral("linkedin.com/in/%1"),
                                 QStringLiteral("https://www.linkedin.com/in/%1/"),
                                 QStringLiteral("www.linkedin.com/in/%1")};
        m_linkedinWritten = pickFrom(forms).arg(handle);
        m_expected.linkedinUrl = QStringLiteral("linkedin.com/in/") + handle;
    }
    if (pick(3) == 0) {
        m_githubWritten = pick(2) ? QStringLiteral("github.com/") + first + last
                                  : QStringLiteral("https://github.com/") + first + last;
        m_expected.githubUrl = QStringLiteral("github.com/") + first + last;
    }
}

void Builder::career()
{
    const Demo::SkillVocabulary &demo = Demo::skillVocabulary();
    const Demo::Domain &domain = demo.domains.at(pick(int(demo.domains.size())));
    const Demo::Track &track = domain.tracks.at(pick(int(domain.tracks.size())));
    m_projects = domain.projects;
    // Skills: the track's, some of the field's common ones, now and then a general one.
    QList<int> skills = track.skills.mid(0, 4 + pick(4));
    for (int k = 0; k < 2 && k < domain.commonSkills.size(); ++k)
        if (!skills.contains(
                domain.commonSkills.at(k + pick(2) % std::max<qsizetype>(1, domain.commonSkills.size() - 1))))
            skills.append(domain.commonSkills.at(k));
    for (int index : skills)
        if (!m_expected.skills.contains(demo.skills.at(index)))
            m_expected.skills.append(demo.skills.at(index));
    // Work, newest first, going back from mid-2025.
    const int entries = 1 + pick(4);
    int endIndex = Month {kNowYear, kNowMonth}.index() - (pick(5) == 0 ? 2 + pick(10) : 0);
    bool current = endIndex == Month {kNowYear, kNowMonth}.index();
    const int dateStyle = m_layout.date;
    const QString seniority = pickFrom(
        QStringList {QString(), QStringLiteral("Senior "), QString(), QStringLiteral("Lead "), QString()});
    for (int k = 0; k < entries; ++k) {
        const int length = 10 + pick(40);
        Month start = Month::from(endIndex - length);
        if (dateStyle == 3 && k > 0) // years only: keep jobs from sharing a year boundary confusingly
            start = Month::from(std::min(start.index(), (Month::from(endIndex).year - 1) * 12));
        ExpectedWork work;
        work.title = (k == 0 ? seniority : QString()) + pickFrom(domain.tracks).title;
        if (k == 0)
            work.title = seniority + track.title;
        work.employer = pickFrom(domain.companies) + pickFrom(kSuffixes);
        for (const ExpectedWork &earlier : m_expected.work)
            if (earlier.employer == work.employer)
                work.employer = QStringLiteral("Acme ") + work.employer;
        work.startMonth = expectedMonth(start, dateStyle);
        work.isCurrent = current;
        work.endMonth = current ? QString() : expectedMonth(Month::from(endIndex), dateStyle);
        m_dates.append(writeRange(start, current ? std::nullopt : std::optional<Month>(Month::from(endIndex)),
                                  dateStyle, m_layout.noise & DottedMonths, m_rng));
        m_expected.work.append(work);
        m_years += length;
        current = false;
        endIndex = start.index() - 1 - pick(4);
    }
    m_expected.currentTitle = m_expected.work.first().title;
    m_expected.currentCompany = m_expected.work.first().employer;
    // Education: one or two degrees of the field.
    int year = Month::from(endIndex).year;
    const int degrees = 1 + pick(2);
    for (int k = 0; k < degrees && k < domain.degrees.size(); ++k) {
        const QString degree
            = domain.degrees.at((pick(int(domain.degrees.size())) + k) % domain.degrees.size());
        const qsizetype in = degree.indexOf(QStringLiteral(" in "));
        ExpectedEducation e;
        e.degree = in < 0 ? degree : degree.left(in);
        e.field = in < 0 ? QString() : degree.mid(in + 4);
        e.institution = pickFrom(kInstitutions);
        e.endYear = year;
        m_expected.education.append(e);
        year -= 2 + pick(3);
    }
    if (m_expected.education.size() == 2 && m_expected.education[0].degree == m_expected.education[1].degree)
        m_expected.education.removeLast();
}

void Builder::nameBlock()
{
    const QString first = m_expected.firstName;
    const QString last = m_expected.lastName;
    const QString text = [&] {
        switch (m_layout.name) {
        case 0:
            return first + u' ' + last;
        case 1:
            return (first + u' ' + last).toUpper();
        case 2:
            return last + QStringLiteral(", ") + first;
        case 3:
            return last.toUpper() + QStringLiteral(", ") + first;
        case 4:
            return QStringLiteral("Curriculum Vitae\n") + first + u' ' + last; // a title above the name
        default:
            return first + u' ' + last.toUpper();
        }
    }();
    for (const QString &line : text.split(u'\n'))
        add(line == text.split(u'\n').last() ? ResumeBlock::Kind::Name : ResumeBlock::Kind::Line, line);
    if (pick(2) == 0)
        add(ResumeBlock::Kind::Line, m_expected.currentTitle); // a headline under the name
}

void Builder::contactBlocks(bool atBottom)
{
    QStringList items = m_emailsWritten;
    if (!m_phoneWritten.isEmpty())
        items.append((m_layout.noise & PhoneLabel) && !atBottom ? QStringLiteral("Mobile: ") + m_phoneWritten
                                                                : m_phoneWritten);
    if (!m_locationWritten.isEmpty())
        items.append(m_locationWritten);
    QStringList links;
    if (!m_linkedinWritten.isEmpty())
        links.append(m_linkedinWritten);
    if (!m_githubWritten.isEmpty())
        links.append(m_githubWritten);
    const bool german = m_layout.heading == 3 || m_layout.heading == 4;
    if (atBottom)
        add(ResumeBlock::Kind::Heading, m_headings.contact);
    switch (atBottom ? 2 : m_layout.contact) {
    case 0:
    case 1:
        add(ResumeBlock::Kind::Line,
            (items + links).join(m_layout.contact == 0 ? QStringLiteral(" | ") : QStringLiteral(" \u2022 ")));
        break;
    case 3: {
        for (const QString &email : m_emailsWritten)
            add(ResumeBlock::Kind::Line,
                (german ? QStringLiteral("E-Mail: ") : QStringLiteral("Email: ")) + email);
        if (!m_phoneWritten.isEmpty())
            add(ResumeBlock::Kind::Line,
                (german ? QStringLiteral("Telefon: ") : QStringLiteral("Phone: ")) + m_phoneWritten);
        if (!m_locationWritten.isEmpty())
            add(ResumeBlock::Kind::Line,
                (german ? QStringLiteral("Wohnort: ") : QStringLiteral("Location: ")) + m_locationWritten);
        for (const QString &link : links)
            add(ResumeBlock::Kind::Line, link);
        break;
    }
    case 4:
        columns(items);
        if (!links.isEmpty())
            columns(links);
        break;
    default:
        for (const QString &item : items + links)
            add(ResumeBlock::Kind::Line, item);
    }
}

void Builder::summaryBlocks()
{
    add(ResumeBlock::Kind::Heading, m_headings.summary);
    const int years = std::max(1, m_years / 12);
    const QStringList &skills = m_expected.skills;
    const bool german = m_layout.heading == 3 || m_layout.heading == 4;
    QString text = german
        ? QStringLiteral("%1 mit %2 Jahren Erfahrung, zuletzt mit Schwerpunkt %3. Sicher in %4 und %5.")
        : QStringLiteral("%1 with %2+ years of experience, most recently on the %3. Skilled in %4 and %5.");
    add(ResumeBlock::Kind::Line,
        text.arg(m_expected.work.first().title)
            .arg(years)
            .arg(pickFrom(m_projects), skills.value(0), skills.value(1)));
    if (pick(2) == 0)
        add(ResumeBlock::Kind::Line,
            german ? QStringLiteral("Ich arbeite gern im Team und lerne schnell.")
                   : QStringLiteral("I enjoy good teamwork, clear goals and learning as I go."));
}

void Builder::workBlocks()
{
    add(ResumeBlock::Kind::Heading, m_headings.experience);
    const QStringList workCities {QStringLiteral("Berlin"), QStringLiteral("London"),
                                  QStringLiteral("Austin, TX"), QStringLiteral("Remote"),
                                  QStringLiteral("Paris, France")};
    for (int k = 0; k < m_expected.work.size(); ++k) {
        ExpectedWork w = m_expected.work[k];
        const QString &dates = m_dates[k];
        if (m_layout.noise & WorkLocation) // written beside the employer, not part of its name
            w.employer += QStringLiteral(", ") + workCities.at((k + m_layout.name) % workCities.size());
        switch (m_layout.work) {
        case 0:
            add(ResumeBlock::Kind::Line, QStringLiteral("%1 at %2 | %3").arg(w.title, w.employer, dates));
            break;
        case 1:
            add(ResumeBlock::Kind::Line, QStringLiteral("%1 \u2014 %2 (%3)").arg(w.employer, w.title, dates));
            break;
        case 2:
            add(ResumeBlock::Kind::Line, QStringLiteral("%1, %2, %3").arg(w.title, w.employer, dates));
            break;
        case 3:
            add(ResumeBlock::Kind::Line, w.title);
            add(ResumeBlock::Kind::Line, QStringLiteral("%1 | %2").arg(w.employer, dates));
            break;
        case 4:
            add(ResumeBlock::Kind::Line, w.employer);
            columns({w.title, dates});
            break;
        case 5:
            columns({dates, w.title, w.employer});
            break;
        case 6:
            columns({w.title, w.employer, dates});
            break;
        default:
            add(ResumeBlock::Kind::Line, dates);
            add(ResumeBlock::Kind::Line, QStringLiteral("%1, %2").arg(w.title, w.employer));
        }
        if (m_layout.noise & Descriptions)
            add(ResumeBlock::Kind::Line,
                QStringLiteral("Responsible for the %1 and a team of %2; reported to the head of %3.")
                    .arg(pickFrom(m_projects))
                    .arg(2 + pick(8))
                    .arg(pickFrom(m_projects)));
        const int bullets = pick(3);
        for (int b = 0; b < bullets; ++b) {
            const QString skill = m_expected.skills.value(pick(int(m_expected.skills.size())));
            add(ResumeBlock::Kind::Bullet,
                pickFrom(QStringList {QStringLiteral("Built the %1 with %2, used by thousands of customers."),
                                      QStringLiteral("Led the %1 rollout; introduced %2 across the team."),
                                      QStringLiteral("Improved the %1 and cut costs by 20% using %2.")})
                    .arg(pickFrom(m_projects), skill));
        }
    }
}

void Builder::educationBlocks()
{
    add(ResumeBlock::Kind::Heading, m_headings.education);
    for (const ExpectedEducation &e : m_expected.education) {
        const QString degree = e.field.isEmpty() ? e.degree : e.degree + QStringLiteral(" in ") + e.field;
        const QString year = QString::number(*e.endYear);
        const QString span = QStringLiteral("%1 \u2013 %2").arg(*e.endYear - 3).arg(year);
        switch (m_layout.education) {
        case 0:
            add(ResumeBlock::Kind::Line, QStringLiteral("%1, %2, %3").arg(degree, e.institution, year));
            break;
        case 1:
            add(ResumeBlock::Kind::Line, e.institution);
            add(ResumeBlock::Kind::Line, QStringLiteral("%1 | %2").arg(degree, span));
            break;
        case 2:
            columns({year, degree, e.institution});
            break;
        case 3:
            add(ResumeBlock::Kind::Line, QStringLiteral("%1 — %2 (%3)").arg(e.institution, degree, span));
            break;
        default:
            add(ResumeBlock::Kind::Line, degree);
            add(ResumeBlock::Kind::Line, QStringLiteral("%1, %2").arg(e.institution, year));
        }
    }
}

void Builder::skillBlocks()
{
    QStringList skills = m_expected.skills;
    if (m_layout.noise & SkillLevels) {
        const QStringList levels {QStringLiteral(" (expert)"), QStringLiteral(" (advanced)"),
                                  QStringLiteral(" (3 years)"), QString()};
        for (QString &skill : skills)
            skill += levels.at(pick(int(levels.size())));
    }
    const qsizetype half = (skills.size() + 1) / 2;
    if (m_layout.skills != 5)
        add(ResumeBlock::Kind::Heading, m_headings.skills);
    switch (m_layout.skills) {
    case 0:
        add(ResumeBlock::Kind::Line, skills.mid(0, half).join(QStringLiteral(", ")));
        add(ResumeBlock::Kind::Line, skills.mid(half).join(QStringLiteral(", ")));
        break;
    case 1:
        for (const QString &skill : skills)
            add(ResumeBlock::Kind::Bullet, skill);
        break;
    case 2:
        add(ResumeBlock::Kind::Line, skills.join(QStringLiteral(" | ")));
        break;
    case 3:
        for (qsizetype k = 0; k < skills.size(); k += 3)
            columns(skills.mid(k, 3));
        break;
    case 4:
        add(ResumeBlock::Kind::Line,
            QStringLiteral("Core: ") + skills.mid(0, half).join(QStringLiteral(", ")));
        add(ResumeBlock::Kind::Line, QStringLiteral("Also: ") + skills.mid(half).join(QStringLiteral(", ")));
        break;
    default:
        add(ResumeBlock::Kind::Line, QStringLiteral("Skills: ") + skills.join(QStringLiteral(", ")));
    }
}

void Builder::languageBlocks()
{
    add(ResumeBlock::Kind::Heading, m_headings.languages);
    const QStringList all {QStringLiteral("English"), QStringLiteral("German"), QStringLiteral("French"),
                           QStringLiteral("Spanish")};
    const QStringList levels {QStringLiteral("native"), QStringLiteral("fluent"), QStringLiteral("C1"),
                              QStringLiteral("B2")};
    QStringList written;
    for (int k = 0; k < 2; ++k) {
        const QString language = all.at((pick(2) + 2 * k) % all.size());
        written.append(QStringLiteral("%1 (%2)").arg(language, levels.at(pick(4))));
        if (!m_expected.skills.contains(language))
            m_expected.skills.append(language);
    }
    add(ResumeBlock::Kind::Line, written.join(QStringLiteral(", ")));
}

ResumeSample Builder::build()
{
    person();
    career();
    m_headings = headingsFor(m_layout.heading, m_rng);
    m_sample.layout = m_layout.describe();
    nameBlock();
    const bool contactAtBottom = m_layout.contact == 5;
    if (!contactAtBottom)
        contactBlocks(false);
    const bool languages = pick(3) == 0;
    switch (m_layout.order) {
    case 0:
        summaryBlocks();
        workBlocks();
        educationBlocks();
        skillBlocks();
        break;
    case 1:
        summaryBlocks();
        skillBlocks();
        workBlocks();
        educationBlocks();
        break;
    case 2:
        workBlocks();
        educationBlocks();
        skillBlocks();
        break;
    default:
        summaryBlocks();
        educationBlocks();
        workBlocks();
        skillBlocks();
        break;
    }
    if (m_layout.noise & PageFurniture) { // what PDF extraction leaves between pages
        const int at = int(m_sample.blocks.size()) * 2 / 3;
        m_sample.blocks.insert(at, ResumeBlock {ResumeBlock::Kind::Line, QStringLiteral("Page 1 of 2"), {}});
        m_sample.blocks.insert(
            at + 1,
            ResumeBlock {ResumeBlock::Kind::Line,
                         m_expected.firstName + u' ' + m_expected.lastName + QStringLiteral(" – Resume"),
                         {}});
    }
    if (languages)
        languageBlocks();
    if (contactAtBottom)
        contactBlocks(true);
    return m_sample;
}

} // namespace

QList<ResumeSample> generateResumeSamples(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<ResumeSample> samples;
    for (int i = 0; i < count; ++i)
        samples.append(Builder(i, rng).build());
    return samples;
}

} // namespace Tandem::Testing
