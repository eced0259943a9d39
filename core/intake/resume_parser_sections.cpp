#include "resume_parser_parts.h"

#include <QHash>
#include <QRegularExpression>

namespace Tandem::Internal::ResumeParsing {

namespace {

// Heading words, English and German, as letters only in lower case.
const QHash<QString, ResumeSection> &headings()
{
    static const QHash<QString, ResumeSection> map = [] {
        QHash<QString, ResumeSection> m;
        auto add = [&m](ResumeSection s, const char *list) {
            for (const QString &h : QString::fromUtf8(list).split(u'|'))
                m.insert(h, s);
        };
        add(ResumeSection::Experience,
            "experience|workexperience|professionalexperience|relevantexperience|work|workhistory|employment|"
            "employmenthistory|careerhistory|career|professionalbackground|positionsheld|berufserfahrung|"
            "beruflicheerfahrung|beruflicherwerdegang|werdegang|praxiserfahrung|berufspraxis|experiences");
        add(ResumeSection::Education,
            "education|educationandtraining|academicbackground|academics|qualifications|"
            "academicqualifications|"
            "ausbildung|bildung|bildungsweg|studium|schulbildung|akademischerwerdegang|"
            "educationalbackground");
        add(ResumeSection::Skills,
            "skills|technicalskills|coreskills|keyskills|skillset|skillsandtools|competencies|"
            "corecompetencies|"
            "expertise|areasofexpertise|tools|technologies|toolsandtechnologies|kenntnisse|fähigkeiten|"
            "fahigkeiten|kompetenzen|fachkenntnisse|itkenntnisse|edvkenntnisse|fachkompetenzen|"
            "skillsexpertise|"
            "technicalexpertise|qualificationsandskills");
        add(ResumeSection::Summary,
            "summary|professionalsummary|profile|professionalprofile|aboutme|about|objective|careerobjective|"
            "overview|profil|kurzprofil|zusammenfassung|übermich|ubermich|persönlichesprofil");
        add(ResumeSection::Languages, "languages|languageskills|sprachen|sprachkenntnisse|fremdsprachen");
        add(ResumeSection::Certifications,
            "certifications|certificates|certificationsandlicenses|licensesandcertifications|licenses|"
            "zertifikate|zertifizierungen|weiterbildung|trainings|courses|awards|honors|auszeichnungen");
        add(ResumeSection::Projects,
            "projects|selectedprojects|keyprojects|projekte|publications|volunteering|volunteer");
        add(ResumeSection::Contact,
            "contact|contactdetails|contactinformation|kontakt|kontaktdaten|personaldetails|"
            "persönlichedaten|personalinformation");
        add(ResumeSection::Other,
            "interests|hobbies|references|referenzen|interessen|additionalinformation|sonstiges");
        return m;
    }();
    return map;
}

QString lettersOnly(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (c.isLetter())
            out += c.toLower();
    return out;
}

bool isBulletMark(QChar c)
{
    return QStringLiteral("\u2022\u25aa\u25cf\u25e6\u2023\u00b7*-\u2013>\u27a2\u2713").contains(c);
}

// What PDF extraction leaves between pages: "Page 2 of 3", "Seite 2", "2 / 3".
bool isPageFurniture(const QString &line)
{
    static const QRegularExpression page(
        QStringLiteral(
            "^(?:(?:page|seite)\\s*\\d+(?:\\s*(?:of|von|/)\\s*\\d+)?|\\d+\\s*/\\s*\\d+|-\\s*\\d+\\s*-)$"),
        QRegularExpression::CaseInsensitiveOption);
    return page.match(line).hasMatch();
}

// "Ann Lee – Resume": a running header repeats the name with the document's kind. At the
// top it is the name line; further down it is noise between pages.
QString withoutDocumentKind(const QString &line)
{
    static const QRegularExpression kind(
        QStringLiteral("\\s*[-\u2013\u2014|:,]\\s*(?:resume|résumé|cv|curriculum vitae|lebenslauf)$"),
        QRegularExpression::CaseInsensitiveOption);
    return QString(line).remove(kind);
}

} // namespace

std::optional<ResumeSection> headingSection(const QString &line)
{
    const QString t = line.trimmed();
    const QStringList words = t.split(u' ', Qt::SkipEmptyParts);
    // "E X P E R I E N C E" is one word set wide.
    const bool letterSpaced
        = std::all_of(words.cbegin(), words.cend(), [](const QString &w) { return w.size() == 1; });
    if (t.isEmpty() || t.size() > 60 || (words.size() > 5 && !letterSpaced))
        return std::nullopt;
    auto it = headings().constFind(lettersOnly(t));
    if (it == headings().constEnd())
        return std::nullopt;
    return *it;
}

QList<ResumeLine> splitSections(const QString &text)
{
    static const QRegularExpression labelled(QStringLiteral("^([^:]{2,40}):\\s*(\\S.*)$"));
    QList<ResumeLine> lines;
    ResumeSection current = ResumeSection::Header;
    for (const QString &raw : text.split(u'\n')) {
        QString t = raw.trimmed();
        if (t.isEmpty() || isPageFurniture(t))
            continue;
        if (const QString bare = withoutDocumentKind(t); bare != t) {
            if (current != ResumeSection::Header || bare.isEmpty())
                continue;
            t = bare;
        }
        if (auto section = headingSection(t)) {
            current = *section;
            continue;
        }
        // "Skills: Python, SQL" opens the section and keeps the list.
        ResumeSection section = current;
        if (auto m = labelled.match(t); m.hasMatch()) {
            if (auto labelSection = headingSection(m.captured(1));
                labelSection && *labelSection != ResumeSection::Summary) {
                section = *labelSection;
                t = m.captured(2).trimmed();
                // "Technologies: Java, Spring" inside a job lists skills for that line only;
                // elsewhere the label opens its section.
                const bool insideEntries = current == ResumeSection::Experience
                    || current == ResumeSection::Education || current == ResumeSection::Projects;
                if (!insideEntries)
                    current = section;
            }
        }
        ResumeLine line {t, section, false};
        if (isBulletMark(t.front()) && t.size() > 1 && t.at(1).isSpace()) {
            line.bullet = true;
            line.text = t.mid(1).trimmed();
        }
        lines.append(line);
    }
    return lines;
}

QString sectionText(const QList<ResumeLine> &lines, ResumeSection section)
{
    QStringList texts;
    for (const ResumeLine &line : lines)
        if (line.section == section)
            texts.append(line.text);
    return texts.join(u'\n');
}

} // namespace Tandem::Internal::ResumeParsing
