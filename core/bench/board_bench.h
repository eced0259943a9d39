#pragma once

// Internal to core/bench: the pipeline board's measurements.

#include <core/bench/benchmark.h>

namespace Tandem::Bench {

// On a scratch copy (it writes): fills a new requisition with up to 500 applications, then
// times "pipeline board load (500 applications)" through BoardModel against the same three
// statements raw, and "bulk move of 100 cards" through PipelineActions (one transaction,
// each card audited with history and a timeline entry) against the same writes raw.
Status measurePipeline(const ConnectionSettings &scratch, int repeats, BenchReport &report);

} // namespace Tandem::Bench
