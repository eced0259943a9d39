#include "resume_documents_zip.h"

#include <QDateTime>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace Tandem::Testing {
namespace {

QuaZipNewInfo entryInfo(const QString &name)
{
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime(QDate(2024, 1, 15), QTime(9, 0)); // fixed: identical files every run
    return info;
}

} // namespace

ZipWriter::ZipWriter(const QString &path)
    : m_path(path)
    , m_zip(path)
{ }

Status ZipWriter::failed(const QString &what) const
{
    return fail(ErrorCode::Io,
                QStringLiteral("Could not write %1 into %2 (zip error %3)")
                    .arg(what, m_path)
                    .arg(m_zip.getZipError()));
}

Status ZipWriter::open()
{
    return m_zip.open(QuaZip::mdCreate) ? Status {} : failed(QStringLiteral("the package"));
}

Status ZipWriter::add(const QString &name, const QByteArray &bytes, bool stored)
{
    QuaZipFile file(&m_zip);
    const int method = stored ? 0 : Z_DEFLATED;
    if (!file.open(QIODevice::WriteOnly, entryInfo(name), nullptr, 0, method,
                   stored ? 0 : Z_DEFAULT_COMPRESSION))
        return failed(name);
    if (file.write(bytes) != bytes.size())
        return failed(name);
    file.close();
    return file.getZipError() == ZIP_OK ? Status {} : failed(name);
}

Status ZipWriter::addStream(const QString &name, const std::function<QByteArray()> &next)
{
    QuaZipFile file(&m_zip);
    if (!file.open(QIODevice::WriteOnly, entryInfo(name), nullptr, 0, Z_DEFLATED, Z_BEST_COMPRESSION))
        return failed(name);
    for (QByteArray piece = next(); !piece.isEmpty(); piece = next())
        if (file.write(piece) != piece.size())
            return failed(name);
    file.close();
    return file.getZipError() == ZIP_OK ? Status {} : failed(name);
}

Status ZipWriter::addRaw(const QString &name, const QByteArray &rawDeflate, quint32 crc, qint64 declaredSize)
{
    QuaZipNewInfo info = entryInfo(name);
    info.uncompressedSize = ulong(declaredSize);
    QuaZipFile file(&m_zip);
    if (!file.open(QIODevice::WriteOnly, info, nullptr, crc, Z_DEFLATED, Z_DEFAULT_COMPRESSION, true))
        return failed(name);
    if (file.write(rawDeflate) != rawDeflate.size())
        return failed(name);
    file.close();
    return file.getZipError() == ZIP_OK ? Status {} : failed(name);
}

Status ZipWriter::close()
{
    m_zip.close();
    return m_zip.getZipError() == ZIP_OK ? Status {} : failed(QStringLiteral("the central directory"));
}

} // namespace Tandem::Testing
