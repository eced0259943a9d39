#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

namespace Tandem::Cli {

// A one-line progress bar on stderr, redrawn at most a few times a second; silent when
// stderr is not a terminal, so logs and pipes stay clean.
class ProgressBar
{
public:
    explicit ProgressBar(QTextStream &err);
    void update(qint64 done, qint64 total, const QString &phase);
    void finish();

private:
    QTextStream &m_err;
    QElapsedTimer m_sinceDraw;
    QString m_lastPhase;
    bool m_interactive = false;
    bool m_drawn = false;
};

} // namespace Tandem::Cli
