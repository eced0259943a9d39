#include "recent_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace Tandem::Ui {
namespace {

const QString recentKey = QStringLiteral("database/recent");
const QString lastKey = QStringLiteral("database/last");

bool isServerUrl(const QString &location)
{
    return location.startsWith(QStringLiteral("postgres"), Qt::CaseInsensitive);
}

bool stillThere(const QString &location)
{
    return isServerUrl(location) || QFileInfo::exists(location);
}

} // namespace

QStringList RecentFiles::list() const
{
    const QStringList stored = QSettings().value(recentKey).toStringList();
    QStringList kept;
    for (const QString &location : stored) {
        if (stillThere(location) && !kept.contains(location))
            kept.append(location);
    }
    while (kept.size() > maxEntries)
        kept.removeLast();
    if (kept != stored)
        store(kept);
    return kept;
}

void RecentFiles::add(const QString &givenLocation)
{
    // A password in a server URL must not reach the settings file (DESIGN.md section 4).
    const QString location =
        isServerUrl(givenLocation) ? QUrl(givenLocation).toString(QUrl::RemovePassword) : givenLocation;
    QStringList locations = list();
    locations.removeAll(location);
    locations.prepend(location);
    while (locations.size() > maxEntries)
        locations.removeLast();
    store(locations);
}

void RecentFiles::remove(const QString &location)
{
    QStringList locations = list();
    locations.removeAll(location);
    store(locations);
}

void RecentFiles::clear()
{
    store({});
}

QString RecentFiles::displayText(const QString &location)
{
    if (!isServerUrl(location))
        return QDir::toNativeSeparators(location);
    const QUrl url(location);
    return QCoreApplication::translate("Tandem::Ui::RecentFiles", "%1 on %2").arg(url.path().mid(1), url.host());
}

bool RecentFiles::isServer(const QString &location)
{
    return isServerUrl(location);
}

QString RecentFiles::last() const
{
    return QSettings().value(lastKey).toString();
}

bool RecentFiles::hasLast() const
{
    return !last().isEmpty();
}

void RecentFiles::setLast(const QString &location)
{
    QSettings().setValue(lastKey, isServerUrl(location) ? QUrl(location).toString(QUrl::RemovePassword) : location);
}

void RecentFiles::store(const QStringList &locations) const
{
    QSettings().setValue(recentKey, locations);
}

} // namespace Tandem::Ui
