#pragma once

#include <core/common/error.h>
#include <core/search/search_query.h>

#include <QDate>
#include <QString>
#include <QVariantList>

namespace Tandem::Internal {

// A condition on `candidates AS c` with ? placeholders, and the values for them in order.
struct FilterCondition
{
    QString sql;
    QVariantList values;
};

// True for the fields that filter candidates by a column instead of matching words in the
// full-text index: source:, tag:, experience:, added:, updated:.
bool isFilterField(SearchField field);

// The condition a filter leaf stands for: `label` is the field's name as messages show it,
// `value` what followed the colon (quotes removed). Values are checked here, so an
// unreadable one is ErrorCode::Invalid naming the value and how to write it.
// A condition stays false for candidates without a value (no years of experience), so a
// negated filter (-experience:<2) keeps them.
// Dates are local calendar days (a recruiter's "added in March" is her March); their
// bounds are converted to the stored UTC text here, so SQL compares text on both engines.
Result<FilterCondition> filterCondition(SearchField field, const QString &label, const QString &value);

// The first moment of a day, a month or a year, as stored text (UTC). Exposed for tests.
QString storedDayStart(QDate day);

} // namespace Tandem::Internal
