#include "odt_text.h"

#include "text_xml.h"
#include "zip_package.h"

#include <QObject>
#include <QXmlStreamReader>

#include <utility>

namespace Tandem::Internal {
namespace {

const QString kTextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kTableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kContent = QStringLiteral("content.xml");
constexpr int kMaxRunOfSpaces = 200; // text:s c="1000000000" must not allocate a gigabyte

struct OdtWalker
{
    TextBuilder out;
    int paragraphDepth = 0; // text is kept only inside text:p / text:h
    bool pendingBullet = false; // the first paragraph of a list item starts with "• "

    void start(const QXmlStreamReader &reader)
    {
        const QStringView name = reader.name();
        if (reader.namespaceUri() == kTableNs) {
            if (name == u"table-cell")
                out.startCell();
            return;
        }
        if (reader.namespaceUri() != kTextNs)
            return;
        if (name == u"list-item") {
            pendingBullet = true;
        } else if (name == u"p" || name == u"h") {
            ++paragraphDepth;
            if (std::exchange(pendingBullet, false))
                out.text(u"• ");
        }
        if (name == u"tab")
            out.tab();
        else if (name == u"line-break")
            out.lineBreak();
        else if (name == u"s")
            out.spaces(
                qBound(1, reader.attributes().value(kTextNs, QStringLiteral("c")).toInt(), kMaxRunOfSpaces));
    }

    void end(const QXmlStreamReader &reader)
    {
        const QStringView name = reader.name();
        if (reader.namespaceUri() == kTableNs) {
            if (name == u"table-cell")
                out.endCell();
            else if (name == u"table-row")
                out.endRow();
        } else if (reader.namespaceUri() == kTextNs && (name == u"p" || name == u"h")) {
            paragraphDepth = qMax(0, paragraphDepth - 1);
            out.endParagraph();
        }
    }
};

} // namespace

Result<QString> odtContentText(const QByteArray &xml, const QString &displayName)
{
    QXmlStreamReader reader(xml);
    OdtWalker walker;
    while (!reader.atEnd()) {
        reader.readNext();
        if (auto ok = checkXmlToken(reader, displayName, kContent); !ok)
            return std::unexpected(ok.error());
        if (reader.isStartElement())
            walker.start(reader);
        else if (reader.isEndElement())
            walker.end(reader);
        else if (reader.isCharacters() && walker.paragraphDepth > 0)
            walker.out.text(reader.text());
    }
    return walker.out.result();
}

Result<QString> odtText(const QByteArray &bytes, const ExtractionLimits &limits, const QString &displayName)
{
    auto package = ZipPackage::open(bytes, limits, displayName);
    if (!package)
        return std::unexpected(package.error());
    ZipPackage &zip = **package;
    if (!zip.contains(kContent))
        return fail(
            ErrorCode::Corrupt, QObject::tr("%1 is damaged: it has no content.xml.").arg(displayName),
            QObject::tr("Open it in your word processor and save it again, or ask the candidate for a PDF."));
    const auto xml = zip.read(kContent, limits.maxXmlBytes);
    if (!xml)
        return std::unexpected(xml.error());
    return odtContentText(*xml, displayName);
}

} // namespace Tandem::Internal
