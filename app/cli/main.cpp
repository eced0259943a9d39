// tandem-cli: scripting, cron jobs and benchmarks over a Tandem database.
#include "command.h"

#include <core/storage/connection_settings.h>

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Tandem;
using namespace Tandem::Cli;

namespace {

QString overview(const QList<Command> &commands)
{
    QString text;
    QTextStream s(&text);
    s << "Usage: tandem-cli [--db PATH|postgresql://...] <command> [options]\n\n"
      << "Commands:\n";
    for (const Command &c : commands)
        s << "  " << c.synopsis.leftJustified(34) << ' ' << c.summary << '\n';
    s << "\nGlobal options:\n"
      << "  --db LOCATION   the database: a file path, or postgresql://user@host/db for a team server\n"
      << "                  (default: $TANDEM_DB, else " << defaultDatabasePath() << ")\n"
      << "  -h, --help      this text; \"tandem-cli <command> --help\" explains one command\n"
      << "  -v, --version   the program's version\n"
      << "\nExit codes: 0 done, 1 failed (the message says why), 2 wrong command line, 3 check found problems.\n";
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tandem"));
    QCoreApplication::setApplicationName(QStringLiteral("Tandem"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QList<Command> commands = allCommands();

    QStringList args = QCoreApplication::arguments();
    QString location = qEnvironmentVariable("TANDEM_DB", defaultDatabasePath());
    // Global options may stand before the command; everything after it is the command's.
    QStringList rest;
    QString commandName;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!commandName.isEmpty()) {
            rest << a;
        } else if (a == QLatin1String("--db")) {
            if (i + 1 >= args.size()) {
                err << "tandem-cli: --db needs a value: a file path or a postgresql:// address.\n";
                return Usage;
            }
            location = args.at(++i);
        } else if (a.startsWith(QLatin1String("--db="))) {
            location = a.mid(5);
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help") || a == QLatin1String("help")) {
            out << overview(commands);
            return Ok;
        } else if (a == QLatin1String("-v") || a == QLatin1String("--version")) {
            out << "tandem-cli " << QCoreApplication::applicationVersion() << '\n';
            return Ok;
        } else if (a.startsWith(QLatin1Char('-'))) {
            err << "tandem-cli: unknown option " << a << " before the command.\n"
                << "  Run \"tandem-cli --help\" for the commands and their options.\n";
            return Usage;
        } else {
            commandName = a;
        }
    }
    if (commandName.isEmpty()) {
        err << overview(commands);
        return Usage;
    }
    const auto found = std::find_if(commands.begin(), commands.end(), [&](const Command &c) { return c.name == commandName; });
    if (found == commands.end()) {
        err << "tandem-cli: there is no command \"" << commandName << "\".\n"
            << "  Run \"tandem-cli --help\" for the list of commands.\n";
        return Usage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(found->summary);
    parser.addHelpOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QObject::tr("The database (file path or postgresql:// address)."),
                                QStringLiteral("LOCATION"));
    parser.addOption(dbOption);
    if (found->addOptions)
        found->addOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("tandem-cli ") + found->name} + rest)) {
        err << "tandem-cli " << found->name << ": " << parser.errorText() << '\n'
            << "  Usage: tandem-cli " << found->synopsis << '\n';
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << "Usage: tandem-cli [--db LOCATION] " << found->synopsis << "\n\n" << found->summary << "\n\n";
        out << parser.helpText().section(QLatin1Char('\n'), 2);
        return Ok;
    }
    if (parser.isSet(dbOption))
        location = parser.value(dbOption);

    Context context(location, out, err);
    const int code = found->run(context, parser);
    out.flush();
    err.flush();
    return code;
}
