#pragma once

// Small text helpers the item models share. Internal to core/models.

#include <QDateTime>
#include <QString>

namespace Tandem::Internal {

// A tool tip that shows `text` literally. QToolTip guesses rich text from the first line, and
// text from candidates is data, never markup (DESIGN.md section 4): a name such as
// "<img src=...>" must not be rendered. So tool tips are always escaped rich text.
QString plainToolTip(const QString &text);

// A stored UTC time shown in the user's time zone and locale; empty for an invalid time.
QString localDate(const QDateTime &utc);
QString localDateTime(const QDateTime &utc);

// Case-insensitive ordering for in-memory sorts, close to SQLite's NOCASE so that a list
// sorted in SQL and one sorted in memory agree.
int compareText(const QString &a, const QString &b);

} // namespace Tandem::Internal
