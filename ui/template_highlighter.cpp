#include "template_highlighter.h"

#include <core/documents/letter_merge.h>

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QTextDocument>

#ifdef TANDEM_HAVE_KF6_SYNTAX
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Tandem::Ui {
namespace {

enum BlockState { Normal = 0, InComment = 1 };

QColor tone(const QColor &light, const QColor &dark)
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128 ? dark : light;
}

#ifdef TANDEM_HAVE_KF6_SYNTAX
// One repository for the program: loading the definitions is slow, and highlighters must
// not outlive the repository their definition came from.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}
#endif

} // namespace

TemplateHighlighter::TemplateHighlighter(QTextDocument *document)
    : TemplateHighlighterBase(document)
{
    setupFormats();
#ifdef TANDEM_HAVE_KF6_SYNTAX
    setDefinition(repository().definitionForName(QStringLiteral("HTML")));
    setTheme(repository().themeForPalette(QGuiApplication::palette()));
#endif
}

void TemplateHighlighter::setupFormats()
{
    m_tag.setForeground(tone(QColor(0x1d, 0x4e, 0xd8), QColor(0x93, 0xc5, 0xfd)));
    m_attribute.setForeground(tone(QColor(0x92, 0x40, 0x0e), QColor(0xfd, 0xba, 0x74)));
    m_value.setForeground(tone(QColor(0x15, 0x80, 0x3d), QColor(0x86, 0xef, 0xac)));
    m_entity.setForeground(tone(QColor(0x9d, 0x17, 0x4d), QColor(0xf9, 0xa8, 0xd4)));
    m_comment.setForeground(tone(QColor(0x6b, 0x72, 0x80), QColor(0x9c, 0xa3, 0xaf)));
    m_comment.setFontItalic(true);
    m_knownField.setForeground(tone(QColor(0x6d, 0x28, 0xd9), QColor(0xc4, 0xb5, 0xfd)));
    m_knownField.setBackground(tone(QColor(0xed, 0xe9, 0xfe), QColor(0x3b, 0x21, 0x6b)));
    m_knownField.setFontWeight(QFont::DemiBold);
    m_unknownField = m_knownField;
    m_unknownField.setBackground(Qt::NoBrush);
    m_unknownField.setForeground(tone(QColor(0xb9, 0x1c, 0x1c), QColor(0xfc, 0xa5, 0xa5)));
    m_unknownField.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    m_unknownField.setUnderlineColor(QColor(0xdc, 0x26, 0x26));
    m_unknownField.setToolTip(tr("Tandem does not know this merge field: it would appear as written in the letter."));
}

void TemplateHighlighter::highlightBlock(const QString &text)
{
#ifdef TANDEM_HAVE_KF6_SYNTAX
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
#else
    highlightMarkup(text);
#endif
    highlightFields(text);
}

// Tags, attributes, entities and (possibly multi-line) comments; our own small reading of
// HTML, enough for letter bodies.
void TemplateHighlighter::highlightMarkup(const QString &text)
{
    static const QRegularExpression tagPattern(QStringLiteral("</?[A-Za-z][A-Za-z0-9]*|/?>"));
    static const QRegularExpression attributePattern(
        QStringLiteral("([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)"));
    static const QRegularExpression entityPattern(QStringLiteral("&(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);"));

    for (auto it = tagPattern.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_tag);
    }
    // Attributes only inside tags: find each "<tag ...>" span first.
    static const QRegularExpression inTag(QStringLiteral("<[A-Za-z][^<>]*>?"));
    for (auto tags = inTag.globalMatch(text); tags.hasNext();) {
        const auto tag = tags.next();
        const QString inside = tag.captured(0);
        for (auto it = attributePattern.globalMatch(inside); it.hasNext();) {
            const auto m = it.next();
            const int base = int(tag.capturedStart());
            setFormat(base + int(m.capturedStart(1)), int(m.capturedLength(1)), m_attribute);
            setFormat(base + int(m.capturedStart(2)), int(m.capturedLength(2)), m_value);
        }
    }
    for (auto it = entityPattern.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_entity);
    }

    setCurrentBlockState(Normal);
    int start = previousBlockState() == InComment ? 0 : int(text.indexOf(QLatin1String("<!--")));
    while (start >= 0) {
        const int end = int(text.indexOf(QLatin1String("-->"), start + (previousBlockState() == InComment && start == 0 ? 0 : 4)));
        if (end < 0) {
            setFormat(start, int(text.size()) - start, m_comment);
            setCurrentBlockState(InComment);
            break;
        }
        setFormat(start, end + 3 - start, m_comment);
        start = int(text.indexOf(QLatin1String("<!--"), end + 3));
    }
}

void TemplateHighlighter::highlightFields(const QString &text)
{
    for (const MergeFieldUse &use : LetterMerge::fields(text))
        setFormat(use.position, use.length, LetterMerge::isKnown(use.name) ? m_knownField : m_unknownField);
}

} // namespace Tandem::Ui
