#pragma once

#include <core/common/error.h>
#include <core/records/actor.h>
#include <core/storage/database.h>

#include <QString>

#include <memory>

namespace Tandem::Ui {

// One open database and the person working in it: what every page of the window shares.
//
// Owns: the UI thread's connection. Workers never use it; they open their own from
// settings() (a QSqlDatabase belongs to the thread that opened it).
// Errors: open() returns the core error (unreadable file, refused location, newer schema).
class Session
{
public:
    // `location` is what a user types or passes with --db: a file path or a server URL.
    static Result<std::unique_ptr<Session>> open(const QString &location);

    Database &db() const { return *m_db; }
    const Actor &actor() const { return m_actor; }
    const ConnectionSettings &settings() const { return m_db->settings(); }
    // The location to remember in Open Recent: an absolute path for files.
    QString location() const;
    // A short name for the window title and status bar ("agency.sqlite", "db@host").
    QString displayName() const;

private:
    Session(std::unique_ptr<Database> db, Actor actor);

    std::unique_ptr<Database> m_db;
    Actor m_actor;
};

} // namespace Tandem::Ui
