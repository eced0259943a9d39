#include "vcard.h"

#include <core/contacts/contact_normalization.h>
#include <core/lists/import_session.h>

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace Tandem {

namespace {

// One unfolded content line: NAME;PARAMS:VALUE, with the physical line it started on.
struct ContentLine
{
    int line = 0;
    QByteArray name;                 // upper case, without group
    QList<QPair<QByteArray, QByteArray>> params; // (upper-case name, value); bare 2.1 params as ("TYPE", value)
    QByteArray rawValue;

    QByteArray param(const QByteArray &key) const
    {
        for (const auto &[k, v] : params) {
            if (k == key)
                return v;
        }
        return {};
    }
    bool hasType(const QByteArray &type) const
    {
        for (const auto &[k, v] : params) {
            if (k == "TYPE") {
                for (const QByteArray &t : v.toUpper().split(','))
                    if (t.trimmed() == type)
                        return true;
            }
        }
        return false;
    }
    bool isPreferred() const { return hasType("PREF") || !param("PREF").isEmpty(); }
};

QList<ContentLine> unfold(const QByteArray &data)
{
    QList<ContentLine> lines;
    const QList<QByteArray> physical = QByteArray(data).replace("\r\n", "\n").replace('\r', '\n').split('\n');
    bool softBreak = false; // 2.1 quoted-printable: '=' at the end continues on the next line
    for (qsizetype i = 0; i < physical.size(); ++i) {
        const QByteArray &p = physical.at(i);
        const bool continuation = !lines.isEmpty() && (softBreak || p.startsWith(' ') || p.startsWith('\t'));
        if (continuation) {
            QByteArray &value = lines.last().rawValue;
            if (softBreak)
                value.chop(1);
            value += softBreak ? p : p.mid(1);
        } else if (!p.trimmed().isEmpty()) {
            ContentLine l;
            l.line = int(i) + 1;
            l.rawValue = p; // split into name/params/value below
            lines.append(l);
        }
        softBreak = !lines.isEmpty() && lines.last().rawValue.toUpper().contains("QUOTED-PRINTABLE")
                    && lines.last().rawValue.endsWith('=');
    }
    return lines;
}

void splitContentLine(ContentLine &l)
{
    const QByteArray text = l.rawValue;
    bool quoted = false;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < text.size() && colon < 0; ++i) {
        if (text.at(i) == '"')
            quoted = !quoted;
        else if (text.at(i) == ':' && !quoted)
            colon = i;
    }
    const QByteArray head = colon < 0 ? text : text.left(colon);
    l.rawValue = colon < 0 ? QByteArray() : text.mid(colon + 1);
    const QList<QByteArray> parts = head.split(';');
    QByteArray name = parts.first().trimmed().toUpper();
    if (const qsizetype dot = name.indexOf('.'); dot >= 0)
        name = name.mid(dot + 1); // "item1.EMAIL" (Apple's groups)
    l.name = name;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray &p = parts.at(i);
        const qsizetype eq = p.indexOf('=');
        if (eq < 0)
            l.params.append({QByteArrayLiteral("TYPE"), p.trimmed()}); // 2.1: TEL;WORK;VOICE
        else
            l.params.append({p.left(eq).trimmed().toUpper(), QByteArray(p.mid(eq + 1)).replace('"', "").trimmed()});
    }
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == '=' && i + 2 < in.size()) {
            bool ok = false;
            const int byte = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(byte);
                i += 2;
                continue;
            }
        }
        out += in.at(i);
    }
    return out;
}

// The value as text: quoted-printable and charset applied, escapes NOT yet resolved.
QString valueText(const ContentLine &l)
{
    QByteArray bytes = l.rawValue;
    const QByteArray encoding = l.param("ENCODING").toUpper();
    if (encoding == "QUOTED-PRINTABLE" || l.hasType("QUOTED-PRINTABLE"))
        bytes = decodeQuotedPrintable(bytes);
    const QByteArray charset = l.param("CHARSET");
    if (!charset.isEmpty()) {
        QStringDecoder decoder(charset.constData());
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    return QString::fromUtf8(bytes);
}

// Splits at unescaped `separator` and resolves the escapes of each part.
QStringList splitEscaped(const QString &text, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar n = text.at(++i);
            current += (n == QLatin1Char('n') || n == QLatin1Char('N')) ? QLatin1Char('\n') : n;
        } else if (c == separator) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    return parts;
}

QString unescape(const QString &text)
{
    return splitEscaped(text, QChar()).join(QString());
}

struct CardBuilder
{
    QString region;
    MappedRow row;
    QString fullName;
    QList<QPair<bool, QString>> emails; // (preferred, address)
    QList<QPair<bool, QString>> phones;

    void problem(const QString &property, const QString &reason) { row.problems.append({row.line, property, reason}); }

    void addUrl(const QString &url)
    {
        const QString u = withScheme(url.trimmed());
        const QString norm = normalizeProfileUrl(u);
        Candidate &c = row.data.candidate;
        if (norm.startsWith(QLatin1String("linkedin.com")) && c.linkedinUrl.isEmpty())
            c.linkedinUrl = u;
        else if (norm.startsWith(QLatin1String("linkedin.com")))
            row.data.links.append({QStringLiteral("linkedin"), u});
        else if (norm.startsWith(QLatin1String("github.com")))
            row.data.links.append({QStringLiteral("github"), u});
        else if (!u.isEmpty())
            row.data.links.append({QStringLiteral("website"), u});
    }

    void take(const ContentLine &l)
    {
        const QString text = valueText(l);
        Candidate &c = row.data.candidate;
        if (l.name == "FN") {
            fullName = unescape(text).simplified();
        } else if (l.name == "N") {
            const QStringList n = splitEscaped(text, QLatin1Char(';'));
            c.lastName = n.value(0).simplified();
            c.firstName = (n.value(1) + QLatin1Char(' ') + n.value(2)).simplified();
        } else if (l.name == "EMAIL") {
            emails.append({l.isPreferred(), unescape(text).trimmed()});
        } else if (l.name == "TEL") {
            QString number = unescape(text).trimmed();
            if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
                number = number.mid(4);
            phones.append({l.isPreferred(), number});
        } else if (l.name == "ADR" && c.city.isEmpty()) {
            const QStringList a = splitEscaped(text, QLatin1Char(';'));
            c.city = a.value(3).simplified();
            c.country = a.value(6).simplified();
        } else if (l.name == "ORG") {
            c.currentCompany = splitEscaped(text, QLatin1Char(';')).value(0).simplified();
        } else if (l.name == "TITLE") {
            c.currentTitle = unescape(text).simplified();
        } else if (l.name == "URL" || l.name == "X-SOCIALPROFILE") {
            addUrl(unescape(text));
        } else if (l.name == "NOTE") {
            row.data.note = unescape(text).trimmed();
        } else if (l.name == "CATEGORIES") {
            for (const QString &t : splitEscaped(text, QLatin1Char(',')))
                if (!t.trimmed().isEmpty())
                    row.data.tags.append(t.trimmed());
        } else if (l.name == "X-TANDEM-SKILLS") {
            for (const QString &s : splitEscaped(text, QLatin1Char(',')))
                if (!s.trimmed().isEmpty())
                    c.skills.append(s.trimmed());
        } else if (l.name == "X-TANDEM-SOURCE") {
            c.source = unescape(text).simplified();
        }
    }

    void finish()
    {
        Candidate &c = row.data.candidate;
        if (c.firstName.isEmpty() && c.lastName.isEmpty() && !fullName.isEmpty()) {
            const auto [first, last] = splitFullName(fullName);
            c.firstName = first;
            c.lastName = last;
        }
        std::stable_sort(emails.begin(), emails.end(), [](const auto &a, const auto &b) { return a.first && !b.first; });
        std::stable_sort(phones.begin(), phones.end(), [](const auto &a, const auto &b) { return a.first && !b.first; });
        for (const auto &[pref, email] : emails) {
            if (!isPlausibleEmail(email)) {
                problem(QStringLiteral("EMAIL"), QObject::tr("EMAIL is '%1', not an e-mail address").arg(email));
                continue;
            }
            const QString e = normalizeEmail(email);
            if (c.email.isEmpty())
                c.email = e;
            else if (e != c.email && !row.data.extraEmails.contains(e))
                row.data.extraEmails.append(e);
        }
        for (const auto &[pref, number] : phones) {
            auto phone = normalizePhone(number, region);
            if (!phone) {
                problem(QStringLiteral("TEL"),
                        QObject::tr("TEL is '%1', not a phone number (%2)").arg(number, phone.error().message));
                continue;
            }
            if (c.phone.isEmpty())
                c.phone = phone->e164;
            else if (phone->e164 != c.phone && !row.data.extraPhones.contains(phone->e164))
                row.data.extraPhones.append(phone->e164);
        }
        if (c.firstName.isEmpty() && c.lastName.isEmpty() && !c.email.isEmpty())
            c.firstName = c.email.section(QLatin1Char('@'), 0, 0);
        if (c.firstName.isEmpty() && c.lastName.isEmpty())
            problem(QString(), QObject::tr("the card has neither a name (FN, N) nor an e-mail address"));
    }
};

} // namespace

QList<MappedRow> VCardReader::parse(const QByteArray &data, const QString &phoneRegion)
{
    QList<MappedRow> cards;
    std::optional<CardBuilder> card;
    for (ContentLine &l : unfold(data)) {
        splitContentLine(l);
        if (l.name == "BEGIN" && l.rawValue.trimmed().toUpper() == "VCARD") {
            if (card) {
                card->problem(QString(), QObject::tr("the card starting here has no END:VCARD before the next card"));
                cards.append(card->row);
            }
            card.emplace();
            card->region = phoneRegion;
            card->row.line = l.line;
        } else if (l.name == "END" && card) {
            card->finish();
            cards.append(card->row);
            card.reset();
        } else if (card) {
            card->take(l);
        }
    }
    if (card) {
        card->problem(QString(), QObject::tr("the card starting here has no END:VCARD (the file ends first)"));
        cards.append(card->row);
    }
    return cards;
}

QString VCardWriter::escapeText(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';'))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

QByteArray VCardWriter::fold(const QByteArray &line)
{
    QByteArray out;
    qsizetype start = 0;
    int limit = 75; // octets; a continuation line's leading space counts
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut; // never split a UTF-8 sequence
        out += line.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74;
    }
    out += line.mid(start) + "\r\n";
    return out;
}

QByteArray VCardWriter::card(const ImportedCandidate &person, VCardVersion version)
{
    const bool v4 = version == VCardVersion::V4;
    const Candidate &c = person.candidate;
    QByteArray out;
    auto add = [&out](const QString &line) { out += fold(line.toUtf8()); };
    add(QStringLiteral("BEGIN:VCARD"));
    add(v4 ? QStringLiteral("VERSION:4.0") : QStringLiteral("VERSION:3.0"));
    add(QStringLiteral("FN:") + escapeText(c.displayName()));
    add(QStringLiteral("N:%1;%2;;;").arg(escapeText(c.lastName), escapeText(c.firstName)));
    if (!c.uuid.isEmpty())
        add(QStringLiteral("UID:urn:uuid:") + c.uuid);
    QStringList emails = person.extraEmails;
    if (!c.email.isEmpty())
        emails.prepend(c.email);
    for (qsizetype i = 0; i < emails.size(); ++i) {
        const QString pref = i > 0 ? QString() : v4 ? QStringLiteral(";PREF=1") : QStringLiteral(";TYPE=INTERNET,PREF");
        add(QStringLiteral("EMAIL%1:%2").arg(pref, escapeText(emails.at(i))));
    }
    QStringList phones = person.extraPhones;
    if (!c.phone.isEmpty())
        phones.prepend(c.phone);
    for (const QString &p : phones)
        add(v4 ? QStringLiteral("TEL;VALUE=uri:tel:") + p : QStringLiteral("TEL:") + p);
    if (!c.city.isEmpty() || !c.country.isEmpty())
        add(QStringLiteral("ADR:;;;%1;;;%2").arg(escapeText(c.city), escapeText(c.country)));
    if (!c.currentCompany.isEmpty())
        add(QStringLiteral("ORG:") + escapeText(c.currentCompany));
    if (!c.currentTitle.isEmpty())
        add(QStringLiteral("TITLE:") + escapeText(c.currentTitle));
    if (!c.linkedinUrl.isEmpty())
        add(QStringLiteral("URL:") + c.linkedinUrl);
    for (const auto &[kind, url] : person.links)
        add(QStringLiteral("URL:") + url);
    QStringList escaped;
    for (const QString &t : person.tags)
        escaped.append(escapeText(t));
    if (!escaped.isEmpty())
        add(QStringLiteral("CATEGORIES:") + escaped.join(QLatin1Char(',')));
    escaped.clear();
    for (const QString &s : c.skills)
        escaped.append(escapeText(s));
    if (!escaped.isEmpty())
        add(QStringLiteral("X-TANDEM-SKILLS:") + escaped.join(QLatin1Char(',')));
    if (!c.source.isEmpty())
        add(QStringLiteral("X-TANDEM-SOURCE:") + escapeText(c.source));
    if (!person.note.isEmpty())
        add(QStringLiteral("NOTE:") + escapeText(person.note));
    add(QStringLiteral("END:VCARD"));
    return out;
}

VCardImporter::VCardImporter(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

Result<ImportSummary> VCardImporter::run(const QString &path, const ImportOptions &options, const ImportProgress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QObject::tr("Could not read %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()),
                    QObject::tr("Check that the file exists and that you may read it."));
    const QList<MappedRow> cards = VCardReader::parse(file.readAll(), ImportSession::defaultPhoneRegion(m_db));
    ImportSession session(m_db, m_actor, options);
    for (const MappedRow &card : cards) {
        session.countRead();
        if (!card.ok()) {
            for (const RowProblem &p : card.problems)
                session.addProblem(p);
        } else if (auto ok = session.add(card.line, card.data); !ok) {
            return std::unexpected(ok.error());
        }
        if (progress && !progress(session.summary().rowsRead, int(cards.size()))) {
            session.summary().cancelled = true;
            break;
        }
    }
    if (auto ok = session.finish(); !ok)
        return std::unexpected(ok.error());
    return session.summary();
}

} // namespace Tandem
