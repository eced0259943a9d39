// Test entry point for core and cli tests: Qt's SQL drivers are plugins and need a
// QCoreApplication to load.
#include <QCoreApplication>

#include <gtest/gtest.h>

#include "pdftext_location.h"

int main(int argc, char **argv)
{
    usePdfHelperFromBuildTree();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TandemTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tandem-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
