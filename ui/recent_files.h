#pragma once

#include <QString>
#include <QStringList>

namespace Tandem::Ui {

// The databases opened most recently, newest first, kept in QSettings so File > Open Recent
// and the next start find them. At most `maxEntries`; local files that no longer exist are
// dropped when the list is read, server URLs are kept (reachability is not known here).
class RecentFiles
{
public:
    static constexpr int maxEntries = 8;

    QStringList list() const;
    void add(const QString &location);
    void remove(const QString &location);
    void clear();

    // What File > Open Recent shows: a file's native path, a server's "database on host".
    static QString displayText(const QString &location);
    static bool isServer(const QString &location);

    // The database the previous run had open; empty when there was none.
    QString last() const;
    bool hasLast() const;
    void setLast(const QString &location);

private:
    void store(const QStringList &locations) const;
};

} // namespace Tandem::Ui
