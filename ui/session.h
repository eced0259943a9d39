#pragma once

#include <core/common/error.h>
#include <core/records/actor.h>
#include <core/storage/change_feed.h>
#include <core/storage/database.h>

#include <QString>

#include <memory>

namespace Tandem::Ui {

// One open database and the person working in it: what every page of the window shares.
//
// Owns: the UI thread's connection and its ChangeFeed (other people's changes, live; it is
// started by open(), and a failed start only means no live updates, logged). Workers never
// use the connection; they open their own from settings() (a QSqlDatabase belongs to the
// thread that opened it).
// Errors: open() returns the core error (unreadable file, refused location, newer schema).
class Session
{
public:
    // `location` is what a user types or passes with --db: a file path or a server URL.
    static Result<std::unique_ptr<Session>> open(const QString &location);
    // The same for settings already taken apart (the Connect dialog's): a server password
    // stays in memory and never passes through a URL.
    static Result<std::unique_ptr<Session>> open(const ConnectionSettings &settings);

    Database &db() const { return *m_db; }
    const Actor &actor() const { return m_actor; }
    // Changes other connections made to this database (see ChangeFeed).
    ChangeFeed &changes() const { return *m_changes; }
    const ConnectionSettings &settings() const { return m_db->settings(); }
    // The location to remember in Open Recent: an absolute path for files.
    QString location() const;
    // A short name for the window title and status bar ("agency.sqlite", "db@host").
    QString displayName() const;

private:
    Session(std::unique_ptr<Database> db, Actor actor);

    std::unique_ptr<Database> m_db;
    Actor m_actor;
    std::unique_ptr<ChangeFeed> m_changes; // after m_db: it uses the connection until it goes
};

} // namespace Tandem::Ui
