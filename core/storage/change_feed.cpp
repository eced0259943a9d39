#include "change_feed.h"

#include "database.h"

#include <core/common/logging.h>

#include <QSqlDatabase>
#include <QTimer>

#include <algorithm>

namespace Tandem {
namespace {

// SQLite: how often data_version is read (a PRAGMA answered from memory, no disk access).
constexpr int sqlitePollMs = 500;
// PostgreSQL: how often the connection is checked (one SELECT 1 round trip).
constexpr int postgresCheckMs = 1000;
// The longest pause between reconnect attempts, in PostgreSQL ticks.
constexpr int maxRetryTicks = 15;

} // namespace

ChangeFeed::ChangeFeed(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(db.engine() == Engine::Sqlite ? sqlitePollMs : postgresCheckMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeFeed::tick);
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

Status ChangeFeed::start()
{
    if (m_started)
        return {};
    if (m_db.engine() == Engine::Sqlite) {
        auto version = m_db.scalar(QStringLiteral("PRAGMA data_version"));
        if (!version)
            return std::unexpected(version.error());
        m_dataVersion = version->toLongLong();
    } else if (auto subscribed = subscribe(); !subscribed) {
        return subscribed;
    }
    m_started = true;
    m_timer->start();
    return {};
}

void ChangeFeed::stop()
{
    m_timer->stop();
    if (!m_started)
        return;
    m_started = false;
    if (m_db.engine() == Engine::Postgres && m_db.isConnected()) {
        QSqlDriver *driver = m_db.connection().driver();
        if (driver && driver->subscribedToNotifications().contains(channel()))
            driver->unsubscribeFromNotification(channel());
    }
}

Status ChangeFeed::subscribe()
{
    QSqlDriver *driver = m_db.connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return fail(ErrorCode::Unsupported, tr("This database driver cannot tell about other people's changes."));
    // The driver object stays the same across Database::reconnect(), so connect once.
    if (!m_driverConnected) {
        connect(driver, qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                            &QSqlDriver::notification),
                this, &ChangeFeed::onNotification);
        m_driverConnected = true;
    }
    // After a lost connection Qt's driver still lists the channel and keeps its socket
    // watcher on the dead socket (its close() does nothing once the connection is bad).
    // UNLISTEN on the new connection drops that watcher, so LISTEN below watches the new one.
    if (driver->subscribedToNotifications().contains(channel()))
        driver->unsubscribeFromNotification(channel());
    if (!driver->subscribeToNotification(channel()))
        return std::unexpected(m_db.errorFrom(driver->lastError(), tr("listening for other people's changes")));
    return {};
}

void ChangeFeed::tick()
{
    if (m_db.engine() == Engine::Sqlite)
        pollSqlite();
    else
        checkPostgres();
}

void ChangeFeed::pollSqlite()
{
    // Inside a write transaction data_version cannot change under us, and the statement
    // would run inside someone else's unit of work: look on the next tick.
    if (m_db.inTransaction())
        return;
    auto version = m_db.scalar(QStringLiteral("PRAGMA data_version"));
    if (!version) {
        qCWarning(lcStorage) << "change feed: cannot read data_version:" << version.error().message;
        return;
    }
    const qint64 now = version->toLongLong();
    if (now != m_dataVersion) {
        m_dataVersion = now;
        emit changed(anyEntity(), {});
    }
}

void ChangeFeed::checkPostgres()
{
    if (m_lost) {
        if (--m_ticksUntilRetry <= 0)
            tryReconnect();
        return;
    }
    if (m_db.inTransaction())
        return; // a transaction's owner sees a lost connection itself, and its work is not ours
    if (!m_db.isConnected()) {
        markLost(tr("The server closed the connection."));
        return;
    }
    // The round trip also lets Qt's driver read notifications that arrived meanwhile.
    if (auto alive = m_db.scalar(QStringLiteral("SELECT 1")); !alive && !m_db.isConnected())
        markLost(alive.error().message);
}

void ChangeFeed::markLost(const QString &message)
{
    qCWarning(lcStorage) << "change feed: connection lost:" << message;
    m_lost = true;
    m_retryDelayTicks = 1;
    emit connectionLost(message);
    tryReconnect(); // a server that merely dropped this session takes us back at once
}

void ChangeFeed::tryReconnect()
{
    if (auto reopened = m_db.reconnect(); !reopened) {
        qCInfo(lcStorage) << "change feed: reconnect failed:" << reopened.error().message;
        m_retryDelayTicks = std::min(m_retryDelayTicks * 2, maxRetryTicks);
        m_ticksUntilRetry = m_retryDelayTicks;
        return;
    }
    if (auto subscribed = subscribe(); !subscribed) {
        qCInfo(lcStorage) << "change feed: LISTEN after reconnect failed:" << subscribed.error().message;
        m_retryDelayTicks = std::min(m_retryDelayTicks * 2, maxRetryTicks);
        m_ticksUntilRetry = m_retryDelayTicks;
        return;
    }
    m_lost = false;
    emit connectionRestored();
    emit resynced();
}

void ChangeFeed::onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (name != channel() || source == QSqlDriver::SelfSource)
        return;
    // The payload is "entityType uuid" (Dialect::notifyChange()); a payload we do not know
    // still means "something changed".
    const QString text = payload.toString();
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space <= 0) {
        emit changed(anyEntity(), {});
        return;
    }
    emit changed(text.left(space), text.mid(space + 1));
}

} // namespace Tandem
