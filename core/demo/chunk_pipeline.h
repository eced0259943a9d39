#pragma once

#include <core/common/error.h>

#include <future>

namespace Tandem::Demo {

// Runs `produce(i)` for chunk i + 1 on a helper thread while `consume(chunk i)` runs on the
// calling thread, so composing the words of the next rows overlaps with SQLite writing the
// current ones. `produce` must be safe to call from another thread (the demo's builders read
// only the plan and immutable tables); `consume` returns Status and stops the run on failure,
// after the chunk being produced has finished, so no helper outlives the call.
template<typename Produce, typename Consume>
Status pipelineChunks(int chunkCount, Produce produce, Consume consume)
{
    if (chunkCount <= 0)
        return {};
    auto ahead = std::async(std::launch::async, produce, 0);
    for (int i = 0; i < chunkCount; ++i) {
        auto chunk = ahead.get();
        if (i + 1 < chunkCount)
            ahead = std::async(std::launch::async, produce, i + 1);
        if (Status ok = consume(chunk); !ok) {
            if (ahead.valid())
                ahead.wait();
            return ok;
        }
    }
    return {};
}

} // namespace Tandem::Demo
