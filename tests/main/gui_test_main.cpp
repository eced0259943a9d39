// Test entry point for ui tests, run under QT_QPA_PLATFORM=offscreen.
#include <QApplication>

#include <gtest/gtest.h>

#include "pdftext_location.h"

int main(int argc, char **argv)
{
    usePdfHelperFromBuildTree();
    // Test discovery runs this program too, without the environment CTest sets.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TandemTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tandem-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
