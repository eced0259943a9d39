#include "resume_parser_parts.h"

#include <QRegularExpression>
#include <QSet>

namespace Tandem::Internal::ResumeParsing {

namespace {

QSet<QString> wordSet(const char *list)
{
    QSet<QString> set;
    for (const QString &w : QString::fromUtf8(list).split(u'|'))
        set.insert(w);
    return set;
}

QStringList lowerWords(const QString &phrase)
{
    static const QRegularExpression split(QStringLiteral("[^\\p{L}\\p{N}&.+#']+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QStringList words = phrase.toLower().split(split, Qt::SkipEmptyParts);
    for (QString &w : words)
        while (w.endsWith(u'.'))
            w.chop(1);
    return words;
}

// Words that name a role; the last word of a title is usually one of them.
const QSet<QString> &roleWords()
{
    static const QSet<QString> words = wordSet(
        "engineer|developer|programmer|architect|manager|analyst|designer|director|lead|specialist|"
        "consultant|"
        "nurse|assistant|accountant|representative|executive|coordinator|officer|administrator|scientist|"
        "recruiter|partner|technician|supervisor|controller|owner|marketer|counsel|paralegal|pharmacist|"
        "therapist|intern|head|vp|president|founder|cofounder|associate|advisor|adviser|researcher|writer|"
        "editor|strategist|planner|buyer|clerk|agent|attorney|lawyer|physician|doctor|teacher|lecturer|"
        "professor|"
        "trainer|operator|mechanic|electrician|driver|cashier|chef|cook|secretary|receptionist|bookkeeper|"
        "auditor|"
        "economist|statistician|generalist|expert|principal|staff|senior|junior|trainee|apprentice|student|"
        "fellow|member|cto|ceo|cfo|coo|cmo|sre|devops|tester|qa|ux|ui|owner|producer|artist|photographer|"
        "entwickler|entwicklerin|ingenieur|ingenieurin|leiter|leiterin|berater|beraterin|referent|referentin|"
        "sachbearbeiter|sachbearbeiterin|werkstudent|werkstudentin|praktikant|praktikantin|projektleiter|"
        "teamleiter|softwareentwickler|geschäftsführer|mitarbeiter|mitarbeiterin|assistent|assistentin|"
        "kaufmann|kauffrau|pflegefachkraft|krankenschwester|architektin|architekt|analystin|managerin|"
        "beraterin|entwicklerin|designerin|spezialist|spezialistin|controllerin|buchhalter|buchhalterin");
    return words;
}

// Words and suffixes that name an organisation.
const QSet<QString> &organisationWords()
{
    static const QSet<QString> words = wordSet(
        "inc|llc|ltd|limited|gmbh|ag|corp|corporation|co|company|group|labs|lab|systems|software|solutions|"
        "partners|hospital|health|clinic|bank|university|technologies|technology|tech|media|agency|studio|"
        "consulting|services|industries|international|holdings|ventures|capital|foundation|institute|"
        "digital|networks|analytics|logistics|manufacturing|pharmacy|medical|care|center|centre|"
        "se|kg|plc|sa|sarl|bv|nv|ab|oy|as|spa|srl|llp|pty|gbr|ug|ohg|e.v|ev|apps|cloud|data|works|"
        "creative|marketing|finance|accounting|legal|counsel|trading|supply|distribution|foods|freight|"
        "hosting|security|cyber|defense|insights|ai|dynamics|forge|stack|code|harbor|bay|street|square");
    return words;
}

const QSet<QString> &seniorityWords()
{
    static const QSet<QString> words
        = wordSet("senior|junior|lead|principal|staff|chief|head|associate|sr|jr");
    return words;
}

} // namespace

double titleScore(const QString &phrase)
{
    const QStringList words = lowerWords(phrase);
    if (words.isEmpty() || words.size() > 8)
        return 0.0;
    double score = 0.0;
    if (roleWords().contains(words.last()))
        score = 0.8;
    else if (std::any_of(words.cbegin(), words.cend(),
                         [](const QString &w) { return roleWords().contains(w); }))
        score = 0.5;
    // "Privacy Counsel" is a role, "Stonebridge Counsel" a firm: the word before decides.
    static const QSet<QString> counselKinds
        = wordSet("privacy|corporate|general|legal|associate|senior|deputy|patent|tax");
    if (words.last() == QStringLiteral("counsel") && words.size() >= 2
        && counselKinds.contains(words.at(words.size() - 2)))
        score = 1.0;
    if (seniorityWords().contains(words.first()))
        score = std::min(1.0, score + 0.2);
    return score;
}

double employerScore(const QString &phrase)
{
    const QStringList words = lowerWords(phrase);
    if (words.isEmpty() || words.size() > 8)
        return 0.0;
    double score = 0.0;
    if (organisationWords().contains(words.last()))
        score = 0.8;
    else if (std::any_of(words.cbegin(), words.cend(),
                         [](const QString &w) { return organisationWords().contains(w); }))
        score = 0.4;
    if (phrase.contains(u'&'))
        score = std::max(score, 0.6);
    return score;
}

bool looksLikeDegree(const QString &phrase)
{
    static const QRegularExpression degree(
        QStringLiteral("(?<![\\p{L}])(?:B\\.?\\s?Sc|M\\.?\\s?Sc|B\\.?\\s?A\\.|M\\.?\\s?A\\.|BA|MA|BS|MS|B\\.?"
                       "\\s?Eng|M\\.?\\s?Eng|"
                       "B\\.?\\s?F\\.?\\s?A|M\\.?\\s?F\\.?\\s?A|MBA|Ph\\.?\\s?D|Dr\\.|LL\\.?\\s?[BM]|J\\.?"
                       "D\\.|Juris Doctor|"
                       "Bachelor|Master|Doctor(?:ate)?|Diplom|Diploma|Magister|Staatsexamen|Abitur|Associate("
                       "?:'s)? Degree|"
                       "Certificate|[Cc]ertification|[Qq]ualification|Zertifikat|Promotion|MPhil|BEd|MEd|BBA|"
                       "BSN|MSN|PharmD|DPT|MD)(?![\\p{L}])"),
        QRegularExpression::UseUnicodePropertiesOption);
    return degree.match(phrase).hasMatch();
}

bool looksLikeInstitution(const QString &phrase)
{
    static const QRegularExpression institution(
        QStringLiteral(
            "(?<![\\p{L}])(?:University|Universit\\p{L}+|Universidad|College|Institute|Institut|School|"
            "Schule|Hochschule|"
            "Fachhochschule|Academy|Akademie|Polytechnic|Politecnico|Polytechnique|[ÉE]cole|ETH|EPFL|MIT|TU|"
            "KIT|RWTH|LMU|UCL|NYU|UCLA|Conservatory|Seminary|Campus)(?![\\p{L}])"),
        QRegularExpression::UseUnicodePropertiesOption);
    return institution.match(phrase).hasMatch();
}

} // namespace Tandem::Internal::ResumeParsing
