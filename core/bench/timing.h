#pragma once

#include <QJsonObject>
#include <QList>

namespace Tandem {

// min / median / p95 of a set of measurements (milliseconds).
struct Timing
{
    double min = 0;
    double median = 0;
    double p95 = 0;
    int runs = 0;

    static Timing of(QList<double> samples);
    QJsonObject toJson() const;
};

} // namespace Tandem
