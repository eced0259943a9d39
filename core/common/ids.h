#pragma once

#include <QDateTime>
#include <QString>

namespace Tandem {

// A new random (version 4) UUID in its canonical lower-case text form, without braces.
// Every record gets one at creation; it never changes, so merges, exports and moves
// between engines can rely on it.
QString newUuid();

// Times are stored as UTC ISO-8601 text with millisecond precision and a trailing 'Z'.
QString toStorageTime(const QDateTime &time);
QDateTime fromStorageTime(const QString &text);
QString nowStorageTime();

} // namespace Tandem
