#pragma once

// Internal to core/bench: timing helpers and the raw connection every measurement shares.

#include <core/bench/raw_connection.h>
#include <core/bench/timing.h>
#include <core/storage/connection_settings.h>

#include <QElapsedTimer>
#include <QList>

#include <memory>

namespace Tandem::Bench {

inline double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Runs `work` once to warm caches, then `repeats` times; returns each run's milliseconds.
template <typename Work>
Result<QList<double>> sample(int repeats, Work &&work)
{
    if (auto warm = work(); !warm)
        return std::unexpected(warm.error());
    QList<double> samples;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        if (auto ok = work(); !ok)
            return std::unexpected(ok.error());
        samples.append(elapsedMs(t));
    }
    return samples;
}

template <typename Work>
Result<Timing> timeIt(int repeats, Work &&work)
{
    auto samples = sample(repeats, std::forward<Work>(work));
    if (!samples)
        return std::unexpected(samples.error());
    return Timing::of(*samples);
}

// The raw side for the engine the settings name: sqlite3 for a file, libpq for a server.
std::unique_ptr<RawConnection> openRaw(const ConnectionSettings &settings, Error *error);

} // namespace Tandem::Bench
