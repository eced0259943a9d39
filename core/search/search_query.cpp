#include "search_query.h"

#include "search_filters.h"

#include <QObject>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace Tandem {
namespace {

// Guards against queries that would exhaust the stack or the FTS5 parser; far beyond
// anything typed by hand.
constexpr int MaxDepth = 32;
constexpr int MaxWords = 64;

struct FieldName
{
    const char *name;
    SearchField field;
};

// What people type, aliases included; the first name of a field is the one messages show.
constexpr std::array<FieldName, 15> fieldNames = {{
    {"name", SearchField::Name},
    {"email", SearchField::Email},
    {"title", SearchField::Title},
    {"company", SearchField::Company},
    {"skill", SearchField::Skills},
    {"skills", SearchField::Skills},
    {"city", SearchField::City},
    {"resume", SearchField::Resume},
    {"cv", SearchField::Resume},
    {"source", SearchField::Source},
    {"tag", SearchField::Tag},
    {"tags", SearchField::Tag},
    {"experience", SearchField::Experience},
    {"added", SearchField::Added},
    {"updated", SearchField::Updated},
}};

using Internal::isFilterField;

std::optional<SearchField> fieldByName(const QString &name)
{
    const QString lower = name.toLower();
    for (const FieldName &f : fieldNames) {
        if (lower == QLatin1String(f.name))
            return f.field;
    }
    return std::nullopt;
}

QString fieldLabel(SearchField field)
{
    for (const FieldName &f : fieldNames) {
        if (f.field == field)
            return QString::fromLatin1(f.name);
    }
    return {};
}

// How a filter is typed, for hints.
QString filterExample(SearchField field)
{
    switch (field) {
    case SearchField::Tag:
        return QStringLiteral("tag:remote");
    case SearchField::Experience:
        return QStringLiteral("experience:>5");
    case SearchField::Added:
        return QStringLiteral("added:>=2024-06");
    case SearchField::Updated:
        return QStringLiteral("updated:>=2024-06");
    default:
        return QStringLiteral("source:linkedin");
    }
}

// The candidate_fts column for a field (see the migration's full-text block).
QString ftsColumn(SearchField field)
{
    switch (field) {
    case SearchField::Name:
        return QStringLiteral("name");
    case SearchField::Email:
        return QStringLiteral("email");
    case SearchField::Title:
        return QStringLiteral("title");
    case SearchField::Company:
        return QStringLiteral("company");
    case SearchField::Skills:
        return QStringLiteral("skills");
    case SearchField::City:
        return QStringLiteral("city");
    case SearchField::Resume:
        return QStringLiteral("resume");
    case SearchField::Any:
    case SearchField::Source:
    case SearchField::Tag:
    case SearchField::Experience:
    case SearchField::Added:
    case SearchField::Updated:
        break;
    }
    return {};
}

// What the index's tokenizer (unicode61 with tokenchars '+#') keeps inside a word; every
// other character separates words. A user word without any of these would become an
// empty FTS5 phrase, which matches nothing and would silently empty an AND.
bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c) || c == U'+' || c == U'#';
}

QList<QString> wordsOf(const QString &text)
{
    QList<QString> words;
    QString current;
    for (const char32_t c : text.toUcs4()) {
        if (isWordChar(c)) {
            current += QString::fromUcs4(&c, 1);
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

qsizetype lastWordLength(const QString &text)
{
    const QList<QString> words = wordsOf(text);
    return words.isEmpty() ? 0 : words.last().toUcs4().size();
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c.category() == QChar::Other_Control || c.isNull();
}

QString position(qsizetype index)
{
    return QString::number(index + 1);
}

// ---------------------------------------------------------------------------------------
// Lexer

struct Token
{
    enum class Kind { Word, Phrase, Field, LParen, RParen, And, Or, Not, Minus, End };

    Kind kind = Kind::End;
    QString text;
    qsizetype pos = 0; // index of the first character in the typed text
    qsizetype end = 0; // one past the last character
    bool spaceBefore = true;
    bool prefix = false; // Word, Phrase: a '*' followed
};

bool startsWithAsciiLetters(const QString &word, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i) {
        const char16_t c = word.at(i).unicode();
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
            return false;
    }
    return count > 0;
}

Result<QList<Token>> tokenize(const QString &text, bool asYouType)
{
    QList<Token> tokens;
    const qsizetype n = text.size();
    bool space = true;
    bool afterField = false; // the value of "field:" is taken literally (title:AND)
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (isSeparator(c)) {
            space = true;
            afterField = false;
            ++i;
            continue;
        }
        Token t;
        t.pos = i;
        t.spaceBefore = space;
        space = false;
        const bool literal = afterField;
        afterField = false;
        if (c == u'(') {
            t.kind = Token::Kind::LParen;
            ++i;
        } else if (c == u')') {
            t.kind = Token::Kind::RParen;
            ++i;
        } else if (c == u'"') {
            qsizetype close = text.indexOf(u'"', i + 1);
            if (close < 0 && !asYouType)
                return fail(ErrorCode::Invalid,
                            QObject::tr("The quote at position %1 is never closed.").arg(position(i)),
                            QObject::tr("Add a closing \" after the phrase, or remove the quote."));
            t.kind = Token::Kind::Phrase;
            if (close < 0) { // still typing the phrase: its last word is unfinished too
                close = n;
                const auto field = literal && tokens.last().kind == Token::Kind::Field
                    ? fieldByName(tokens.last().text)
                    : std::nullopt;
                const bool filterValue = field && isFilterField(*field);
                t.prefix
                    = !filterValue && !isSeparator(text.at(n - 1)) && lastWordLength(text.mid(i + 1)) >= 2;
            }
            t.text = text.mid(i + 1, close - i - 1);
            i = close + 1;
            while (i < n && text.at(i) == u'*') {
                t.prefix = true;
                ++i;
            }
        } else if (c == u'-') {
            // A dash starting a word excludes it; a dash standing alone (or in a run of
            // dashes) is punctuation.
            ++i;
            if (i >= n || isSeparator(text.at(i)) || text.at(i) == u')' || text.at(i) == u'-') {
                space = true;
                continue;
            }
            t.kind = Token::Kind::Minus;
        } else {
            qsizetype end = i;
            while (end < n && !isSeparator(text.at(end)) && text.at(end) != u'(' && text.at(end) != u')'
                   && text.at(end) != u'"')
                ++end;
            QString word = text.mid(i, end - i);
            const qsizetype colon = word.indexOf(u':');
            if (!literal
                && (word == QLatin1String("AND") || word == QLatin1String("OR")
                    || word == QLatin1String("NOT"))) {
                t.kind = word == QLatin1String("AND") ? Token::Kind::And
                    : word == QLatin1String("OR")     ? Token::Kind::Or
                                                      : Token::Kind::Not;
                t.text = word;
                i = end;
            } else if (!literal && colon > 0 && startsWithAsciiLetters(word, colon)) {
                t.kind = Token::Kind::Field;
                t.text = word.left(colon);
                i += colon + 1;
                afterField = true;
            } else {
                t.kind = Token::Kind::Word;
                while (word.endsWith(u'*')) {
                    word.chop(1);
                    t.prefix = true;
                }
                // "+python" is the web's "must contain", which every word already means.
                while (word.startsWith(u'+'))
                    word.remove(0, 1);
                t.text = word;
                i = end;
            }
        }
        t.end = std::min(i, n);
        tokens.append(t);
    }
    Token end;
    end.pos = n;
    end.end = n;
    tokens.append(end);
    return tokens;
}

// Search-as-you-type: operators and field names at the end still wait for what follows them.
void dropUnfinishedEnd(QList<Token> &tokens)
{
    while (tokens.size() >= 2) {
        const Token::Kind kind = tokens.at(tokens.size() - 2).kind;
        if (kind != Token::Kind::And && kind != Token::Kind::Or && kind != Token::Kind::Not
            && kind != Token::Kind::Minus && kind != Token::Kind::Field)
            return;
        tokens.removeAt(tokens.size() - 2);
    }
}

// Search-as-you-type: a filter value still being typed at the end (added:2024-0,
// experience:>) is left out until it reads, rather than reported at every keystroke. Only
// digits and range signs can still be on their way to a value; experience:>five is reported.
void dropUnreadableFilterAtEnd(QList<Token> &tokens, qsizetype textLength)
{
    if (tokens.size() < 3)
        return;
    const Token &value = tokens.at(tokens.size() - 2);
    const Token &field = tokens.at(tokens.size() - 3);
    if ((value.kind != Token::Kind::Word && value.kind != Token::Kind::Phrase) || value.spaceBefore
        || value.end != textLength || field.kind != Token::Kind::Field)
        return;
    const auto which = fieldByName(field.text);
    static const QRegularExpression partialRange(QStringLiteral("^[0-9<>=.\\-]+$"));
    if (!which || !isFilterField(*which) || !partialRange.match(value.text.trimmed()).hasMatch())
        return;
    if (Internal::filterCondition(*which, fieldLabel(*which), value.text.trimmed()))
        return;
    tokens.remove(tokens.size() - 3, 2);
}

// Search-as-you-type: the word touching the end of the text is still being typed.
void markLastWordAsPrefix(QList<Token> &tokens, qsizetype textLength)
{
    if (tokens.size() < 2)
        return;
    Token &last = tokens[tokens.size() - 2];
    if (last.kind != Token::Kind::Word || last.prefix || last.end != textLength
        || lastWordLength(last.text) < 2)
        return;
    if (tokens.size() >= 3) {
        const Token &before = tokens.at(tokens.size() - 3);
        if (!last.spaceBefore && before.kind == Token::Kind::Field
            && isFilterField(fieldByName(before.text).value_or(SearchField::Any)))
            return; // filter values are whole values
    }
    last.prefix = true;
}

// ---------------------------------------------------------------------------------------
// Printing, for toString() and for naming a part of the query in messages

QString quoted(const QString &text)
{
    QString out = text;
    out.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString leafText(const SearchNode &n)
{
    QString out;
    if (n.field != SearchField::Any)
        out += fieldLabel(n.field) + QLatin1Char(':');
    out += n.kind == SearchNode::Kind::Phrase ? quoted(n.text) : n.text;
    if (n.prefix)
        out += QLatin1Char('*');
    return out;
}

QString canonical(const SearchNode &n)
{
    if (n.isLeaf())
        return leafText(n);
    QStringList parts;
    for (const SearchNode &child : n.children)
        parts << canonical(child);
    const QString name = n.kind == SearchNode::Kind::And ? QStringLiteral("AND")
        : n.kind == SearchNode::Kind::Or                 ? QStringLiteral("OR")
                                                         : QStringLiteral("NOT");
    return name + QLatin1Char('(') + parts.join(QLatin1Char(' ')) + QLatin1Char(')');
}

// The node as a user would type it.
QString userSyntax(const SearchNode &n, bool nested = false)
{
    if (n.isLeaf())
        return leafText(n);
    if (n.kind == SearchNode::Kind::Not)
        return QLatin1Char('-') + userSyntax(n.children.front(), true);
    QStringList parts;
    for (const SearchNode &child : n.children)
        parts << userSyntax(child, true);
    const QString joined
        = parts.join(n.kind == SearchNode::Kind::Or ? QStringLiteral(" OR ") : QStringLiteral(" "));
    return nested ? QLatin1Char('(') + joined + QLatin1Char(')') : joined;
}

// ---------------------------------------------------------------------------------------
// Parser: recursive descent over
//   or      := and (OR and)*
//   and     := unary ((AND)? unary)*
//   unary   := (NOT | '-') unary | primary
//   primary := '(' or ')' | field ':' unary | word | phrase

class Parser
{
public:
    Parser(QList<Token> tokens, bool asYouType)
        : m_tokens(std::move(tokens))
        , m_asYouType(asYouType)
    { }

    Result<SearchNode> parse()
    {
        auto tree = parseOr(0);
        if (!tree)
            return tree;
        const Token &rest = peek();
        if (rest.kind == Token::Kind::RParen)
            return unmatchedClose(rest);
        if (rest.kind != Token::Kind::End) // cannot happen: parseOr stops only at ')' or the end
            return fail(ErrorCode::Invalid,
                        QObject::tr("Unexpected text at position %1.").arg(position(rest.pos)));
        return tree;
    }

private:
    const Token &peek() const { return m_tokens.at(m_pos); }
    const Token &take() { return m_tokens.at(m_pos++); }

    static bool startsOperand(Token::Kind kind)
    {
        switch (kind) {
        case Token::Kind::Word:
        case Token::Kind::Phrase:
        case Token::Kind::Field:
        case Token::Kind::LParen:
        case Token::Kind::Not:
        case Token::Kind::Minus:
            return true;
        default:
            return false;
        }
    }

    static std::unexpected<Error> unmatchedClose(const Token &t)
    {
        return fail(ErrorCode::Invalid,
                    QObject::tr("The ) at position %1 has no matching (.").arg(position(t.pos)),
                    QObject::tr("Remove it, or add a ( where the group starts."));
    }

    static std::unexpected<Error> missingOperand(const Token &op)
    {
        const QString name = op.kind == Token::Kind::Minus ? QStringLiteral("-") : op.text;
        QString example;
        switch (op.kind) {
        case Token::Kind::And:
            example = QStringLiteral("python AND go");
            break;
        case Token::Kind::Or:
            example = QStringLiteral("python OR go");
            break;
        case Token::Kind::Not:
            example = QStringLiteral("python NOT java");
            break;
        default:
            example = QStringLiteral("python -java");
            break;
        }
        return fail(ErrorCode::Invalid,
                    QObject::tr("%1 at position %2 needs a word after it.").arg(name, position(op.pos)),
                    QObject::tr("Finish it, as in %1, or remove the %2.").arg(example, name));
    }

    static std::unexpected<Error> tooDeep()
    {
        return fail(ErrorCode::Invalid,
                    QObject::tr("The search nests groups more than %1 levels deep.").arg(MaxDepth),
                    QObject::tr("Simplify the search."));
    }

    Result<SearchNode> parseOr(int depth)
    {
        auto first = parseAnd(depth);
        if (!first)
            return first;
        SearchNode node;
        node.kind = SearchNode::Kind::Or;
        node.children.push_back(std::move(*first));
        while (peek().kind == Token::Kind::Or) {
            const Token &op = take();
            if (!startsOperand(peek().kind))
                return missingOperand(op);
            auto next = parseAnd(depth);
            if (!next)
                return next;
            node.children.push_back(std::move(*next));
        }
        if (node.children.size() == 1)
            return std::move(node.children.front());
        return node;
    }

    Result<SearchNode> parseAnd(int depth)
    {
        SearchNode node;
        node.kind = SearchNode::Kind::And;
        for (;;) {
            const Token &t = peek();
            if (t.kind == Token::Kind::And) {
                if (node.children.empty())
                    return missingLeft(t);
                const Token &op = take();
                if (!startsOperand(peek().kind))
                    return missingOperand(op);
            } else if (!startsOperand(t.kind)) {
                if (node.children.empty())
                    return unexpected(t);
                break;
            }
            auto next = parseUnary(depth);
            if (!next)
                return next;
            node.children.push_back(std::move(*next));
        }
        if (node.children.size() == 1)
            return std::move(node.children.front());
        return node;
    }

    static std::unexpected<Error> missingLeft(const Token &op)
    {
        return fail(
            ErrorCode::Invalid,
            QObject::tr("%1 at position %2 needs a word before it.").arg(op.text, position(op.pos)),
            QObject::tr("Put a word on both sides, as in python %1 go, or remove the %1.").arg(op.text));
    }

    // Something that cannot start a search term where one was expected.
    std::unexpected<Error> unexpected(const Token &t) const
    {
        switch (t.kind) {
        case Token::Kind::And:
        case Token::Kind::Or:
            return missingLeft(t);
        case Token::Kind::RParen:
            if (m_open > 0)
                return fail(
                    ErrorCode::Invalid,
                    QObject::tr("The parentheses closing at position %1 are empty.").arg(position(t.pos)),
                    QObject::tr("Put words inside them, or remove them."));
            return unmatchedClose(t);
        default:
            return fail(ErrorCode::Invalid, QObject::tr("The search ends where a word was expected."),
                        QObject::tr("Finish the search."));
        }
    }

    Result<SearchNode> parseUnary(int depth)
    {
        if (depth > MaxDepth)
            return tooDeep();
        const Token &t = peek();
        if (t.kind != Token::Kind::Not && t.kind != Token::Kind::Minus)
            return parsePrimary(depth);
        const Token &op = take();
        if (!startsOperand(peek().kind))
            return missingOperand(op);
        auto operand = parseUnary(depth + 1);
        if (!operand)
            return operand;
        SearchNode node;
        node.kind = SearchNode::Kind::Not;
        node.children.push_back(std::move(*operand));
        return node;
    }

    Result<SearchNode> parsePrimary(int depth)
    {
        const Token &t = take();
        switch (t.kind) {
        case Token::Kind::LParen: {
            if (depth + 1 > MaxDepth)
                return tooDeep();
            if (peek().kind == Token::Kind::End) {
                if (!m_asYouType)
                    return unclosed(t);
                SearchNode nothing; // an AND of nothing, dropped by normalize()
                nothing.kind = SearchNode::Kind::And;
                return nothing;
            }
            ++m_open;
            auto inner = parseOr(depth + 1);
            --m_open;
            if (!inner)
                return inner;
            if (peek().kind == Token::Kind::End && m_asYouType)
                return inner; // the ) is still to come
            if (peek().kind != Token::Kind::RParen)
                return unclosed(t);
            take();
            return inner;
        }
        case Token::Kind::Word:
        case Token::Kind::Phrase: {
            if (++m_words > MaxWords)
                return fail(ErrorCode::Invalid,
                            QObject::tr("The search has more than %1 words.").arg(MaxWords),
                            QObject::tr("Use fewer words, or narrow the search in steps."));
            SearchNode leaf;
            leaf.kind = t.kind == Token::Kind::Word ? SearchNode::Kind::Term : SearchNode::Kind::Phrase;
            leaf.text = t.text;
            leaf.prefix = t.prefix;
            return leaf;
        }
        case Token::Kind::Field:
            return parseField(t, depth);
        default:
            --m_pos;
            return unexpected(t);
        }
    }

    static std::unexpected<Error> unclosed(const Token &open)
    {
        return fail(ErrorCode::Invalid,
                    QObject::tr("The ( at position %1 is never closed.").arg(position(open.pos)),
                    QObject::tr("Add a ) where the group ends, or remove the (."));
    }

    Result<SearchNode> parseField(const Token &t, int depth)
    {
        const std::optional<SearchField> field = fieldByName(t.text);
        if (!field)
            return fail(
                ErrorCode::Invalid,
                QObject::tr("There is no field called \"%1\" (position %2). The fields are: %3.")
                    .arg(t.text, position(t.pos), searchFieldNames().join(QStringLiteral(", "))),
                QObject::tr("To search for the text itself, put it in quotes: \"%1:...\".").arg(t.text));
        const Token &value = peek();
        const bool hasValue = !value.spaceBefore
            && (value.kind == Token::Kind::Word || value.kind == Token::Kind::Phrase
                || value.kind == Token::Kind::LParen || value.kind == Token::Kind::Minus);
        const QString label = fieldLabel(*field);
        if (!hasValue)
            return fail(ErrorCode::Invalid,
                        QObject::tr("%1: at position %2 needs a value right after the colon.")
                            .arg(t.text, position(t.pos)),
                        QObject::tr("For example %1:rust, or %1:\"two words\".").arg(label));
        auto node = parseUnary(depth + 1);
        if (!node)
            return node;
        if (auto applied = applyField(*node, *field, t); !applied)
            return std::unexpected(applied.error());
        return node;
    }

    static Status applyField(SearchNode &node, SearchField field, const Token &t)
    {
        if (!node.isLeaf()) {
            for (SearchNode &child : node.children) {
                if (auto ok = applyField(child, field, t); !ok)
                    return ok;
            }
            return {};
        }
        if (node.field != SearchField::Any && node.field != field)
            return fail(
                ErrorCode::Invalid,
                QObject::tr("%1 sits inside the %2: filter at position %3; a word can be in only one field.")
                    .arg(leafText(node), fieldLabel(field), position(t.pos)),
                QObject::tr("Give each word its own field, as in (title:lead OR skill:rust)."));
        node.field = field;
        return {};
    }

    QList<Token> m_tokens;
    bool m_asYouType = false;
    qsizetype m_pos = 0;
    int m_words = 0;
    int m_open = 0; // parentheses open around the current position
};

// ---------------------------------------------------------------------------------------
// Normalisation: flatten, drop what cannot match anything, check leaves

Result<std::optional<SearchNode>> normalize(SearchNode node)
{
    using Kind = SearchNode::Kind;
    if (node.isLeaf()) {
        if (isFilterField(node.field)) {
            node.text = node.text.trimmed();
            if (node.text.isEmpty())
                return std::optional<SearchNode>();
            const QString label = fieldLabel(node.field);
            if (node.prefix)
                return fail(ErrorCode::Invalid,
                            QObject::tr("%1: matches whole values, so %2 cannot end in *.").arg(label, leafText(node)),
                            QObject::tr("Type the whole value, as in %1.").arg(filterExample(node.field)));
            if (auto ok = Internal::filterCondition(node.field, label, node.text); !ok)
                return std::unexpected(ok.error());
            return std::optional<SearchNode>(std::move(node));
        }
        if (wordsOf(node.text).isEmpty())
            return std::optional<SearchNode>();
        if (node.prefix && lastWordLength(node.text) < 2)
            return fail(ErrorCode::Invalid,
                        QObject::tr("%1 is too short a prefix: it would match most of the database.")
                            .arg(leafText(node)),
                        QObject::tr("Type at least two letters before the *."));
        return std::optional<SearchNode>(std::move(node));
    }
    if (node.kind == Kind::Not) {
        auto child = normalize(std::move(node.children.front()));
        if (!child || !*child)
            return child;
        if ((*child)->kind == Kind::Not) // -(-x) is x
            return std::optional<SearchNode>(std::move((*child)->children.front()));
        node.children.clear();
        node.children.push_back(std::move(**child));
        return std::optional<SearchNode>(std::move(node));
    }
    std::vector<SearchNode> kept;
    for (SearchNode &child : node.children) {
        auto normal = normalize(std::move(child));
        if (!normal)
            return normal;
        if (!*normal)
            continue;
        if ((*normal)->kind == node.kind) {
            for (SearchNode &grandchild : (*normal)->children)
                kept.push_back(std::move(grandchild));
        } else {
            kept.push_back(std::move(**normal));
        }
    }
    if (kept.empty())
        return std::optional<SearchNode>();
    if (kept.size() == 1)
        return std::optional<SearchNode>(std::move(kept.front()));
    node.children = std::move(kept);
    return std::optional<SearchNode>(std::move(node));
}

// ---------------------------------------------------------------------------------------
// Translation into FTS5 and SQL

// The first filter leaf in the tree, or nullptr.
const SearchNode *firstFilter(const SearchNode &n)
{
    if (n.isLeaf())
        return isFilterField(n.field) ? &n : nullptr;
    for (const SearchNode &child : n.children) {
        if (const SearchNode *found = firstFilter(child))
            return found;
    }
    return nullptr;
}

bool containsWords(const SearchNode &n)
{
    if (n.isLeaf())
        return !isFilterField(n.field);
    return std::any_of(n.children.begin(), n.children.end(), containsWords);
}

struct Fts
{
    QString text;
    QString mask;
};

std::unexpected<Error> exclusionInOr(const SearchNode &n)
{
    return fail(ErrorCode::Invalid,
                QObject::tr("The exclusion %1 sits inside OR, where there is nothing to exclude it from.")
                    .arg(userSyntax(n)),
                QObject::tr("Move it out of the OR group, as in (python OR go) -java."));
}

Status toFts(const SearchNode &n, bool negated, Fts &out)
{
    using Kind = SearchNode::Kind;
    switch (n.kind) {
    case Kind::Term:
    case Kind::Phrase:
        if (n.field != SearchField::Any)
            out.text += ftsColumn(n.field) + QStringLiteral(" : ");
        out.text += quoted(n.text);
        if (n.prefix)
            out.text += QStringLiteral(" *");
        out.mask += negated ? QLatin1Char('0') : QLatin1Char('1');
        return {};
    case Kind::Or:
        out.text += QLatin1Char('(');
        for (std::size_t i = 0; i < n.children.size(); ++i) {
            if (n.children[i].kind == Kind::Not)
                return exclusionInOr(n.children[i]);
            if (i > 0)
                out.text += QStringLiteral(" OR ");
            if (auto ok = toFts(n.children[i], negated, out); !ok)
                return ok;
        }
        out.text += QLatin1Char(')');
        return {};
    case Kind::And: {
        std::vector<const SearchNode *> positives;
        std::vector<const SearchNode *> negatives;
        for (const SearchNode &child : n.children)
            (child.kind == Kind::Not ? negatives : positives).push_back(&child);
        if (positives.empty())
            return fail(ErrorCode::Invalid,
                        QObject::tr("The group (%1) only excludes; it needs something to look for.")
                            .arg(userSyntax(n)),
                        QObject::tr("Add a word to the group, as in (python -java)."));
        // Explicit parentheses everywhere: FTS5's own precedence never decides anything.
        const bool groupPositives = positives.size() > 1 && !negatives.empty();
        out.text += groupPositives ? QStringLiteral("((") : QStringLiteral("(");
        for (std::size_t i = 0; i < positives.size(); ++i) {
            if (i > 0)
                out.text += QStringLiteral(" AND ");
            if (auto ok = toFts(*positives[i], negated, out); !ok)
                return ok;
        }
        if (groupPositives)
            out.text += QLatin1Char(')');
        if (!negatives.empty()) {
            out.text += QStringLiteral(" NOT (");
            for (std::size_t i = 0; i < negatives.size(); ++i) {
                if (i > 0)
                    out.text += QStringLiteral(" OR ");
                if (auto ok = toFts(negatives[i]->children.front(), !negated, out); !ok)
                    return ok;
            }
            out.text += QLatin1Char(')');
        }
        out.text += QLatin1Char(')');
        return {};
    }
    case Kind::Not:
        return exclusionInOr(n);
    }
    return {};
}

QString toSql(const SearchNode &n, QVariantList &values)
{
    using Kind = SearchNode::Kind;
    if (n.isLeaf()) { // normalize() checked the value, so this cannot fail
        auto condition = Internal::filterCondition(n.field, fieldLabel(n.field), n.text);
        if (!condition)
            return QStringLiteral("0 = 1");
        values << condition->values;
        return condition->sql;
    }
    if (n.kind == Kind::Not)
        return QStringLiteral("NOT (") + toSql(n.children.front(), values) + QLatin1Char(')');
    QStringList parts;
    for (const SearchNode &child : n.children)
        parts << toSql(child, values);
    return QLatin1Char('(')
        + parts.join(n.kind == Kind::And ? QStringLiteral(" AND ") : QStringLiteral(" OR "))
        + QLatin1Char(')');
}

// ---------------------------------------------------------------------------------------
// Translation into PostgreSQL (the table candidate_search, see its migration)

// The lexeme the index holds for a word of wordsOf(), spelled as the migration's
// tandem_search_text() spells it: lower case, + and # written as letters (PostgreSQL's
// parser would drop them and find C for C++). Accents are removed by the server, by
// to_tsquery() with the configuration tandem_search, as in the index.
QString pgWord(const QString &word)
{
    QString out = word.toLower();
    out.replace(QLatin1Char('+'), QLatin1String("xplusx"));
    out.replace(QLatin1Char('#'), QLatin1String("xsharpx"));
    return out;
}

// A quoted tsquery operand. Words hold only letters, digits and marks, so the escaping
// never has anything to do; it is there so that stays true whatever wordsOf() becomes.
QString pgQuoted(const QString &lexeme)
{
    QString out = lexeme;
    out.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    out.replace(QLatin1String("'"), QLatin1String("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

// The weight a field's words carry in candidate_search.document (the migration's setweight()).
QString pgWeight(SearchField field)
{
    switch (field) {
    case SearchField::Name:
        return QStringLiteral("A");
    case SearchField::Skills:
    case SearchField::Title:
        return QStringLiteral("B");
    case SearchField::Email:
    case SearchField::Company:
    case SearchField::City:
        return QStringLiteral("C");
    case SearchField::Resume:
        return QStringLiteral("D");
    case SearchField::Any:
    case SearchField::Source:
    case SearchField::Tag:
    case SearchField::Experience:
    case SearchField::Added:
    case SearchField::Updated:
        break;
    }
    return {};
}

// The field's own vector, for the fields whose weight they share with another field.
QString pgFieldVector(SearchField field)
{
    switch (field) {
    case SearchField::Email:
    case SearchField::Title:
    case SearchField::Company:
    case SearchField::Skills:
    case SearchField::City:
        return QStringLiteral("s.") + ftsColumn(field);
    case SearchField::Any:
    case SearchField::Name:
    case SearchField::Resume:
    case SearchField::Source:
    case SearchField::Tag:
    case SearchField::Experience:
    case SearchField::Added:
    case SearchField::Updated:
        break;
    }
    return {};
}

// The operands of a leaf: its words, the last one a prefix when the leaf is, each
// restricted to weight (none when empty).
QStringList pgOperands(const SearchNode &n, const QString &weight)
{
    const QList<QString> words = wordsOf(n.text);
    QStringList operands;
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString operand = pgQuoted(pgWord(words.at(i)));
        const QString label = (n.prefix && i == words.size() - 1 ? QStringLiteral("*") : QString()) + weight;
        if (!label.isEmpty())
            operand += QLatin1Char(':') + label;
        operands << operand;
    }
    return operands;
}

struct Pg
{
    QVariantList values;
    QStringList rank; // operands that count toward relevance
    QStringList highlight; // the same without weights, for ts_headline()
};

const QString PgMatches = QStringLiteral(" @@ to_tsquery('tandem_search', ?)");

// Every leaf becomes its own `vector @@ query` condition, so AND, OR and NOT are SQL's and a
// field applies to exactly its words. Each leaf looks at s.document, the one GIN-indexed
// vector; the phrase operator <-> cannot run across two fields there (the migration puts a
// sentinel between them). Call only after toFts() accepted the tree.
QString toPg(const SearchNode &n, bool negated, Pg &out)
{
    using Kind = SearchNode::Kind;
    switch (n.kind) {
    case Kind::Term:
    case Kind::Phrase: {
        const QString weight = pgWeight(n.field);
        const QStringList operands = pgOperands(n, weight);
        if (!negated) {
            out.rank << operands;
            out.highlight << pgOperands(n, QString());
        }
        out.values << operands.join(QStringLiteral(" <-> "));
        const QString vector = pgFieldVector(n.field);
        if (vector.isEmpty())
            return QStringLiteral("s.document") + PgMatches;
        out.values << pgOperands(n, QString()).join(QStringLiteral(" <-> "));
        return QStringLiteral("(s.document") + PgMatches + QStringLiteral(" AND ") + vector + PgMatches
            + QLatin1Char(')');
    }
    case Kind::Not:
        return QStringLiteral("NOT (") + toPg(n.children.front(), !negated, out) + QLatin1Char(')');
    case Kind::And:
    case Kind::Or:
        break;
    }
    QStringList parts;
    for (const SearchNode &child : n.children)
        parts << toPg(child, negated, out);
    return QLatin1Char('(')
        + parts.join(n.kind == Kind::And ? QStringLiteral(" AND ") : QStringLiteral(" OR "))
        + QLatin1Char(')');
}

struct Translation
{
    Fts match;
    QString exclude;
    QString sql;
    QVariantList values;
    QString pgMatch;
    Pg pg;
    QString pgExclude;
    QVariantList pgExcludeValues;
};

Result<Translation> translate(const SearchNode &root)
{
    std::vector<const SearchNode *> conjuncts;
    if (root.kind == SearchNode::Kind::And) {
        for (const SearchNode &child : root.children)
            conjuncts.push_back(&child);
    } else {
        conjuncts.push_back(&root);
    }

    Translation t;
    SearchNode wanted; // what the index must match: the positive conjuncts, less the exclusions
    wanted.kind = SearchNode::Kind::And;
    std::vector<const SearchNode *> exclusions;
    QStringList sqlParts;
    for (const SearchNode *c : conjuncts) {
        const SearchNode *filter = firstFilter(*c);
        const bool source = filter != nullptr;
        if (source && containsWords(*c))
            return fail(ErrorCode::Invalid,
                        QObject::tr("%1: can only narrow the whole search, but here it is inside OR or "
                                    "NOT together with words: %2.")
                            .arg(fieldLabel(filter->field), userSyntax(*c)),
                        QObject::tr("Move it out of the group, as in (python OR go) %1.")
                            .arg(filterExample(filter->field)));
        if (source)
            sqlParts << toSql(*c, t.values);
        else if (c->kind == SearchNode::Kind::Not)
            exclusions.push_back(c);
        else
            wanted.children.push_back(*c);
    }
    t.sql = sqlParts.join(QStringLiteral(" AND "));

    if (!wanted.children.empty()) {
        for (const SearchNode *e : exclusions)
            wanted.children.push_back(*e);
        const SearchNode &expression = wanted.children.size() == 1 ? wanted.children.front() : wanted;
        if (auto ok = toFts(expression, false, t.match); !ok)
            return std::unexpected(ok.error());
        t.pgMatch = toPg(expression, false, t.pg);
    } else if (!exclusions.empty()) {
        if (sqlParts.isEmpty()) {
            SearchNode all;
            all.kind = SearchNode::Kind::And;
            for (const SearchNode *e : exclusions)
                all.children.push_back(*e);
            return fail(ErrorCode::Invalid,
                        QObject::tr("The search only excludes (%1); it needs something to look for.")
                            .arg(userSyntax(exclusions.size() == 1 ? *exclusions.front() : all)),
                        QObject::tr("Add a word or a filter, as in python -java or tag:remote -java."));
        }
        Fts excluded;
        excluded.text += QLatin1Char('(');
        for (std::size_t i = 0; i < exclusions.size(); ++i) {
            if (i > 0)
                excluded.text += QStringLiteral(" OR ");
            if (auto ok = toFts(exclusions[i]->children.front(), false, excluded); !ok)
                return std::unexpected(ok.error());
        }
        excluded.text += QLatin1Char(')');
        t.exclude = excluded.text;
        Pg pg;
        QStringList parts;
        for (const SearchNode *e : exclusions)
            parts << toPg(e->children.front(), false, pg);
        t.pgExclude = QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        t.pgExcludeValues = pg.values;
    }
    return t;
}

} // namespace

Result<SearchQuery> SearchQuery::parse(const QString &text, const SearchParseOptions &options)
{
    auto tokens = tokenize(text, options.asYouType);
    if (!tokens)
        return std::unexpected(tokens.error());
    if (options.asYouType) {
        dropUnreadableFilterAtEnd(*tokens, text.size());
        dropUnfinishedEnd(*tokens);
    }
    if (options.asYouType || options.prefixLastWord)
        markLastWordAsPrefix(*tokens, text.size());

    SearchQuery query;
    if (tokens->size() == 1) // only the end
        return query;
    auto tree = Parser(std::move(*tokens), options.asYouType).parse();
    if (!tree)
        return std::unexpected(tree.error());
    auto normal = normalize(std::move(*tree));
    if (!normal)
        return std::unexpected(normal.error());
    if (!*normal)
        return query; // nothing that could match: punctuation only
    auto translation = translate(**normal);
    if (!translation)
        return std::unexpected(translation.error());
    query.m_root = std::move(**normal);
    query.m_ftsMatch = translation->match.text;
    query.m_rankMask = translation->match.mask;
    query.m_ftsExclude = translation->exclude;
    query.m_sqlFilter = translation->sql;
    query.m_sqlValues = translation->values;
    query.m_pgMatch = translation->pgMatch;
    query.m_pgMatchValues = translation->pg.values;
    query.m_pgRank = translation->pg.rank.join(QStringLiteral(" | "));
    query.m_pgHighlight = translation->pg.highlight.join(QStringLiteral(" | "));
    query.m_pgExclude = translation->pgExclude;
    query.m_pgExcludeValues = translation->pgExcludeValues;
    return query;
}

QString SearchQuery::toString() const
{
    return m_root ? canonical(*m_root) : QString();
}

Result<SearchQuery> parseSearchQuery(const QString &text, const SearchParseOptions &options)
{
    return SearchQuery::parse(text, options);
}

QStringList searchFieldNames()
{
    QStringList names;
    SearchField previous = SearchField::Any;
    for (const FieldName &f : fieldNames) {
        if (f.field != previous)
            names << QString::fromLatin1(f.name);
        previous = f.field;
    }
    return names;
}

} // namespace Tandem
