#pragma once

#include <core/bench/benchmark.h>

namespace Tandem {

// The intake part of `tandem-cli bench`, run on the benchmark's scratch copy of the
// database (so duplicate checks see the real number of candidates):
//  - resume import throughput per format: generated resumes written as plain text, DOCX
//    and PDF files, each read (PDF through the tandem-pdftext helper), parsed, checked for
//    duplicates and stored;
//  - CSV import throughput: a generated "generic ATS" CSV of `csvRows` rows imported
//    through the list importer with validation, duplicate checks and audit.
// Writes its files into `folder`. Thread: the caller's; blocks for a while.
struct IntakeBenchOptions
{
    int resumesPerFormat = 60;
    int csvRows = 100000;
    QString folder;
};

Status measureIntake(const ConnectionSettings &scratch, const IntakeBenchOptions &options, BenchReport &report);

} // namespace Tandem
