#include "progress_bar.h"

#include <cstdio>
#include <unistd.h>

namespace Tandem::Cli {

ProgressBar::ProgressBar(QTextStream &err)
    : m_err(err)
    , m_interactive(isatty(fileno(stderr)) != 0)
{
}

void ProgressBar::update(qint64 done, qint64 total, const QString &phase)
{
    const bool newPhase = phase != m_lastPhase;
    if (!m_interactive) {
        if (newPhase)
            m_err << phase << "...\n";
        m_err.flush();
        m_lastPhase = phase;
        return;
    }
    if (!newPhase && m_drawn && m_sinceDraw.isValid() && m_sinceDraw.elapsed() < 100 && done < total)
        return;
    m_sinceDraw.restart();
    m_lastPhase = phase;
    constexpr int width = 30;
    const double fraction = total > 0 ? std::clamp(double(done) / double(total), 0.0, 1.0) : 0.0;
    const int filled = int(fraction * width);
    m_err << '\r' << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.')) << ' '
          << QString::number(int(fraction * 100)).rightJustified(3) << "%  " << phase.leftJustified(40, QLatin1Char(' '), true);
    m_err.flush();
    m_drawn = true;
}

void ProgressBar::finish()
{
    if (m_interactive && m_drawn) {
        m_err << '\n';
        m_err.flush();
    }
    m_drawn = false;
}

} // namespace Tandem::Cli
