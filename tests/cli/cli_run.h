#pragma once

// Shared by the tests/cli programs: runs the real tandem-cli of this build tree
// (TANDEM_CLI_PATH) with a clean environment and collects its exit code and output.
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Tandem::Testing {

struct CliRun
{
    int code = -1; // -1: it did not finish in time (and was killed)
    QString out;
    QString err;
};

inline CliRun cli(const QStringList &args, int timeoutMs = 300000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TANDEM_DB")); // only --db names the database
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TANDEM_CLI_PATH), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        return {};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace Tandem::Testing
