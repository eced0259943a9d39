#include "resume_parser.h"

#include "resume_parser_parts.h"

namespace Tandem {

using namespace Internal::ResumeParsing;

namespace {

// Skills: the skills and languages sections first (there, short words like "Go" count),
// then mentions anywhere else.
void readSkills(const SkillVocabulary &vocabulary, const QList<ResumeLine> &lines, ParsedResume &out)
{
    QStringList listed;
    QStringList elsewhere;
    for (const ResumeLine &line : lines) {
        const bool list = line.section == ResumeSection::Skills || line.section == ResumeSection::Languages;
        (list ? listed : elsewhere).append(line.text);
    }
    QSet<QString> seen;
    auto take = [&](const QStringList &skills, double confidence) {
        for (const QString &skill : skills) {
            if (!seen.contains(skill)) {
                seen.insert(skill);
                out.skills.append(ParsedField {skill, confidence});
            }
        }
    };
    take(vocabulary.findInText(listed.join(u'\n'), true), 0.9);
    take(vocabulary.findInText(elsewhere.join(u'\n'), false), listed.isEmpty() ? 0.8 : 0.7);
}

} // namespace

ResumeParser::ResumeParser(const SkillVocabulary &vocabulary, QString defaultRegion)
    : m_vocabulary(vocabulary)
    , m_region(std::move(defaultRegion))
{ }

ParsedResume ResumeParser::parse(const QString &input) const
{
    QString text = input;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n').replace(u'\u00a0', u' ');
    const QList<ResumeLine> lines = splitSections(text);
    ParsedResume out;
    readName(lines, out);
    readContacts(lines, text, m_region, out);
    readLocation(lines, out);
    out.work = readWork(lines);
    out.education = readEducation(lines);
    readCurrentRole(lines, out);
    readYears(lines, m_today, out);
    readSkills(m_vocabulary, lines, out);
    return out;
}

} // namespace Tandem
