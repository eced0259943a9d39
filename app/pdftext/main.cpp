// tandem-pdftext: prints the text layer of one PDF, pages separated by form feeds.
//
//   tandem-pdftext [--max-pages N] [--memory-mb M] [--cpu-seconds S] FILE
//
// It exists so that PDF parsing, the riskiest thing Tandem does with untrusted input, runs
// in a process of its own: it lowers its own address-space and CPU limits before it opens
// the file, so a hostile PDF can exhaust or crash only this helper. Errors are one line on
// stderr and an exit code; the codes are read by core/intake/pdf_text_runner.cpp (keep the
// two lists in step).
#include <QFile>
#include <QRectF>
#include <QString>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <memory>
#include <new>
#include <optional>
#include <core/intake/pdf_text_exit.h>

#include <poppler-qt6.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

using namespace Tandem::PdfText; // the exit codes

struct Options
{
    int maxPages = 60;
    long memoryMb = 512;
    long cpuSeconds = 20;
    QString file;
};

int failWith(Exit code, const char *message)
{
    std::fprintf(stderr, "%s\n", message);
    return code;
}

// Async-signal-safe: write() and _exit() only.
void writeAndExit(const char *message, size_t length, int code)
{
    [[maybe_unused]] const auto written = ::write(STDERR_FILENO, message, length);
    ::_exit(code);
}

void onOutOfMemory()
{
    static const char message[] = "out of memory\n";
    writeAndExit(message, sizeof message - 1, OutOfMemory);
}

// Qt and poppler report a failed allocation by throwing std::bad_alloc, which may unwind
// through code built without exceptions and end in std::terminate: say why before dying.
void onTerminate()
{
    try {
        if (const std::exception_ptr current = std::current_exception())
            std::rethrow_exception(current);
    } catch (const std::bad_alloc &) {
        onOutOfMemory();
    } catch (...) {
    }
    std::abort();
}

void onCpuLimit(int)
{
    static const char message[] = "cpu time limit reached\n";
    writeAndExit(message, sizeof message - 1, OutOfTime);
}

std::optional<long> number(const char *text)
{
    char *end = nullptr;
    const long value = std::strtol(text, &end, 10);
    if (end == text || *end != '\0' || value < 0)
        return std::nullopt;
    return value;
}

std::optional<Options> parse(int argc, char **argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        const bool hasValue = i + 1 < argc;
        if ((arg == "--max-pages" || arg == "--memory-mb" || arg == "--cpu-seconds") && hasValue) {
            const auto value = number(argv[++i]);
            if (!value)
                return std::nullopt;
            if (arg == "--max-pages")
                options.maxPages = int(*value);
            else if (arg == "--memory-mb")
                options.memoryMb = *value;
            else
                options.cpuSeconds = *value;
        } else if (!arg.startsWith("--") && options.file.isEmpty()) {
            options.file = QFile::decodeName(arg);
        } else {
            return std::nullopt;
        }
    }
    if (options.file.isEmpty())
        return std::nullopt;
    return options;
}

// The soft CPU limit raises SIGXCPU (caught: a clear exit code); the hard limit one second
// later kills the process should the handler never run.
bool lowerLimits(const Options &options)
{
    const rlim_t bytes = rlim_t(options.memoryMb) * 1024 * 1024;
    const rlimit memory {bytes, bytes};
    const rlimit cpu {rlim_t(options.cpuSeconds), rlim_t(options.cpuSeconds + 1)};
    std::set_new_handler(onOutOfMemory);
    std::set_terminate(onTerminate);
    std::signal(SIGXCPU, onCpuLimit);
    return ::setrlimit(RLIMIT_AS, &memory) == 0 && ::setrlimit(RLIMIT_CPU, &cpu) == 0;
}

bool looksLikePdf(QFile &file)
{
    // Readers accept the header anywhere in the first kilobyte; so do we.
    return file.peek(1024).contains("%PDF-");
}

void quiet(const QString &, const QVariant &) { }

int run(const Options &options)
{
    QFile file(options.file);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(Unreadable, "cannot open the file");
    if (!looksLikePdf(file))
        return failWith(NotPdf, "not a PDF file");
    const QByteArray bytes = file.readAll();
    file.close();

    Poppler::setDebugErrorFunction(quiet, QVariant());
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return failWith(Damaged, "the PDF is damaged");
    if (document->isLocked())
        return failWith(Encrypted, "the PDF is password-protected");
    const int pages = document->numPages();
    if (pages <= 0)
        return failWith(Damaged, "the PDF has no pages");
    if (pages > options.maxPages)
        return failWith(TooManyPages, "the PDF has too many pages");

    for (int i = 0; i < pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        const QByteArray text = page ? page->text(QRectF()).toUtf8() : QByteArray();
        if (i > 0)
            std::fputc('\f', stdout);
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    }
    std::fflush(stdout);
    return Ok;
}

} // namespace

int main(int argc, char **argv)
{
    const auto options = parse(argc, argv);
    if (!options)
        return failWith(Usage,
                        "usage: tandem-pdftext [--max-pages N] [--memory-mb M] [--cpu-seconds S] FILE");
    if (!lowerLimits(*options))
        return failWith(Usage, "cannot set the process limits");
    return run(*options);
}
