#pragma once

#include <QString>
#include <QtGlobal>

#include <array>

namespace Tandem::Demo {

// Demo timelines are computed in UTC milliseconds since the epoch; millions of stamps are
// formatted, so this does the civil-date arithmetic directly instead of going through
// QDateTime. The text is exactly what toStorageTime() writes ("2026-11-01T12:00:00.000Z").
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

using StorageTimeText = std::array<char, 24>;

StorageTimeText storageTimeText(qint64 msSinceEpoch);
QString storageTime(qint64 msSinceEpoch);
int yearOf(qint64 msSinceEpoch);

} // namespace Tandem::Demo
