// VCardReader / VCardWriter: 2.1, 3.0 and 4.0 samples, folding, escaping, round trip.
#include <core/lists/vcard.h>

#include <gtest/gtest.h>

using namespace Tandem;

TEST(VCard, ReadsA40CardWithParametersEscapesAndFolding)
{
    const QByteArray data = "BEGIN:VCARD\r\n"
                            "VERSION:4.0\r\n"
                            "FN:Ann Lee\r\n"
                            "N:Lee;Ann;;Dr.;\r\n"
                            "EMAIL;TYPE=home:ann@home.org\r\n"
                            "EMAIL;TYPE=work;PREF=1:Ann.Lee@Example.com\r\n"
                            "TEL;VALUE=uri;TYPE=\"cell,voice\":tel:+1-415-555-0132\r\n"
                            "ADR;TYPE=work:;;1 Main St;Lisbon;;1000-001;Portugal\r\n"
                            "ORG:Acme\\, Inc.;R&D\r\n"
                            "TITLE:Principal Engineer\r\n"
                            "URL:https://www.linkedin.com/in/ann-lee\r\n"
                            "URL:https://github.com/annlee\r\n"
                            "NOTE:Met at QtCon\\nLikes C++\\; and Qt\\\\ tooling. This note is long enough to be fol\r\n"
                            " ded over two lines.\r\n"
                            "CATEGORIES:referral,relocating\\, maybe\r\n"
                            "END:VCARD\r\n";
    const QList<MappedRow> cards = VCardReader::parse(data, QStringLiteral("US"));
    ASSERT_EQ(cards.size(), 1);
    const MappedRow &card = cards.first();
    EXPECT_TRUE(card.ok());
    EXPECT_EQ(card.line, 1);
    const Candidate &c = card.data.candidate;
    EXPECT_EQ(c.firstName, QStringLiteral("Ann"));
    EXPECT_EQ(c.lastName, QStringLiteral("Lee"));
    EXPECT_EQ(c.email, QStringLiteral("ann.lee@example.com")); // PREF wins
    EXPECT_EQ(card.data.extraEmails, QStringList{QStringLiteral("ann@home.org")});
    EXPECT_EQ(c.phone, QStringLiteral("+14155550132"));
    EXPECT_EQ(c.city, QStringLiteral("Lisbon"));
    EXPECT_EQ(c.country, QStringLiteral("Portugal"));
    EXPECT_EQ(c.currentCompany, QStringLiteral("Acme, Inc."));
    EXPECT_EQ(c.currentTitle, QStringLiteral("Principal Engineer"));
    EXPECT_EQ(c.linkedinUrl, QStringLiteral("https://www.linkedin.com/in/ann-lee"));
    ASSERT_EQ(card.data.links.size(), 1);
    EXPECT_EQ(card.data.links.first().first, QStringLiteral("github"));
    EXPECT_EQ(card.data.note,
              QStringLiteral("Met at QtCon\nLikes C++; and Qt\\ tooling. This note is long enough to be folded over two lines."));
    EXPECT_EQ(card.data.tags, (QStringList{"referral", "relocating, maybe"}));
}

TEST(VCard, Reads30And21CardsAndReportsTheBadOneByLine)
{
    const QByteArray data = "BEGIN:VCARD\n"
                            "VERSION:3.0\n"
                            "FN:Bo Ek\n"
                            "item1.EMAIL;TYPE=INTERNET:bo@example.com\n"
                            "TEL;TYPE=WORK,VOICE:(415) 555-0199\n"
                            "END:VCARD\n"
                            "BEGIN:VCARD\n"                                  // line 7: no name, bad e-mail
                            "VERSION:3.0\n"
                            "EMAIL:not-an-address\n"
                            "END:VCARD\n"
                            "BEGIN:VCARD\n"                                  // line 11: 2.1, quoted-printable
                            "VERSION:2.1\n"
                            "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen\n"
                            "TEL;WORK;VOICE:+49 151 23456789\n"
                            "NOTE;ENCODING=QUOTED-PRINTABLE:first line=0D=0Asecond =\n"
                            "line\n"
                            "END:VCARD\n"
                            "BEGIN:VCARD\n"                                  // line 18: never ends
                            "FN:Cut Off\n";
    const QList<MappedRow> cards = VCardReader::parse(data, QStringLiteral("US"));
    ASSERT_EQ(cards.size(), 4);
    EXPECT_TRUE(cards[0].ok());
    EXPECT_EQ(cards[0].data.candidate.firstName, QStringLiteral("Bo"));
    EXPECT_EQ(cards[0].data.candidate.email, QStringLiteral("bo@example.com"));
    EXPECT_EQ(cards[0].data.candidate.phone, QStringLiteral("+14155550199"));

    EXPECT_FALSE(cards[1].ok());
    EXPECT_EQ(cards[1].line, 7);
    ASSERT_EQ(cards[1].problems.size(), 2);
    EXPECT_EQ(cards[1].problems[0].text(), QStringLiteral("line 7: EMAIL is 'not-an-address', not an e-mail address"));

    EXPECT_TRUE(cards[2].ok());
    EXPECT_EQ(cards[2].line, 11);
    EXPECT_EQ(cards[2].data.candidate.firstName, QStringLiteral("Jürgen"));
    EXPECT_EQ(cards[2].data.candidate.lastName, QStringLiteral("Müller"));
    EXPECT_EQ(cards[2].data.candidate.phone, QStringLiteral("+4915123456789"));
    EXPECT_EQ(cards[2].data.note, QStringLiteral("first line\r\nsecond line"));

    EXPECT_FALSE(cards[3].ok());
    EXPECT_EQ(cards[3].line, 18);
}

TEST(VCard, EscapingAndFoldingAt75OctetsWithoutSplittingUtf8)
{
    EXPECT_EQ(VCardWriter::escapeText(QStringLiteral("a,b;c\\d\ne")), QStringLiteral("a\\,b\\;c\\\\d\\ne"));
    const QByteArray line = QStringLiteral("NOTE:%1").arg(QString(100, QChar(0x00E9))).toUtf8(); // é = 2 octets
    const QByteArray folded = VCardWriter::fold(line);
    const QList<QByteArray> parts = folded.split('\n');
    ASSERT_GE(parts.size(), 3);
    QByteArray unfolded;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        QByteArray p = parts.at(i);
        ASSERT_TRUE(p.endsWith('\r'));
        p.chop(1);
        EXPECT_LE(p.size(), 75);
        if (i > 0) {
            ASSERT_TRUE(p.startsWith(' '));
            p = p.mid(1);
        }
        EXPECT_TRUE(QString::fromUtf8(p).toUtf8() == p) << "a UTF-8 sequence was split";
        unfolded += p;
    }
    EXPECT_EQ(unfolded, line);
}

TEST(VCard, RoundTripIn40And30)
{
    ImportedCandidate p;
    p.candidate.firstName = QStringLiteral("Zoë");
    p.candidate.lastName = QStringLiteral("O'Neil; Jr.");
    p.candidate.email = QStringLiteral("zoe@example.com");
    p.extraEmails = {QStringLiteral("z@home.example")};
    p.candidate.phone = QStringLiteral("+4915123456789");
    p.extraPhones = {QStringLiteral("+14155550132")};
    p.candidate.city = QStringLiteral("Köln");
    p.candidate.country = QStringLiteral("Germany");
    p.candidate.currentCompany = QStringLiteral("Acme, Inc.");
    p.candidate.currentTitle = QStringLiteral("Lead, Platform & Infra");
    p.candidate.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/zoe");
    p.candidate.skills = {QStringLiteral("C++"), QStringLiteral("Qt"), QStringLiteral("Go, mostly")};
    p.candidate.source = QStringLiteral("Referral");
    p.links = {{QStringLiteral("github"), QStringLiteral("https://github.com/zoe")}};
    p.tags = {QStringLiteral("silver"), QStringLiteral("a,b")};
    p.note = QStringLiteral("Line one\nLine two with a long tail that certainly needs folding: ") + QString(60, QLatin1Char('x'));
    for (VCardVersion v : {VCardVersion::V4, VCardVersion::V3}) {
        const QByteArray card = VCardWriter::card(p, v);
        const QList<MappedRow> back = VCardReader::parse(card, QStringLiteral("US"));
        ASSERT_EQ(back.size(), 1);
        ASSERT_TRUE(back[0].ok());
        const ImportedCandidate &r = back[0].data;
        EXPECT_EQ(r.candidate.firstName, p.candidate.firstName);
        EXPECT_EQ(r.candidate.lastName, p.candidate.lastName);
        EXPECT_EQ(r.candidate.email, p.candidate.email);
        EXPECT_EQ(r.extraEmails, p.extraEmails);
        EXPECT_EQ(r.candidate.phone, p.candidate.phone);
        EXPECT_EQ(r.extraPhones, p.extraPhones);
        EXPECT_EQ(r.candidate.city, p.candidate.city);
        EXPECT_EQ(r.candidate.country, p.candidate.country);
        EXPECT_EQ(r.candidate.currentCompany, p.candidate.currentCompany);
        EXPECT_EQ(r.candidate.currentTitle, p.candidate.currentTitle);
        EXPECT_EQ(r.candidate.linkedinUrl, p.candidate.linkedinUrl);
        EXPECT_EQ(r.candidate.skills, p.candidate.skills);
        EXPECT_EQ(r.candidate.source, p.candidate.source);
        EXPECT_EQ(r.links, p.links);
        EXPECT_EQ(r.tags, p.tags);
        EXPECT_EQ(r.note, p.note);
    }
    EXPECT_TRUE(VCardWriter::card(p, VCardVersion::V4).contains("VERSION:4.0\r\n"));
    EXPECT_TRUE(VCardWriter::card(p, VCardVersion::V3).contains("VERSION:3.0\r\n"));
}
