#include <core/common/ids.h>
#include <core/search/search_query.h>

#include <QDate>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

SearchQuery parsed(const QString &text, SearchParseOptions options = {})
{
    auto query = parseSearchQuery(text, options);
    EXPECT_TRUE(query) << text.toStdString() << ": " << (query ? "" : query.error().text().toStdString());
    return query ? *query : SearchQuery();
}

QString tree(const QString &text, SearchParseOptions options = {})
{
    return parsed(text, options).toString();
}

QString fts(const QString &text)
{
    return parsed(text).ftsMatch();
}

Error parseError(const QString &text)
{
    auto query = parseSearchQuery(text);
    EXPECT_FALSE(query) << text.toStdString() << " parsed as "
                        << (query ? query->toString().toStdString() : "");
    return query ? Error {} : query.error();
}

// The FTS5 expression with every string literal removed: what remains is all the syntax
// FTS5 will see outside strings.
QString syntaxOutsideStrings(const QString &expression)
{
    static const QRegularExpression strings(QStringLiteral("\"(?:[^\"]|\"\")*\""));
    QString rest = expression;
    rest.replace(strings, QStringLiteral(" S "));
    return rest;
}

} // namespace

TEST(SearchQuery, EmptyAndPunctuationOnlyAreEmpty)
{
    for (const QString &text :
         {QString(), QStringLiteral("   "), QStringLiteral("... - *"), QStringLiteral("() ")}) {
        auto query = parseSearchQuery(text);
        if (text.contains(QLatin1Char('('))) {
            EXPECT_FALSE(query); // empty parentheses are a mistake worth naming
            continue;
        }
        ASSERT_TRUE(query) << text.toStdString();
        EXPECT_TRUE(query->isEmpty()) << text.toStdString();
        EXPECT_TRUE(query->ftsMatch().isEmpty());
        EXPECT_EQ(query->root(), nullptr);
    }
}

TEST(SearchQuery, SingleTermIsOneQuotedPhrase)
{
    const SearchQuery q = parsed(QStringLiteral("rust"));
    EXPECT_EQ(q.toString(), QStringLiteral("rust"));
    EXPECT_EQ(q.ftsMatch(), QStringLiteral("\"rust\""));
    EXPECT_EQ(q.ftsRankMask(), QStringLiteral("1"));
    EXPECT_TRUE(q.root() && q.root()->kind == SearchNode::Kind::Term);
}

TEST(SearchQuery, TermsAreImplicitlyAnded)
{
    EXPECT_EQ(tree(QStringLiteral("rust go  zig")), QStringLiteral("AND(rust go zig)"));
    EXPECT_EQ(fts(QStringLiteral("rust go")), QStringLiteral("(\"rust\" AND \"go\")"));
    EXPECT_EQ(tree(QStringLiteral("rust AND go")), QStringLiteral("AND(rust go)"));
}

TEST(SearchQuery, PrefixesAndPhrases)
{
    EXPECT_EQ(tree(QStringLiteral("kube*")), QStringLiteral("kube*"));
    EXPECT_EQ(fts(QStringLiteral("kube*")), QStringLiteral("\"kube\" *"));
    EXPECT_EQ(tree(QStringLiteral("\"site reliability\"")), QStringLiteral("\"site reliability\""));
    EXPECT_EQ(fts(QStringLiteral("\"site reliability\"")), QStringLiteral("\"site reliability\""));
    EXPECT_EQ(fts(QStringLiteral("\"site rel\"*")), QStringLiteral("\"site rel\" *"));
    const SearchQuery q = parsed(QStringLiteral("\"site reliability\""));
    EXPECT_TRUE(q.root() && q.root()->kind == SearchNode::Kind::Phrase);
    EXPECT_TRUE(q.root() && q.root()->text == QStringLiteral("site reliability"));
}

TEST(SearchQuery, OperatorsOnlyInCapitals)
{
    EXPECT_EQ(tree(QStringLiteral("rock and roll or not")), QStringLiteral("AND(rock and roll or not)"));
    EXPECT_EQ(tree(QStringLiteral("rock OR roll")), QStringLiteral("OR(rock roll)"));
}

TEST(SearchQuery, PrecedenceIsNotThenAndThenOr)
{
    EXPECT_EQ(tree(QStringLiteral("a b OR c")), QStringLiteral("OR(AND(a b) c)"));
    EXPECT_EQ(tree(QStringLiteral("a OR b AND c")), QStringLiteral("OR(a AND(b c))"));
    EXPECT_EQ(tree(QStringLiteral("a -b OR c")), QStringLiteral("OR(AND(a NOT(b)) c)"));
    EXPECT_EQ(tree(QStringLiteral("a OR b OR c d")), QStringLiteral("OR(a b AND(c d))"));
    // Grouping is explicit in the FTS5 text, so FTS5's own precedence decides nothing.
    EXPECT_EQ(fts(QStringLiteral("a b OR c")), QStringLiteral("((\"a\" AND \"b\") OR \"c\")"));
}

TEST(SearchQuery, ParenthesesGroup)
{
    EXPECT_EQ(tree(QStringLiteral("(a OR b) c")), QStringLiteral("AND(OR(a b) c)"));
    EXPECT_EQ(fts(QStringLiteral("(a OR b) c")), QStringLiteral("((\"a\" OR \"b\") AND \"c\")"));
    EXPECT_EQ(tree(QStringLiteral("((a))")), QStringLiteral("a"));
    EXPECT_EQ(tree(QStringLiteral("a (b c)")), QStringLiteral("AND(a b c)")); // nested ANDs flatten
}

TEST(SearchQuery, NotAndMinusExclude)
{
    EXPECT_EQ(tree(QStringLiteral("python -java")), QStringLiteral("AND(python NOT(java))"));
    EXPECT_EQ(tree(QStringLiteral("python NOT java")), QStringLiteral("AND(python NOT(java))"));
    EXPECT_EQ(fts(QStringLiteral("python -java -\"visual basic\"")),
              QStringLiteral("(\"python\" NOT (\"java\" OR \"visual basic\"))"));
    EXPECT_EQ(parsed(QStringLiteral("python -java")).ftsRankMask(), QStringLiteral("10"));
    EXPECT_EQ(tree(QStringLiteral("python -(java OR go)")), QStringLiteral("AND(python NOT(OR(java go)))"));
    EXPECT_EQ(tree(QStringLiteral("python NOT -java")),
              QStringLiteral("AND(python java)")); // double negation
    // A dash inside a word, or standing alone, is not an operator.
    EXPECT_EQ(tree(QStringLiteral("e-mail - marketing")), QStringLiteral("AND(e-mail marketing)"));
}

TEST(SearchQuery, RankMaskFollowsPhraseOrder)
{
    const SearchQuery q = parsed(QStringLiteral("(a OR b) -d c"));
    EXPECT_EQ(q.ftsMatch(), QStringLiteral("(((\"a\" OR \"b\") AND \"c\") NOT (\"d\"))"));
    EXPECT_EQ(q.ftsRankMask(), QStringLiteral("1110"));
}

TEST(SearchQuery, FieldFiltersMapToColumns)
{
    const SearchQuery q = parsed(QStringLiteral("skill:rust city:berlin title:\"data engineer\" company:acme "
                                                "name:anna email:anna@example.com resume:kafka"));
    EXPECT_EQ(q.toString(),
              QStringLiteral("AND(skill:rust city:berlin title:\"data engineer\" company:acme name:anna "
                             "email:anna@example.com resume:kafka)"));
    EXPECT_EQ(q.ftsMatch(),
              QStringLiteral("(skills : \"rust\" AND city : \"berlin\" AND title : \"data engineer\" AND "
                             "company : \"acme\" AND name : \"anna\" AND email : \"anna@example.com\" AND "
                             "resume : \"kafka\")"));
    EXPECT_TRUE(q.sqlFilter().isEmpty());
}

TEST(SearchQuery, FieldNamesAreCaseInsensitiveWithAliases)
{
    EXPECT_EQ(tree(QStringLiteral("Skills:Rust CV:go SKILL:zig*")),
              QStringLiteral("AND(skill:Rust resume:go skill:zig*)"));
}

TEST(SearchQuery, FieldAppliesToAGroup)
{
    EXPECT_EQ(tree(QStringLiteral("skill:(rust OR go) berlin")),
              QStringLiteral("AND(OR(skill:rust skill:go) berlin)"));
    EXPECT_EQ(fts(QStringLiteral("skill:(rust OR go)")),
              QStringLiteral("(skills : \"rust\" OR skills : \"go\")"));
    EXPECT_EQ(tree(QStringLiteral("-skill:java python")), QStringLiteral("AND(NOT(skill:java) python)"));
    EXPECT_EQ(tree(QStringLiteral("python skill:-java")), QStringLiteral("AND(python NOT(skill:java))"));
}

TEST(SearchQuery, FieldValueIsLiteral)
{
    // After the colon an operator word is just a word.
    EXPECT_EQ(fts(QStringLiteral("title:AND")), QStringLiteral("title : \"AND\""));
}

TEST(SearchQuery, SourceBecomesABoundSqlCondition)
{
    const SearchQuery q = parsed(QStringLiteral("python source:LinkedIn"));
    EXPECT_EQ(q.ftsMatch(), QStringLiteral("\"python\""));
    EXPECT_EQ(q.sqlFilter(), QStringLiteral("c.source = ? COLLATE NOCASE"));
    EXPECT_EQ(q.sqlValues(), QVariantList {QStringLiteral("LinkedIn")});
    EXPECT_FALSE(q.sqlFilter().contains(QStringLiteral("LinkedIn")));

    const SearchQuery quoted = parsed(QStringLiteral("source:\"careers site'); DROP TABLE candidates; --\""));
    EXPECT_TRUE(quoted.ftsMatch().isEmpty());
    EXPECT_EQ(quoted.sqlFilter(), QStringLiteral("c.source = ? COLLATE NOCASE"));
    EXPECT_EQ(quoted.sqlValues(), QVariantList {QStringLiteral("careers site'); DROP TABLE candidates; --")});

    const SearchQuery either = parsed(QStringLiteral("source:(linkedin OR referral) -source:agency"));
    EXPECT_EQ(either.sqlFilter(),
              QStringLiteral("(c.source = ? COLLATE NOCASE OR c.source = ? COLLATE NOCASE) AND "
                             "NOT (c.source = ? COLLATE NOCASE)"));
    EXPECT_EQ(either.sqlValues().size(), 3);
}

TEST(SearchQuery, SourceWithExclusionsOnly)
{
    const SearchQuery q = parsed(QStringLiteral("source:agency -java"));
    EXPECT_TRUE(q.ftsMatch().isEmpty());
    EXPECT_EQ(q.ftsExclude(), QStringLiteral("(\"java\")"));
    EXPECT_EQ(q.sqlValues(), QVariantList {QStringLiteral("agency")});
}

TEST(SearchQuery, UserTextIsAlwaysQuoted)
{
    const QStringList nasty = {
        QStringLiteral("c++"),
        QStringLiteral("node.js"),
        QStringLiteral("\"AND\""),
        QStringLiteral("\"OR\" \"NOT\""),
        QStringLiteral("NEAR(a b)"),
        QStringLiteral("{name}:x"),
        QStringLiteral("^rust"),
        QStringLiteral("name:a:b"),
        QStringLiteral("name:a\"b\""),
        QStringLiteral("col*umn"),
        QStringLiteral("10:30"),
        QStringLiteral("x AND NOT y"),
        QStringLiteral("'; DROP TABLE candidates; --"),
        QStringLiteral("skill:(rust OR \"go lang\"*)"),
        QStringLiteral("résumé Müller"),
        QStringLiteral("a\tb\nc"),
        QStringLiteral("rust\x01go"),
    };
    static const QRegularExpression allowed(
        QStringLiteral("^(\\s|S|\\(|\\)|AND|OR|NOT|\\*|:|name|email|title|company|skills|city|resume)*$"));
    for (const QString &text : nasty) {
        const SearchQuery q = parsed(text);
        ASSERT_FALSE(q.isEmpty()) << text.toStdString();
        const QString rest = syntaxOutsideStrings(q.ftsMatch());
        EXPECT_TRUE(allowed.match(rest).hasMatch())
            << text.toStdString() << " -> " << q.ftsMatch().toStdString();
    }
    EXPECT_EQ(fts(QStringLiteral("c++")), QStringLiteral("\"c++\""));
    EXPECT_EQ(fts(QStringLiteral("\"AND\"")), QStringLiteral("\"AND\""));
    EXPECT_EQ(fts(QStringLiteral("NEAR(a b)")), QStringLiteral("(\"NEAR\" AND \"a\" AND \"b\")"));
    EXPECT_EQ(fts(QStringLiteral("{name}:x")), QStringLiteral("\"{name}:x\""));
    EXPECT_EQ(fts(QStringLiteral("name:a\"b\"")), QStringLiteral("(name : \"a\" AND \"b\")"));
    EXPECT_EQ(fts(QStringLiteral("+python")), QStringLiteral("\"python\""));
}

TEST(SearchQuery, ApostrophesStayInsideTheString)
{
    const SearchQuery q = parsed(QStringLiteral("O'Brien"));
    EXPECT_EQ(q.ftsMatch(), QStringLiteral("\"O'Brien\""));
}

TEST(SearchQuery, AsYouTypeTheLastWordIsAPrefix)
{
    SearchParseOptions typing;
    typing.asYouType = true;
    EXPECT_EQ(tree(QStringLiteral("python kube"), typing), QStringLiteral("AND(python kube*)"));
    EXPECT_EQ(tree(QStringLiteral("python kube "), typing), QStringLiteral("AND(python kube)"));
    EXPECT_EQ(tree(QStringLiteral("python k"), typing), QStringLiteral("AND(python k)"));
    EXPECT_EQ(tree(QStringLiteral("skill:kube"), typing), QStringLiteral("skill:kube*"));
    EXPECT_EQ(tree(QStringLiteral("source:link"), typing), QStringLiteral("source:link"));
    EXPECT_EQ(tree(QStringLiteral("\"data eng\""), typing), QStringLiteral("\"data eng\""));
    EXPECT_EQ(tree(QStringLiteral("python kube"), {}), QStringLiteral("AND(python kube)"));

    SearchParseOptions prefixOnly;
    prefixOnly.prefixLastWord = true;
    EXPECT_EQ(tree(QStringLiteral("python kube"), prefixOnly), QStringLiteral("AND(python kube*)"));
    EXPECT_FALSE(parseSearchQuery(QStringLiteral("rust \"site rel"), prefixOnly)); // only the prefix part
}

TEST(SearchQuery, AsYouTypeUnfinishedEndsAreNotErrors)
{
    SearchParseOptions typing;
    typing.asYouType = true;
    EXPECT_EQ(tree(QStringLiteral("rust \"site rel"), typing), QStringLiteral("AND(rust \"site rel\"*)"));
    EXPECT_EQ(tree(QStringLiteral("rust \"site "), typing), QStringLiteral("AND(rust \"site \")"));
    EXPECT_EQ(tree(QStringLiteral("source:\"careers si"), typing), QStringLiteral("source:\"careers si\""));
    EXPECT_EQ(tree(QStringLiteral("(rust OR go"), typing), QStringLiteral("OR(rust go*)"));
    EXPECT_EQ(tree(QStringLiteral("(rust OR"), typing), QStringLiteral("rust"));
    EXPECT_EQ(tree(QStringLiteral("rust AND"), typing), QStringLiteral("rust"));
    EXPECT_EQ(tree(QStringLiteral("rust NOT"), typing), QStringLiteral("rust"));
    EXPECT_EQ(tree(QStringLiteral("rust (("), typing), QStringLiteral("rust"));
    EXPECT_EQ(tree(QStringLiteral("rust skill:"), typing), QStringLiteral("rust"));
    EXPECT_TRUE(parsed(QStringLiteral("\""), typing).isEmpty());
    // Mistakes that typing on cannot fix are still reported.
    EXPECT_FALSE(parseSearchQuery(QStringLiteral("rust) go"), typing));
    EXPECT_FALSE(parseSearchQuery(QStringLiteral("foo:bar"), typing));
    EXPECT_FALSE(parseSearchQuery(QStringLiteral("OR rust"), typing));
    // Without the option the same texts are errors.
    EXPECT_FALSE(parseSearchQuery(QStringLiteral("rust \"site rel")));
    EXPECT_FALSE(parseSearchQuery(QStringLiteral("(rust OR go")));
    EXPECT_FALSE(parseSearchQuery(QStringLiteral("rust AND")));
}

TEST(SearchQueryErrors, UnknownFieldIsNamedWithTheKnownOnes)
{
    const Error e = parseError(QStringLiteral("rust foo:bar"));
    EXPECT_EQ(e.code, ErrorCode::Invalid);
    EXPECT_TRUE(e.message.contains(QStringLiteral("\"foo\""))) << e.message.toStdString();
    EXPECT_TRUE(
        e.message.contains(QStringLiteral("name, email, title, company, skill, city, resume, source")))
        << e.message.toStdString();
    EXPECT_TRUE(e.hint.contains(QStringLiteral("quotes"))) << e.hint.toStdString();
    // ... and quoting searches the text itself.
    EXPECT_EQ(fts(QStringLiteral("\"foo:bar\"")), QStringLiteral("\"foo:bar\""));
}

TEST(SearchQueryErrors, UnbalancedQuote)
{
    const Error e = parseError(QStringLiteral("rust \"site reliability"));
    EXPECT_EQ(e.code, ErrorCode::Invalid);
    EXPECT_TRUE(e.message.contains(QStringLiteral("quote at position 6"))) << e.message.toStdString();
    EXPECT_TRUE(e.hint.contains(QStringLiteral("closing"))) << e.hint.toStdString();
}

TEST(SearchQueryErrors, UnbalancedParentheses)
{
    Error e = parseError(QStringLiteral("(rust OR go"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("( at position 1 is never closed")))
        << e.message.toStdString();
    EXPECT_TRUE(e.hint.contains(QStringLiteral("Add a )"))) << e.hint.toStdString();

    e = parseError(QStringLiteral("rust) go"));
    EXPECT_TRUE(e.message.contains(QStringLiteral(") at position 5 has no matching (")))
        << e.message.toStdString();

    e = parseError(QStringLiteral("rust ()"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("empty"))) << e.message.toStdString();

    e = parseError(QStringLiteral("(rust"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("never closed"))) << e.message.toStdString();
}

TEST(SearchQueryErrors, OperatorsNeedOperands)
{
    Error e = parseError(QStringLiteral("rust AND"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("AND at position 6 needs a word after it")))
        << e.message.toStdString();
    e = parseError(QStringLiteral("OR rust"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("OR at position 1 needs a word before it")))
        << e.message.toStdString();
    e = parseError(QStringLiteral("rust OR OR go"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("needs a word after it"))) << e.message.toStdString();
    e = parseError(QStringLiteral("rust NOT"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("NOT at position 6"))) << e.message.toStdString();
    e = parseError(QStringLiteral("(rust AND)"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("needs a word after it"))) << e.message.toStdString();
}

TEST(SearchQueryErrors, ExclusionsNeedSomethingToExcludeFrom)
{
    Error e = parseError(QStringLiteral("-java"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("only excludes"))) << e.message.toStdString();
    EXPECT_TRUE(e.hint.contains(QStringLiteral("python -java"))) << e.hint.toStdString();
    parseError(QStringLiteral("NOT java -go"));
    e = parseError(QStringLiteral("python OR -java"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("-java sits inside OR"))) << e.message.toStdString();
    e = parseError(QStringLiteral("python OR (-java -go)"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("only excludes"))) << e.message.toStdString();
}

TEST(SearchQueryErrors, SourceCannotMixWithWordsInsideOr)
{
    const Error e = parseError(QStringLiteral("python OR source:linkedin"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("source:"))) << e.message.toStdString();
    EXPECT_TRUE(e.hint.contains(QStringLiteral("(python OR go) source:linkedin"))) << e.hint.toStdString();
    parseError(QStringLiteral("-(python source:linkedin) go"));
}

TEST(SearchQueryErrors, PrefixesNeedTwoLetters)
{
    Error e = parseError(QStringLiteral("k*"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("k*"))) << e.message.toStdString();
    EXPECT_TRUE(e.hint.contains(QStringLiteral("two letters"))) << e.hint.toStdString();
    parseError(QStringLiteral("\"site r\"*"));
    EXPECT_EQ(tree(QStringLiteral("ku*")), QStringLiteral("ku*"));
    e = parseError(QStringLiteral("source:link*"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("source:"))) << e.message.toStdString();
}

TEST(SearchQueryErrors, FieldNeedsAValueRightAfterTheColon)
{
    Error e = parseError(QStringLiteral("skill: rust"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("skill: at position 1 needs a value")))
        << e.message.toStdString();
    EXPECT_TRUE(e.hint.contains(QStringLiteral("skill:rust"))) << e.hint.toStdString();
    parseError(QStringLiteral("rust title:"));
}

TEST(SearchQueryErrors, NestedFieldsConflict)
{
    const Error e = parseError(QStringLiteral("title:(lead OR skill:rust)"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("skill:rust"))) << e.message.toStdString();
    EXPECT_EQ(tree(QStringLiteral("skill:(rust OR skill:go)")), QStringLiteral("OR(skill:rust skill:go)"));
}

TEST(SearchQueryErrors, LimitsGuardTheParser)
{
    const QString deep
        = QString(40, QLatin1Char('(')) + QStringLiteral("rust") + QString(40, QLatin1Char(')'));
    Error e = parseError(deep);
    EXPECT_TRUE(e.message.contains(QStringLiteral("levels deep"))) << e.message.toStdString();
    parseError(QStringLiteral("NOT ").repeated(40) + QStringLiteral("rust go"));

    QStringList words;
    for (int i = 0; i < 65; ++i)
        words << QStringLiteral("w%1").arg(i);
    e = parseError(words.join(QLatin1Char(' ')));
    EXPECT_TRUE(e.message.contains(QStringLiteral("more than 64 words"))) << e.message.toStdString();
    words.removeLast();
    EXPECT_TRUE(parseSearchQuery(words.join(QLatin1Char(' '))));
}

// --- Filters: tag:, experience:, added:, updated: -------------------------------------------

namespace {

QString dayStart(int y, int m, int d)
{
    return toStorageTime(QDate(y, m, d).startOfDay());
}

} // namespace

TEST(SearchQueryFilters, TagIsAnExistsConditionWithTheNameBound)
{
    const SearchQuery q = parsed(QStringLiteral("tag:\"needs visa\""));
    EXPECT_TRUE(q.ftsMatch().isEmpty());
    EXPECT_TRUE(q.sqlFilter().startsWith(QStringLiteral("EXISTS (SELECT 1 FROM candidate_tags")))
        << q.sqlFilter().toStdString();
    EXPECT_EQ(q.sqlValues(), QVariantList {QStringLiteral("needs visa")});
    EXPECT_EQ(q.toString(), QStringLiteral("tag:\"needs visa\""));
    EXPECT_EQ(parsed(QStringLiteral("tags:Remote")).sqlValues(), QVariantList {QStringLiteral("Remote")});
}

TEST(SearchQueryFilters, ExperienceRanges)
{
    const auto check = [](const QString &text, const QString &sql, const QVariantList &values) {
        const SearchQuery q = parsed(text);
        EXPECT_EQ(q.sqlFilter(), QStringLiteral("(c.years_experience IS NOT NULL AND (%1))").arg(sql))
            << text.toStdString();
        EXPECT_EQ(q.sqlValues(), values) << text.toStdString();
    };
    check(QStringLiteral("experience:>5"), QStringLiteral("c.years_experience > ?"), {5.0});
    check(QStringLiteral("experience:>=3"), QStringLiteral("c.years_experience >= ?"), {3.0});
    check(QStringLiteral("experience:<2"), QStringLiteral("c.years_experience < ?"), {2.0});
    check(QStringLiteral("experience:<=2.5"), QStringLiteral("c.years_experience <= ?"), {2.5});
    check(QStringLiteral("experience:3..8"), QStringLiteral("c.years_experience >= ? AND c.years_experience <= ?"),
          {3.0, 8.0});
    check(QStringLiteral("experience:5"), QStringLiteral("c.years_experience >= ? AND c.years_experience < ?"),
          {5.0, 6.0});
    check(QStringLiteral("experience:3.."), QStringLiteral("c.years_experience >= ?"), {3.0});
    check(QStringLiteral("experience:..8"), QStringLiteral("c.years_experience <= ?"), {8.0});
}

TEST(SearchQueryFilters, DateRangesAreLocalDaysAsStoredText)
{
    const auto check = [](const QString &text, const QString &sql, const QVariantList &values) {
        const SearchQuery q = parsed(text);
        EXPECT_EQ(q.sqlFilter(), sql) << text.toStdString();
        EXPECT_EQ(q.sqlValues(), values) << text.toStdString();
    };
    check(QStringLiteral("added:<2025-01-01"), QStringLiteral("(c.created_at < ?)"), {dayStart(2025, 1, 1)});
    check(QStringLiteral("added:<=2025-01-01"), QStringLiteral("(c.created_at < ?)"), {dayStart(2025, 1, 2)});
    check(QStringLiteral("added:>2025-01"), QStringLiteral("(c.created_at >= ?)"), {dayStart(2025, 2, 1)});
    check(QStringLiteral("added:>=2025-06"), QStringLiteral("(c.created_at >= ?)"), {dayStart(2025, 6, 1)});
    check(QStringLiteral("added:2024"), QStringLiteral("(c.created_at >= ? AND c.created_at < ?)"),
          {dayStart(2024, 1, 1), dayStart(2025, 1, 1)});
    check(QStringLiteral("added:2024-02"), QStringLiteral("(c.created_at >= ? AND c.created_at < ?)"),
          {dayStart(2024, 2, 1), dayStart(2024, 3, 1)});
    check(QStringLiteral("added:2024-01-01..2024-03-31"), QStringLiteral("(c.created_at >= ? AND c.created_at < ?)"),
          {dayStart(2024, 1, 1), dayStart(2024, 4, 1)});
    check(QStringLiteral("updated:2024-12-31"), QStringLiteral("(c.updated_at >= ? AND c.updated_at < ?)"),
          {dayStart(2024, 12, 31), dayStart(2025, 1, 1)});
    // The bounds are what the store writes: UTC ISO text with milliseconds.
    EXPECT_TRUE(dayStart(2024, 1, 1).endsWith(QStringLiteral(".000Z")));
}

TEST(SearchQueryFilters, NegatedAndCombinedFilters)
{
    SearchQuery q = parsed(QStringLiteral("-tag:contacted"));
    EXPECT_TRUE(q.sqlFilter().startsWith(QStringLiteral("NOT (EXISTS"))) << q.sqlFilter().toStdString();
    q = parsed(QStringLiteral("NOT added:<2020"));
    EXPECT_EQ(q.sqlFilter(), QStringLiteral("NOT ((c.created_at < ?))"));
    q = parsed(QStringLiteral("tag:(remote OR onsite) experience:>5 source:linkedin"));
    EXPECT_TRUE(q.ftsMatch().isEmpty());
    EXPECT_EQ(q.sqlValues(),
              (QVariantList {QStringLiteral("remote"), QStringLiteral("onsite"), 5.0, QStringLiteral("linkedin")}));
    EXPECT_EQ(q.sqlFilter().count(QLatin1Char('?')), q.sqlValues().size());
    // Filters beside words: the words go to the index, the filters to SQL.
    q = parsed(QStringLiteral("skill:rust tag:remote -java added:2024"));
    EXPECT_EQ(q.ftsMatch(), QStringLiteral("(skills : \"rust\" NOT (\"java\"))"));
    EXPECT_EQ(q.sqlValues().size(), 3);
    // Filters with only exclusions of words.
    q = parsed(QStringLiteral("experience:>5 -java"));
    EXPECT_EQ(q.ftsExclude(), QStringLiteral("(\"java\")"));
}

TEST(SearchQueryFilters, UnreadableValuesNameTheProblemAndTheFix)
{
    Error e = parseError(QStringLiteral("experience:>five"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("experience:>five is not a number of years")))
        << e.message.toStdString();
    EXPECT_TRUE(e.hint.contains(QStringLiteral("experience:>5"))) << e.hint.toStdString();
    e = parseError(QStringLiteral("experience:8..3"));
    EXPECT_TRUE(e.hint.contains(QStringLiteral("experience:3..8"))) << e.hint.toStdString();
    e = parseError(QStringLiteral("added:2025-13"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("added:2025-13 is not a date"))) << e.message.toStdString();
    EXPECT_TRUE(e.hint.contains(QStringLiteral("added:>=2025-06"))) << e.hint.toStdString();
    e = parseError(QStringLiteral("updated:2024-02-30"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("updated:"))) << e.message.toStdString();
    e = parseError(QStringLiteral("added:2024-03..2024-01"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("empty range"))) << e.message.toStdString();
    parseError(QStringLiteral("added:yesterday"));
    parseError(QStringLiteral("experience:.."));
    e = parseError(QStringLiteral("tag:rem*"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("tag:"))) << e.message.toStdString();
}

TEST(SearchQueryFilters, FiltersMayNotSitInsideOrWithWords)
{
    Error e = parseError(QStringLiteral("python OR tag:remote"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("tag:"))) << e.message.toStdString();
    EXPECT_TRUE(e.hint.contains(QStringLiteral("tag:remote"))) << e.hint.toStdString();
    e = parseError(QStringLiteral("-(rust experience:>5)"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("experience:"))) << e.message.toStdString();
}

TEST(SearchQueryFilters, FieldNamesListTheFilters)
{
    const QStringList names = searchFieldNames();
    for (const char *name : {"tag", "experience", "added", "updated"})
        EXPECT_TRUE(names.contains(QString::fromLatin1(name))) << name;
    const Error e = parseError(QStringLiteral("expereince:>5"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("tag, experience, added, updated"))) << e.message.toStdString();
}

TEST(SearchQueryFilters, AsYouTypeLeavesFilterValuesWhole)
{
    SearchParseOptions typing;
    typing.asYouType = true;
    EXPECT_EQ(tree(QStringLiteral("rust tag:remote"), typing), QStringLiteral("AND(rust tag:remote)"));
    EXPECT_EQ(tree(QStringLiteral("rust tag:\"needs vi"), typing), QStringLiteral("AND(rust tag:\"needs vi\")"));
    EXPECT_EQ(tree(QStringLiteral("rust experience:"), typing), QStringLiteral("rust"));
    EXPECT_EQ(tree(QStringLiteral("experience:>5 ru"), typing), QStringLiteral("AND(experience:>5 ru*)"));
    // A value still being typed waits until it reads; finished, a bad one is still an error.
    EXPECT_EQ(tree(QStringLiteral("rust added:2024-0"), typing), QStringLiteral("rust"));
    EXPECT_EQ(tree(QStringLiteral("rust -experience:>"), typing), QStringLiteral("rust"));
    EXPECT_EQ(tree(QStringLiteral("rust added:2024-03"), typing), QStringLiteral("AND(rust added:2024-03)"));
    EXPECT_FALSE(parseSearchQuery(QStringLiteral("rust added:2024-0 "), typing));
    EXPECT_FALSE(parseSearchQuery(QStringLiteral("rust experience:>five"), typing)); // cannot become a number
    EXPECT_EQ(tree(QStringLiteral("tag:remote"), typing), QStringLiteral("tag:remote"));
    EXPECT_FALSE(parseSearchQuery(QStringLiteral("rust added:2024-0")));
}
