#include <core/contacts/contact_normalization.h>

#include <gtest/gtest.h>

using namespace Tandem;

TEST(PhoneNumbers, NationalNumbersTakeTheDefaultRegion)
{
    auto us = normalizePhone(QStringLiteral("(415) 555-2671"), QStringLiteral("US"));
    ASSERT_TRUE(us.has_value()) << us.error().text().toStdString();
    EXPECT_EQ(us->e164, QStringLiteral("+14155552671"));
    EXPECT_EQ(us->region, QStringLiteral("US"));

    auto de = normalizePhone(QStringLiteral("030 1234567"), QStringLiteral("de"));
    ASSERT_TRUE(de.has_value()) << de.error().text().toStdString();
    EXPECT_EQ(de->e164, QStringLiteral("+49301234567"));
}

TEST(PhoneNumbers, InternationalNumbersIgnoreTheDefaultRegion)
{
    auto uk = normalizePhone(QStringLiteral("+44 20 7946 0018"), QStringLiteral("US"));
    ASSERT_TRUE(uk.has_value());
    EXPECT_EQ(uk->e164, QStringLiteral("+442079460018"));
    EXPECT_EQ(uk->region, QStringLiteral("GB"));
    EXPECT_EQ(uk->international, QStringLiteral("+44 20 7946 0018"));
}

TEST(PhoneNumbers, NonsenseIsRefusedWithAHint)
{
    auto bad = normalizePhone(QStringLiteral("call me maybe"), QStringLiteral("US"));
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(bad.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("call me maybe")));
    EXPECT_FALSE(bad.error().hint.isEmpty());

    EXPECT_FALSE(normalizePhone(QStringLiteral("12"), QStringLiteral("US")).has_value());
    EXPECT_FALSE(normalizePhone(QString(), QStringLiteral("US")).has_value());
}

TEST(PhoneNumbers, FindsNumbersInFreeTextOnceEach)
{
    const QString text = QStringLiteral("Ann Lee · Tel. +49 151 2345 6789 · ann@example.com\n"
                                        "Mobile: (415) 555-2671, again +1 415 555 2671. Born 1990.");
    const QList<PhoneNumber> found = findPhoneNumbers(text, QStringLiteral("US"));
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].e164, QStringLiteral("+4915123456789"));
    EXPECT_EQ(text.mid(found[0].start, found[0].length), QStringLiteral("+49 151 2345 6789"));
    EXPECT_EQ(found[1].e164, QStringLiteral("+14155552671"));
}

TEST(PhoneNumbers, RegionsAreKnownCaseInsensitively)
{
    EXPECT_TRUE(isKnownPhoneRegion(QStringLiteral("de")));
    EXPECT_FALSE(isKnownPhoneRegion(QStringLiteral("XX")));
    EXPECT_GT(knownPhoneRegions().size(), 200);
    EXPECT_TRUE(isKnownPhoneRegion(fallbackPhoneRegion()));
}

TEST(Emails, NormaliseAndCheck)
{
    EXPECT_EQ(normalizeEmail(QStringLiteral("  Ann.Lee@Example.COM ")), QStringLiteral("ann.lee@example.com"));
    EXPECT_EQ(normalizeEmail(QStringLiteral("mailto:a@b.io")), QStringLiteral("a@b.io"));
    EXPECT_TRUE(isPlausibleEmail(QStringLiteral("a.b+c@mail.example.org")));
    EXPECT_FALSE(isPlausibleEmail(QStringLiteral("a b@example.org")));
    EXPECT_FALSE(isPlausibleEmail(QStringLiteral("a@@example.org")));
    EXPECT_FALSE(isPlausibleEmail(QStringLiteral("ann@localhost")));
}

TEST(ProfileUrls, OneSpellingPerProfile)
{
    const QString expected = QStringLiteral("linkedin.com/in/ann-lee");
    EXPECT_EQ(normalizeProfileUrl(QStringLiteral("https://www.LinkedIn.com/in/Ann-Lee/?trk=x")), expected);
    EXPECT_EQ(normalizeProfileUrl(QStringLiteral("de.linkedin.com/in/ann-lee")), expected);
    EXPECT_EQ(normalizeProfileUrl(QStringLiteral("http://linkedin.com/in/ann-lee//")), expected);
    EXPECT_EQ(normalizeProfileUrl(QStringLiteral("github.com/annlee")), QStringLiteral("github.com/annlee"));
    EXPECT_TRUE(normalizeProfileUrl(QStringLiteral("not a url")).isEmpty());
}
