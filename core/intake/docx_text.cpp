#include "docx_text.h"

#include "html_text.h"
#include "text_xml.h"
#include "zip_package.h"

#include <QObject>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Tandem::Internal {
namespace {

const QString kWordNs = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kRelationshipNs
    = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString kCompatibilityNs
    = QStringLiteral("http://schemas.openxmlformats.org/markup-compatibility/2006");
const QString kDocument = QStringLiteral("word/document.xml");

// Walks one WordprocessingML part. Hyperlink targets live in the part's relationships
// (links: r:id -> URL), so a link shown as "LinkedIn" keeps its address.
struct WordWalker
{
    const QHash<QString, QString> &links;
    TextBuilder out;
    bool inText = false;
    QString href;
    qsizetype linkStart = -1;

    void start(const QXmlStreamReader &reader)
    {
        const QStringView name = reader.name();
        if (name == u"t")
            inText = true;
        else if (name == u"tab")
            out.tab();
        else if (name == u"br" || name == u"cr")
            out.lineBreak();
        else if (name == u"noBreakHyphen")
            out.text(u"-");
        else if (name == u"tc")
            out.startCell();
        else if (name == u"numPr")
            out.text(u"• "); // list paragraphs: their bullet lives in numbering.xml, not in the text
        else if (name == u"hyperlink") {
            href = links.value(reader.attributes().value(kRelationshipNs, QStringLiteral("id")).toString());
            linkStart = out.size();
        }
    }

    void end(const QXmlStreamReader &reader)
    {
        const QStringView name = reader.name();
        if (name == u"t")
            inText = false;
        else if (name == u"p")
            out.endParagraph();
        else if (name == u"tc")
            out.endCell();
        else if (name == u"tr")
            out.endRow();
        else if (name == u"hyperlink" && linkStart >= 0) {
            out.text(linkSuffix(out.since(linkStart), href));
            linkStart = -1;
        }
    }
};

// Headers and footers in name order (header1, header2, ...), so the result is stable.
QStringList partsLike(const QStringList &names, const QString &pattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    QStringList parts;
    for (const QString &name : names)
        if (re.match(name).hasMatch())
            parts.append(name);
    parts.sort();
    return parts;
}

// "word/document.xml" -> "word/_rels/document.xml.rels"
QString relationshipsOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

Result<QHash<QString, QString>> externalLinks(ZipPackage &zip, const QString &part,
                                              const ExtractionLimits &limits, const QString &displayName)
{
    QHash<QString, QString> links;
    const QString relsPart = relationshipsOf(part);
    if (!zip.contains(relsPart))
        return links;
    const auto xml = zip.read(relsPart, limits.maxXmlBytes);
    if (!xml)
        return std::unexpected(xml.error());
    QXmlStreamReader reader(*xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (auto ok = checkXmlToken(reader, displayName, relsPart); !ok)
            return std::unexpected(ok.error());
        if (reader.isStartElement() && reader.name() == u"Relationship"
            && reader.attributes().value(QStringLiteral("TargetMode")) == u"External")
            links.insert(reader.attributes().value(QStringLiteral("Id")).toString(),
                         reader.attributes().value(QStringLiteral("Target")).toString());
    }
    return links;
}

} // namespace

Result<QString> wordPartText(const QByteArray &xml, const QString &displayName, const QString &part,
                             const QHash<QString, QString> &links)
{
    QXmlStreamReader reader(xml);
    WordWalker walker {links, {}, false, {}, -1};
    while (!reader.atEnd()) {
        reader.readNext();
        if (auto ok = checkXmlToken(reader, displayName, part); !ok)
            return std::unexpected(ok.error());
        const bool word = reader.namespaceUri() == kWordNs;
        // Text boxes appear twice, as drawing (mc:Choice) and as VML (mc:Fallback): keep one.
        if (reader.isStartElement() && reader.namespaceUri() == kCompatibilityNs
            && reader.name() == u"Fallback")
            reader.skipCurrentElement();
        else if (reader.isStartElement() && word)
            walker.start(reader);
        else if (reader.isEndElement() && word)
            walker.end(reader);
        else if (reader.isCharacters() && walker.inText)
            walker.out.text(reader.text());
    }
    return walker.out.result();
}

Result<QString> docxText(const QByteArray &bytes, const ExtractionLimits &limits, const QString &displayName)
{
    auto package = ZipPackage::open(bytes, limits, displayName);
    if (!package)
        return std::unexpected(package.error());
    ZipPackage &zip = **package;
    if (!zip.contains(kDocument))
        return fail(
            ErrorCode::Corrupt, QObject::tr("%1 is damaged: it has no word/document.xml.").arg(displayName),
            QObject::tr("Open it in your word processor and save it again, or ask the candidate for a PDF."));
    QStringList parts = partsLike(zip.names(), QStringLiteral("word/header[0-9]*\\.xml"));
    parts.append(kDocument);
    parts += partsLike(zip.names(), QStringLiteral("word/footer[0-9]*\\.xml"));
    QString text;
    for (const QString &part : parts) {
        const auto links = externalLinks(zip, part, limits, displayName);
        if (!links)
            return std::unexpected(links.error());
        const auto xml = zip.read(part, limits.maxXmlBytes);
        if (!xml)
            return std::unexpected(xml.error());
        const auto partText = wordPartText(*xml, displayName, part, *links);
        if (!partText)
            return partText;
        text += *partText;
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace Tandem::Internal
