#include "timing.h"

#include <algorithm>
#include <cmath>

namespace Tandem {

Timing Timing::of(QList<double> samples)
{
    Timing t;
    if (samples.isEmpty())
        return t;
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        // nearest-rank percentile: the smallest sample with at least q of the samples at or below it
        const auto rank = qsizetype(std::ceil(q * double(samples.size())));
        return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
    };
    t.min = samples.first();
    t.median = at(0.5);
    t.p95 = at(0.95);
    t.runs = int(samples.size());
    return t;
}

QJsonObject Timing::toJson() const
{
    const auto round3 = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    return {{QStringLiteral("min"), round3(min)}, {QStringLiteral("median"), round3(median)}, {QStringLiteral("p95"), round3(p95)}};
}

} // namespace Tandem
