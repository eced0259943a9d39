// The Tandem desktop program: reads the command line, sets up the application and hands
// the window what it was asked to open. Everything else lives in ui/ and core/.
#include <ui/launcher.h>
#include <ui/main_window.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace {

// Qt's own dialogs (file dialogs, message box buttons) in the user's language.
void installQtTranslations(QApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char **argv)
{
    // Fractional scale factors (125 %, 150 %) as the desktop asks, not rounded to 1 or 2.
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tandem"));
    QCoreApplication::setApplicationName(QStringLiteral("Tandem"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("tandem"));
    installQtTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Applicant tracking and recruitment CRM."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("main", "Open the database at <location>: a file "
                                                                          "path or a postgresql:// URL."),
                                      QStringLiteral("location"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QCoreApplication::translate("main", "Open the default database (or --db) and "
                                                                            "fill it with a demo agency when it has "
                                                                            "no candidates yet."));
    const QCommandLineOption demoCandidatesOption(
        QStringLiteral("demo-candidates"),
        QCoreApplication::translate("main", "How many candidates --demo creates (default 10000)."),
        QStringLiteral("count"), QStringLiteral("10000"));
    parser.addOptions({dbOption, demoOption, demoCandidatesOption});
    parser.process(app);

    Tandem::Ui::LaunchOptions options;
    options.database = parser.value(dbOption);
    options.demo = parser.isSet(demoOption);
    bool ok = false;
    options.demoCandidates = parser.value(demoCandidatesOption).toInt(&ok);
    if (!ok || options.demoCandidates < 1 || options.demoCandidates > 1'000'000) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "--demo-candidates needs a number from 1 to "
                                                                    "1000000, not \"%1\".")
                                    .arg(parser.value(demoCandidatesOption))));
        return 2;
    }

    Tandem::Ui::MainWindow window;
    window.show();
    Tandem::Ui::launch(window, options);
    return app.exec();
}
