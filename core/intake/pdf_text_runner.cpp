#include "pdf_text_runner.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLocale>
#include <QObject>
#include <core/intake/pdf_text_exit.h>

#include <QProcess>

namespace Tandem::Internal {
namespace {

using namespace PdfText; // tandem-pdftext's exit codes

QString seconds(int ms)
{
    return QLocale().toString(ms / 1000.0, 'g', 3);
}

QString damagedHint()
{
    return QObject::tr("Open it in a PDF viewer and save or print it to a new PDF, or ask the candidate for "
                       "another copy.");
}

Error timedOut(const QString &name, const ExtractionLimits &limits)
{
    return Error {ErrorCode::Invalid,
                  QObject::tr("%1 took longer than %2 s to read and was stopped.")
                      .arg(name, seconds(limits.pdfTimeoutMs)),
                  damagedHint()};
}

Error exitError(int code, const QString &name, const ExtractionLimits &limits)
{
    switch (code) {
    case Unreadable:
        return Error {ErrorCode::Io, QObject::tr("%1 could not be opened by Tandem's PDF reader.").arg(name),
                      QObject::tr("Check that the file still exists and that you may read it.")};
    case NotPdf:
        return Error {ErrorCode::Unsupported, QObject::tr("%1 is not a PDF file.").arg(name),
                      QObject::tr("Import a PDF, DOCX, ODT, TXT or HTML resume.")};
    case Encrypted:
        return Error {ErrorCode::Unsupported, QObject::tr("%1 is password-protected.").arg(name),
                      QObject::tr("Save an unprotected copy and import that.")};
    case Damaged:
        return Error {ErrorCode::Corrupt, QObject::tr("%1 is damaged and cannot be read.").arg(name),
                      damagedHint()};
    case TooManyPages:
        return Error {ErrorCode::Invalid,
                      QObject::tr("%1 has more than %2 pages, too many for a resume.")
                          .arg(name)
                          .arg(limits.pdfMaxPages),
                      QObject::tr("Import only the resume pages (print them to a new PDF).")};
    case OutOfMemory:
        return Error {ErrorCode::Invalid,
                      QObject::tr("%1 needs more than %2 MB to read and was stopped.")
                          .arg(name)
                          .arg(limits.pdfMemoryMb),
                      damagedHint()};
    case OutOfTime:
        return timedOut(name, limits);
    default:
        return Error {ErrorCode::Corrupt,
                      QObject::tr("Tandem's PDF reader failed on %1 (exit code %2).").arg(name).arg(code),
                      damagedHint()};
    }
}

QStringList helperArguments(const QString &pdfPath, const ExtractionLimits &limits)
{
    // The CPU limit backs up the wall-clock timeout: a busy helper stops itself even if the
    // kill never arrives.
    const int cpuSeconds = qMax(1, (limits.pdfTimeoutMs + 999) / 1000);
    return {QStringLiteral("--max-pages"),
            QString::number(limits.pdfMaxPages),
            QStringLiteral("--memory-mb"),
            QString::number(limits.pdfMemoryMb),
            QStringLiteral("--cpu-seconds"),
            QString::number(cpuSeconds),
            pdfPath};
}

void stop(QProcess &process)
{
    process.kill();
    process.waitForFinished(-1);
}

// Reads the helper's output while it runs, so that neither a hang nor a flood of text can
// hold the caller: the wall-clock limit and the output limit both end the helper.
Status collectOutput(QProcess &process, const ExtractionLimits &limits, const QString &displayName,
                     QByteArray &output)
{
    QDeadlineTimer deadline(limits.pdfTimeoutMs);
    while (!process.waitForFinished(int(qMin<qint64>(deadline.remainingTime(), 100)))) {
        output += process.readAllStandardOutput();
        if (output.size() > limits.maxUncompressedBytes) {
            stop(process);
            return fail(ErrorCode::Invalid,
                        QObject::tr("%1 holds more text than a resume can (over %2 MB).")
                            .arg(displayName)
                            .arg(limits.maxUncompressedBytes / (1024 * 1024)),
                        QObject::tr("Import only the resume pages (print them to a new PDF)."));
        }
        if (process.state() == QProcess::NotRunning)
            break; // it ended between two waits
        if (deadline.hasExpired()) {
            stop(process);
            return std::unexpected(timedOut(displayName, limits));
        }
    }
    output += process.readAllStandardOutput();
    return {};
}

} // namespace

Result<QString> runPdfHelper(const QString &helper, const QString &pdfPath, const ExtractionLimits &limits,
                             const QString &displayName)
{
    if (helper.isEmpty() || !QFileInfo(helper).isExecutable())
        return fail(ErrorCode::Io,
                    QObject::tr("Tandem's PDF reader (tandem-pdftext) is missing, so %1 cannot be read.")
                        .arg(displayName),
                    QObject::tr("Reinstall Tandem, or set TANDEM_PDFTEXT to the program's path."));
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(helper, helperArguments(pdfPath, limits), QIODevice::ReadOnly);
    if (!process.waitForStarted())
        return fail(ErrorCode::Io,
                    QObject::tr("Tandem's PDF reader could not be started for %1: %2.")
                        .arg(displayName, process.errorString()),
                    QObject::tr("Reinstall Tandem, or set TANDEM_PDFTEXT to the program's path."));
    QByteArray output;
    if (auto collected = collectOutput(process, limits, displayName, output); !collected)
        return std::unexpected(collected.error());
    // poppler aborts on a failed allocation after printing "Out of memory": that abort is the
    // memory limit at work, not a damaged file.
    const bool crashed = process.exitStatus() == QProcess::CrashExit;
    if (crashed && process.readAllStandardError().contains("Out of memory"))
        return std::unexpected(exitError(OutOfMemory, displayName, limits));
    if (crashed)
        return fail(
            ErrorCode::Corrupt,
            QObject::tr("Tandem's PDF reader stopped unexpectedly while reading %1.").arg(displayName),
            damagedHint());
    if (process.exitCode() != Ok)
        return std::unexpected(exitError(process.exitCode(), displayName, limits));
    return QString::fromUtf8(output);
}

} // namespace Tandem::Internal
