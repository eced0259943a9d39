#include "ids.h"

#include <QTimeZone>
#include <QUuid>

namespace Tandem {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString toStorageTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStorageTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc()); // stored times are UTC even when the 'Z' was lost
    return time.toUTC();
}

QString nowStorageTime()
{
    return toStorageTime(QDateTime::currentDateTimeUtc());
}

} // namespace Tandem
