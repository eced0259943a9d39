#include <core/contacts/contact_normalization.h>

#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <limits>
#include <set>
#include <string>

namespace Tandem {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;
namespace pn = i18n::phonenumbers;

const PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

std::string regionOrUnknown(const QString &region)
{
    const QString upper = region.trimmed().toUpper();
    return isKnownPhoneRegion(upper) ? upper.toStdString() : std::string("ZZ");
}

PhoneNumber toPhoneNumber(const pn::PhoneNumber &number)
{
    std::string e164;
    std::string international;
    std::string region;
    util().Format(number, PhoneNumberUtil::E164, &e164);
    util().Format(number, PhoneNumberUtil::INTERNATIONAL, &international);
    util().GetRegionCodeForNumber(number, &region);
    PhoneNumber out;
    out.e164 = QString::fromStdString(e164);
    out.international = QString::fromStdString(international);
    out.region = region == "ZZ" ? QString() : QString::fromStdString(region);
    return out;
}

} // namespace

Result<PhoneNumber> normalizePhone(const QString &text, const QString &defaultRegion)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("The phone number is empty."),
                    QObject::tr("Type the number with its country code, e.g. +1 415 555 0100."));
    pn::PhoneNumber number;
    const auto error = util().Parse(trimmed.toStdString(), regionOrUnknown(defaultRegion), &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR || !util().IsPossibleNumber(number)) {
        const QString hint = trimmed.startsWith(QLatin1Char('+'))
                                 ? QObject::tr("Check the digits after the country code.")
                                 : QObject::tr("Add the country code (+%1 …) or set the default phone region in "
                                               "Settings > Intake.")
                                       .arg(util().GetCountryCodeForRegion(regionOrUnknown(defaultRegion)));
        return fail(ErrorCode::Invalid, QObject::tr("\"%1\" is not a phone number that can be dialled.").arg(trimmed),
                    hint);
    }
    return toPhoneNumber(number);
}

QList<PhoneNumber> findPhoneNumbers(const QString &text, const QString &defaultRegion)
{
    QList<PhoneNumber> found;
    if (text.isEmpty())
        return found;
    // The matcher works on UTF-8 and reports byte offsets; convert them back to QString
    // positions through the UTF-8 prefix lengths. No cap on the candidates it tries: a
    // resume's dates and figures come first and would use up a small one before the
    // contact block at its end.
    const QByteArray utf8 = text.toUtf8();
    pn::PhoneNumberMatcher matcher(util(), std::string(utf8.constData(), size_t(utf8.size())),
                                   regionOrUnknown(defaultRegion), pn::PhoneNumberMatcher::VALID,
                                   std::numeric_limits<int>::max());
    std::set<std::string> seen;
    pn::PhoneNumberMatch match;
    while (matcher.HasNext() && matcher.Next(&match)) {
        PhoneNumber number = toPhoneNumber(match.number());
        if (!seen.insert(number.e164.toStdString()).second)
            continue;
        number.start = int(QString::fromUtf8(utf8.constData(), match.start()).size());
        number.length = int(QString::fromUtf8(utf8.constData() + match.start(), match.length()).size());
        found.append(number);
    }
    return found;
}

bool isKnownPhoneRegion(const QString &region)
{
    static const QSet<QString> regions = [] {
        std::set<std::string> codes;
        util().GetSupportedRegions(&codes);
        QSet<QString> out;
        for (const std::string &code : codes)
            out.insert(QString::fromStdString(code));
        return out;
    }();
    return regions.contains(region.trimmed().toUpper());
}

QStringList knownPhoneRegions()
{
    std::set<std::string> codes;
    util().GetSupportedRegions(&codes);
    QStringList out;
    for (const std::string &code : codes)
        out.append(QString::fromStdString(code));
    return out; // std::set keeps them sorted
}

QString fallbackPhoneRegion()
{
    const QString name = QLocale::system().name(); // "de_DE"
    const QString territory = name.section(QLatin1Char('_'), 1, 1);
    return isKnownPhoneRegion(territory) ? territory.toUpper() : QStringLiteral("US");
}

QString normalizeEmail(const QString &email)
{
    QString out = email.trimmed().toLower();
    if (out.startsWith(QLatin1String("mailto:")))
        out = out.mid(7);
    return out;
}

bool isPlausibleEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^\s@]+@[^\s@]+\.[^\s@.]+$)"));
    return pattern.match(email.trimmed()).hasMatch();
}

QString normalizeProfileUrl(const QString &url)
{
    QString text = url.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    const QUrl parsed(text, QUrl::TolerantMode);
    if (!parsed.isValid() || parsed.host().isEmpty() || !parsed.host().contains(QLatin1Char('.')))
        return {};
    QString host = parsed.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    static const QRegularExpression countryLinkedIn(QStringLiteral(R"(^[a-z]{2}\.linkedin\.com$)"));
    if (countryLinkedIn.match(host).hasMatch())
        host = QStringLiteral("linkedin.com");
    QString path = parsed.path().toLower();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return host + path;
}

} // namespace Tandem
