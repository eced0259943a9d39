#include "csv_writer.h"

#include <QObject>

namespace Tandem {

namespace {

bool startsLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.at(0);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
           || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, bool writeBom)
    : m_device(device)
    , m_bomPending(writeBom)
{
}

QString CsvWriter::neutralize(const QString &cell)
{
    return startsLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
}

QString CsvWriter::unneutralize(const QString &cell)
{
    if (cell.size() > 1 && cell.at(0) == QLatin1Char('\'') && startsLikeFormula(cell.mid(1)))
        return cell.mid(1);
    return cell;
}

QString CsvWriter::quote(const QString &cell)
{
    const bool needs = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
                       || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))
                       || cell.startsWith(QLatin1Char(' ')) || cell.endsWith(QLatin1Char(' '));
    if (!needs)
        return cell;
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

Status CsvWriter::writeRow(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += quote(neutralize(cells.at(i)));
    }
    line += QStringLiteral("\r\n");
    QByteArray bytes = line.toUtf8();
    if (m_bomPending) {
        bytes.prepend("\xEF\xBB\xBF");
        m_bomPending = false;
    }
    if (m_device->write(bytes) != bytes.size())
        return fail(ErrorCode::Io, QObject::tr("Could not write the CSV file: %1").arg(m_device->errorString()),
                    QObject::tr("Check that the disk is not full and that you may write there."));
    return {};
}

} // namespace Tandem
