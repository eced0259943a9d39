#pragma once

#include <QtGlobal>

// Test programs live in <build>/tests, away from <build>/app/pdftext where TextExtractor
// would find the PDF helper next to an installed program: point it there, unless the
// environment already names one.
inline void usePdfHelperFromBuildTree()
{
#ifdef TANDEM_PDFTEXT_PATH
    if (qEnvironmentVariableIsEmpty("TANDEM_PDFTEXT"))
        qputenv("TANDEM_PDFTEXT", TANDEM_PDFTEXT_PATH);
#endif
}
