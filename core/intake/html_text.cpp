#include "html_text.h"

#include <QHash>
#include <QSet>

namespace Tandem::Internal {
namespace {

bool isBlock(QStringView tag)
{
    static const QSet<QString> blocks = {
        QStringLiteral("p"),          QStringLiteral("div"),        QStringLiteral("h1"),
        QStringLiteral("h2"),         QStringLiteral("h3"),         QStringLiteral("h4"),
        QStringLiteral("h5"),         QStringLiteral("h6"),         QStringLiteral("ul"),
        QStringLiteral("ol"),         QStringLiteral("table"),      QStringLiteral("section"),
        QStringLiteral("article"),    QStringLiteral("header"),     QStringLiteral("footer"),
        QStringLiteral("blockquote"), QStringLiteral("pre"),        QStringLiteral("dl"),
        QStringLiteral("dt"),         QStringLiteral("dd"),         QStringLiteral("address"),
        QStringLiteral("hr"),         QStringLiteral("form"),       QStringLiteral("nav"),
        QStringLiteral("main"),       QStringLiteral("aside"),      QStringLiteral("figure"),
        QStringLiteral("caption"),    QStringLiteral("body"),       QStringLiteral("li"),
        QStringLiteral("tr"),         QStringLiteral("figcaption"),
    };
    return blocks.contains(tag.toString());
}

// Elements whose content is never resume text.
bool isSkipped(QStringView tag)
{
    return tag == u"script" || tag == u"style" || tag == u"head" || tag == u"title" || tag == u"template"
        || tag == u"svg" || tag == u"noembed" || tag == u"object";
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// "https://www.linkedin.com/in/ann/" and "linkedin.com/in/ann" are the same link.
QString comparableUrl(QString url)
{
    url = url.trimmed().toLower();
    for (const QString &prefix : {QStringLiteral("mailto:"), QStringLiteral("https://"),
                                  QStringLiteral("http://"), QStringLiteral("www.")})
        if (url.startsWith(prefix))
            url.remove(0, prefix.size());
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

bool looksLikeUrl(const QString &href)
{
    const QString h = href.trimmed().toLower();
    return h.startsWith(u"http://") || h.startsWith(u"https://") || h.startsWith(u"mailto:")
        || h.startsWith(u"www.");
}

struct Tag
{
    QString name; // lower case
    bool closing = false;
    bool selfClosing = false;
    QHash<QString, QString> attributes;
};

class HtmlConverter
{
public:
    explicit HtmlConverter(const QString &html)
        : m_in(html)
    { }
    QString run();

private:
    void readTag();
    void readAttributes(Tag &tag);
    QString readAttributeValue();
    void readEntity();
    void skipPast(QStringView end);
    void skipElement(const QString &name);
    void startTag(const Tag &tag);
    void endTag(const Tag &tag);
    void put(QStringView text);
    void emitChar(QChar c);
    void newline();
    void chopSpaces();
    bool atLineStart() const { return m_out.isEmpty() || m_out.endsWith(u'\n'); }

    const QString &m_in;
    qsizetype m_pos = 0;
    QString m_out;
    bool m_pendingSpace = false;
    int m_preDepth = 0;
    bool m_inCell = false;
    int m_cellIndex = 0;
    QString m_href;
    qsizetype m_linkStart = -1;
};

QString HtmlConverter::run()
{
    while (m_pos < m_in.size()) {
        const QChar c = m_in.at(m_pos);
        if (c == u'<')
            readTag();
        else if (c == u'&')
            readEntity();
        else {
            emitChar(c);
            ++m_pos;
        }
    }
    return m_out;
}

void HtmlConverter::skipPast(QStringView end)
{
    const qsizetype found = m_in.indexOf(end, m_pos, Qt::CaseInsensitive);
    m_pos = found < 0 ? m_in.size() : found + end.size();
}

void HtmlConverter::skipElement(const QString &name)
{
    skipPast(QString(QStringLiteral("</") + name));
    skipPast(u">");
}

void HtmlConverter::readTag()
{
    const QStringView rest = QStringView(m_in).mid(m_pos);
    if (rest.startsWith(u"<!--")) {
        m_pos += 4;
        skipPast(u"-->");
        return;
    }
    if (rest.startsWith(u"<!") || rest.startsWith(u"<?")) {
        skipPast(u">");
        return;
    }
    Tag tag;
    qsizetype i = m_pos + 1;
    tag.closing = i < m_in.size() && m_in.at(i) == u'/';
    if (tag.closing)
        ++i;
    if (i >= m_in.size() || !m_in.at(i).isLetter()) {
        emitChar(u'<'); // a lone '<' in text
        ++m_pos;
        return;
    }
    const qsizetype nameStart = i;
    while (i < m_in.size() && (m_in.at(i).isLetterOrNumber() || m_in.at(i) == u'-' || m_in.at(i) == u':'))
        ++i;
    tag.name = m_in.mid(nameStart, i - nameStart).toLower();
    m_pos = i;
    readAttributes(tag);
    if (tag.closing)
        endTag(tag);
    else
        startTag(tag);
}

void HtmlConverter::readAttributes(Tag &tag)
{
    while (m_pos < m_in.size()) {
        const QChar c = m_in.at(m_pos);
        if (c == u'>') {
            ++m_pos;
            return;
        }
        if (c == u'/' || isSpace(c)) {
            tag.selfClosing = c == u'/';
            ++m_pos;
            continue;
        }
        const qsizetype nameStart = m_pos;
        while (m_pos < m_in.size() && !isSpace(m_in.at(m_pos)) && m_in.at(m_pos) != u'='
               && m_in.at(m_pos) != u'>' && m_in.at(m_pos) != u'/')
            ++m_pos;
        const QString name = m_in.mid(nameStart, m_pos - nameStart).toLower();
        if (m_pos < m_in.size() && m_in.at(m_pos) == u'=') {
            ++m_pos;
            tag.attributes.insert(name, readAttributeValue());
        } else if (m_pos == nameStart) {
            ++m_pos; // a stray character: step over it
        }
    }
}

QString HtmlConverter::readAttributeValue()
{
    qsizetype end = m_pos;
    QString raw;
    if (m_pos < m_in.size() && (m_in.at(m_pos) == u'"' || m_in.at(m_pos) == u'\'')) {
        const QChar quote = m_in.at(m_pos);
        end = m_in.indexOf(quote, m_pos + 1);
        if (end < 0)
            end = m_in.size();
        raw = m_in.mid(m_pos + 1, end - m_pos - 1);
        m_pos = qMin(end + 1, m_in.size());
    } else {
        while (end < m_in.size() && !isSpace(m_in.at(end)) && m_in.at(end) != u'>')
            ++end;
        raw = m_in.mid(m_pos, end - m_pos);
        m_pos = end;
    }
    // Attribute values carry entities too (href="...?a=1&amp;b=2").
    return raw.contains(u'&') ? HtmlConverter(raw).run() : raw;
}

void HtmlConverter::readEntity()
{
    qsizetype i = m_pos + 1;
    while (i < m_in.size() && i - m_pos <= 32 && (m_in.at(i).isLetterOrNumber() || m_in.at(i) == u'#'))
        ++i;
    if (i < m_in.size() && m_in.at(i) == u';') {
        const QString decoded = decodeHtmlEntity(QStringView(m_in).mid(m_pos + 1, i - m_pos - 1));
        if (!decoded.isNull()) {
            put(decoded);
            m_pos = i + 1;
            return;
        }
    }
    emitChar(u'&');
    ++m_pos;
}

void HtmlConverter::startTag(const Tag &tag)
{
    if (isSkipped(tag.name)) {
        if (!tag.selfClosing)
            skipElement(tag.name);
        return;
    }
    if (tag.name == u"br") {
        m_pendingSpace = m_inCell; // a line break inside a table cell keeps the row together
        if (!m_inCell)
            m_out += u'\n';
    } else if (tag.name == u"td" || tag.name == u"th") {
        chopSpaces();
        if (m_cellIndex++ > 0)
            m_out += u'\t';
        m_inCell = true;
        m_pendingSpace = false;
    } else if (tag.name == u"tr" || tag.name == u"table") {
        m_inCell = false;
        m_cellIndex = 0;
        newline();
    } else if (tag.name == u"a") {
        m_href = tag.attributes.value(QStringLiteral("href"));
        m_linkStart = m_out.size();
    } else if (isBlock(tag.name)) {
        newline();
        if (tag.name == u"li")
            m_out += QStringLiteral("• ");
    }
    if (tag.name == u"pre")
        ++m_preDepth;
}

void HtmlConverter::endTag(const Tag &tag)
{
    if (tag.name == u"td" || tag.name == u"th") {
        m_inCell = false;
    } else if (tag.name == u"tr" || tag.name == u"table") {
        m_inCell = false;
        m_cellIndex = 0;
        newline();
    } else if (tag.name == u"a" && m_linkStart >= 0) {
        put(linkSuffix(m_out.mid(m_linkStart), m_href));
        m_linkStart = -1;
    } else if (isBlock(tag.name)) {
        newline();
    }
    if (tag.name == u"pre")
        m_preDepth = qMax(0, m_preDepth - 1);
}

void HtmlConverter::put(QStringView text)
{
    for (const QChar c : text)
        emitChar(c);
}

void HtmlConverter::emitChar(QChar c)
{
    if (m_preDepth > 0 && !m_inCell) {
        m_out += c == u'\r' ? u'\n' : c;
        return;
    }
    if (isSpace(c)) {
        m_pendingSpace = true;
        return;
    }
    if (m_pendingSpace && !m_out.isEmpty() && !isSpace(m_out.back()))
        m_out += u' ';
    m_pendingSpace = false;
    m_out += c;
}

void HtmlConverter::chopSpaces()
{
    while (m_out.endsWith(u' '))
        m_out.chop(1);
}

void HtmlConverter::newline()
{
    m_pendingSpace = false;
    if (m_inCell) {
        m_pendingSpace = true; // a block inside a table cell continues the cell
        return;
    }
    chopSpaces();
    if (!atLineStart())
        m_out += u'\n';
}

} // namespace

QString linkSuffix(const QString &shown, const QString &href)
{
    if (!looksLikeUrl(href) || comparableUrl(shown) == comparableUrl(href))
        return {};
    const QString target
        = href.trimmed().startsWith(u"mailto:", Qt::CaseInsensitive) ? href.trimmed().mid(7) : href.trimmed();
    return shown.trimmed().isEmpty() ? target : QStringLiteral(" (%1)").arg(target);
}

QString htmlToText(const QString &html)
{
    return HtmlConverter(html).run();
}

} // namespace Tandem::Internal
