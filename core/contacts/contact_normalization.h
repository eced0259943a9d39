#pragma once

#include <core/common/error.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace Tandem {

// A phone number as libphonenumber read it.
struct PhoneNumber
{
    QString e164;          // "+4915123456789": the form stored and compared
    QString international; // "+49 151 23456789": the form shown
    QString region;        // ISO 3166 code of the number's country, e.g. "DE"; empty if unknown
    int start = -1;        // findPhoneNumbers(): where the number starts in the text
    int length = 0;        // findPhoneNumbers(): how many characters it spans
};

// Normalising the ways to reach a person, so that two spellings of one address compare
// equal: phone numbers through libphonenumber (E.164), e-mail addresses, and LinkedIn,
// GitHub and other profile URLs.
//
// Owns nothing; free functions over values, safe from any thread (libphonenumber's
// PhoneNumberUtil is a thread-safe singleton). Errors: Result with ErrorCode::Invalid
// naming the text and how to fix it.

// Reads one number as typed. defaultRegion (ISO 3166 two letters, e.g. "US") says which
// country a number without "+<country code>" belongs to; numbers that cannot be a phone
// number in that country are refused.
Result<PhoneNumber> normalizePhone(const QString &text, const QString &defaultRegion);

// Every phone number in free text (a resume), in order of appearance, each once. Only
// numbers valid in their country count: a national number read with the wrong default
// region (a French 06… number taken as American) is left out rather than made up.
QList<PhoneNumber> findPhoneNumbers(const QString &text, const QString &defaultRegion);

// True for the region codes libphonenumber knows ("US", "DE", ...), case-insensitively.
bool isKnownPhoneRegion(const QString &region);
QStringList knownPhoneRegions(); // sorted

// The settings key of the default region (SettingsStore) and its fallback when unset:
// the territory of the system locale, else "US".
inline constexpr const char *kDefaultPhoneRegionKey = "intake.default_region";
QString fallbackPhoneRegion();

// "  Ann.Lee@Example.COM " -> "ann.lee@example.com"; empty for an empty text.
QString normalizeEmail(const QString &email);
// A plausible address: one '@', something before it, a dot in the domain, no spaces.
bool isPlausibleEmail(const QString &email);

// The part of a profile URL that identifies the person, lower case, without scheme, "www.",
// query or trailing slash: "https://www.LinkedIn.com/in/Ann-Lee/?x=1" -> "linkedin.com/in/ann-lee".
// Country subdomains (de.linkedin.com) count as linkedin.com. Empty if the text is not a URL.
QString normalizeProfileUrl(const QString &url);

} // namespace Tandem
