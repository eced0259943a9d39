#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#ifdef TANDEM_HAVE_KF6_SYNTAX
#include <KSyntaxHighlighting/SyntaxHighlighter>
#endif

namespace Tandem::Ui {

#ifdef TANDEM_HAVE_KF6_SYNTAX
// With KDE's syntax-highlighting framework, its "HTML" definition colours the markup and
// ours only adds the merge fields on top.
using TemplateHighlighterBase = KSyntaxHighlighting::SyntaxHighlighter;
#else
using TemplateHighlighterBase = QSyntaxHighlighter;
#endif

// Colours an offer letter template as it is typed: HTML tags, attribute names and values,
// entities and comments, and the {{merge.fields}}. A field Tandem knows is shown as a
// tinted token; an unknown one (a typo) is underlined in red like a misspelling, so it is
// caught before a letter goes out with "{{candidate.frist_name}}" in it.
// Colours follow the palette's lightness so the editor reads in light and dark themes.
class TemplateHighlighter : public TemplateHighlighterBase
{
    Q_OBJECT
public:
    explicit TemplateHighlighter(QTextDocument *document);

    // The formats it applies, for tests and for a legend.
    QTextCharFormat knownFieldFormat() const { return m_knownField; }
    QTextCharFormat unknownFieldFormat() const { return m_unknownField; }
    QTextCharFormat tagFormat() const { return m_tag; }

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightMarkup(const QString &text);
    void highlightFields(const QString &text);
    void setupFormats();

    QTextCharFormat m_tag;
    QTextCharFormat m_attribute;
    QTextCharFormat m_value;
    QTextCharFormat m_entity;
    QTextCharFormat m_comment;
    QTextCharFormat m_knownField;
    QTextCharFormat m_unknownField;
};

} // namespace Tandem::Ui
