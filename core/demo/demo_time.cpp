#include "demo_time.h"

namespace Tandem::Demo {
namespace {

struct Civil
{
    int year;
    int month;
    int day;
};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian calendar).
Civil civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}

void putDigits(char *&out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    out += width;
}

} // namespace

StorageTimeText storageTimeText(qint64 msSinceEpoch)
{
    const qint64 days = floorDiv(msSinceEpoch, kDay);
    qint64 rest = msSinceEpoch - days * kDay;
    const Civil date = civilFromDays(days);
    StorageTimeText text;
    char *out = text.data();
    putDigits(out, date.year, 4);
    *out++ = '-';
    putDigits(out, date.month, 2);
    *out++ = '-';
    putDigits(out, date.day, 2);
    *out++ = 'T';
    putDigits(out, rest / kHour, 2);
    rest %= kHour;
    *out++ = ':';
    putDigits(out, rest / kMinute, 2);
    rest %= kMinute;
    *out++ = ':';
    putDigits(out, rest / kSecond, 2);
    *out++ = '.';
    putDigits(out, rest % kSecond, 3);
    *out = 'Z';
    return text;
}

QString storageTime(qint64 msSinceEpoch)
{
    const StorageTimeText text = storageTimeText(msSinceEpoch);
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

int yearOf(qint64 msSinceEpoch)
{
    return civilFromDays(floorDiv(msSinceEpoch, kDay)).year;
}

} // namespace Tandem::Demo
