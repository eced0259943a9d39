#pragma once

#include <core/storage/database.h>

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace Tandem::Cli {

// Exit codes, also listed in --help.
enum Exit : int {
    Ok = 0,
    Failed = 1,      // the work could not be done (the message says why)
    Usage = 2,       // the command line is wrong
    Problems = 3,    // check found problems in the database
};

// What every command gets: the --db location, streams, and a way to open the database.
class Context
{
public:
    Context(QString location, QTextStream &out, QTextStream &err);

    QTextStream &out;
    QTextStream &err;
    QString location;

    // Opens the --db database (creating and migrating it when asked); on failure prints the
    // error with its hint to stderr and returns nullptr.
    Database *open(bool create = false);
    // Prints a core error as "tandem-cli: message\n  hint".
    int report(const Error &error, int code = Failed);
    int usage(const QString &message);

private:
    std::unique_ptr<Database> m_db;
};

struct Command
{
    QString name;
    QString synopsis;   // e.g. "backup OUT"
    QString summary;    // one line for the overview
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(Context &, const QCommandLineParser &)> run;
};

QList<Command> allCommands();

// Each file registers one family of commands.
QList<Command> databaseCommands(); // init, check, backup, restore
QList<Command> demoCommands();     // demo
QList<Command> searchCommands();   // search
QList<Command> benchCommands();    // bench
QList<Command> transferCommands(); // migrate
QList<Command> postingCommands();  // publish, feed
QList<Command> listCommands();     // import, export

} // namespace Tandem::Cli
