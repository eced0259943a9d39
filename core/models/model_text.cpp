#include "model_text.h"

#include <QLocale>

namespace Tandem::Internal {

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    // pre-wrap keeps the line breaks of notes and emails and still wraps long lines.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}

QString localDate(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime().date(), QLocale::ShortFormat);
}

QString localDateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    // A long date and a short time: the seconds and the zone name only add noise here.
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QLocale::LongFormat) + QLatin1Char(' ')
        + locale.toString(local.time(), QLocale::ShortFormat);
}

int compareText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive);
}

} // namespace Tandem::Internal
