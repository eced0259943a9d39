#pragma once

#include <core/common/error.h>

#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

class QTimer;

namespace Tandem {

class Database;

// Tells one connection's owner when other connections changed the database, so open views
// can re-read what they show ("live updates" in team mode).
//
// PostgreSQL: every audited change runs Dialect::notifyChange() inside its transaction
// (core/records/audited.cpp), so the server sends "entityType uuid" on the channel
// `tandem_changes` at commit and never after a rollback. The feed LISTENs through Qt's
// QSqlDriver notifications and emits changed(entityType, uuid) for each one. Notifications
// from this same connection are ignored: the view that made the change already shows it, and
// pages of one window that depend on each other are told through Page::recordsChanged. A
// change made by a worker's own connection counts as another connection's and is reported.
// A cheap check (SELECT 1 every second when no transaction is open) finds a lost connection:
// connectionLost(message), then Database::reconnect() is tried at once and again with a
// growing pause (up to 15 s; a connect may block up to the connection's connect_timeout),
// and on success LISTEN again, connectionRestored() and resynced(): notifications sent while
// the connection was down are gone, so views must re-read everything.
//
// SQLite (one file, maybe opened by two windows or processes): there are no notifications;
// PRAGMA data_version is read every 500 ms and changes when another connection committed.
// Then changed("*", {}) is emitted: something changed, re-read what is shown. Own commits do
// not change data_version, which matches the PostgreSQL rule above.
//
// Signals are emitted once per change and not coalesced: views debounce (MainWindow refreshes
// at most twice a second).
// Owns: one timer. Keeps a reference to the Database, which must outlive the feed.
// Thread: the Database's thread (it runs statements on that connection from its timers).
// Errors: start() reports a failed LISTEN; later failures become connectionLost() or are
// retried on the next tick, never thrown.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    // The PostgreSQL notification channel (also named in Dialect::notifyChange()).
    static QString channel() { return QStringLiteral("tandem_changes"); }
    // entityType of SQLite's generic "something changed" (the uuid is empty).
    static QString anyEntity() { return QStringLiteral("*"); }

    explicit ChangeFeed(Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Subscribes (PostgreSQL) or reads the first data_version (SQLite) and starts watching.
    Status start();
    void stop();
    bool isConnected() const { return !m_lost; }

signals:
    void changed(const QString &entityType, const QString &entityUuid);
    // After a reconnect: changes may have been missed, re-read everything shown.
    void resynced();
    void connectionLost(const QString &message);
    void connectionRestored();

private:
    Status subscribe();
    void tick();
    void pollSqlite();
    void checkPostgres();
    void markLost(const QString &message);
    void tryReconnect();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    Database &m_db;
    QTimer *m_timer = nullptr; // owned (Qt parent)
    qint64 m_dataVersion = -1;
    bool m_started = false;
    bool m_lost = false;
    bool m_driverConnected = false;
    int m_retryDelayTicks = 1; // PostgreSQL: ticks to wait before the next reconnect attempt
    int m_ticksUntilRetry = 0;
};

} // namespace Tandem
