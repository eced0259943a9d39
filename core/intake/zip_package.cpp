#include "zip_package.h"

#include <QObject>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace Tandem::Internal {
namespace {

// Small parts compress well without being bombs (a page of repeated spaces); the ratio
// check starts above this size.
constexpr quint64 kRatioFloor = 1024 * 1024;
constexpr qint64 kChunk = 64 * 1024;

Error damaged(const QString &displayName)
{
    return Error {
        ErrorCode::Corrupt, QObject::tr("%1 is damaged: its zip package cannot be read.").arg(displayName),
        QObject::tr("Open it in your word processor and save it again, or ask the candidate for a PDF.")};
}

Error tooBig(const QString &displayName, const QString &why)
{
    return Error {ErrorCode::Invalid,
                  QObject::tr("%1 was not read: %2. No resume needs that much; the file may be a zip bomb.")
                      .arg(displayName, why),
                  QObject::tr("Ask the candidate for a PDF or a freshly saved document.")};
}

QString mb(double bytes)
{
    return QObject::tr("%1 MB").arg(bytes / (1024.0 * 1024.0), 0, 'f', 0);
}

} // namespace

ZipPackage::ZipPackage(const QByteArray &bytes, const ExtractionLimits &limits, const QString &displayName)
    : m_bytes(bytes)
    , m_buffer(&m_bytes)
    , m_zip(std::make_unique<QuaZip>(&m_buffer))
    , m_limits(limits)
    , m_displayName(displayName)
{ }

ZipPackage::~ZipPackage()
{
    m_zip->close();
}

Result<std::unique_ptr<ZipPackage>> ZipPackage::open(const QByteArray &bytes, const ExtractionLimits &limits,
                                                     const QString &displayName)
{
    std::unique_ptr<ZipPackage> package(new ZipPackage(bytes, limits, displayName));
    if (!package->m_zip->open(QuaZip::mdUnzip))
        return std::unexpected(damaged(displayName));
    if (auto checked = package->checkDirectory(); !checked)
        return std::unexpected(checked.error());
    return package;
}

Status ZipPackage::checkDirectory()
{
    const int count = m_zip->getEntriesCount();
    if (count < 0)
        return std::unexpected(damaged(m_displayName));
    if (count > m_limits.maxZipEntries)
        return std::unexpected(tooBig(
            m_displayName,
            QObject::tr("it holds %1 files (at most %2 allowed)").arg(count).arg(m_limits.maxZipEntries)));
    const QList<QuaZipFileInfo64> entries = m_zip->getFileInfoList64();
    if (entries.size() != count)
        return std::unexpected(damaged(m_displayName));
    quint64 total = 0;
    for (const QuaZipFileInfo64 &entry : entries) {
        if (entry.flags & 1)
            return fail(ErrorCode::Unsupported, QObject::tr("%1 is password-protected.").arg(m_displayName),
                        QObject::tr("Save an unprotected copy and import that."));
        const quint64 limit = quint64(m_limits.maxUncompressedBytes);
        if (entry.uncompressedSize > limit || (total += entry.uncompressedSize) > limit)
            return std::unexpected(tooBig(m_displayName,
                                          QObject::tr("it would unpack to more than %1")
                                              .arg(mb(double(m_limits.maxUncompressedBytes)))));
        const double ratio = double(entry.uncompressedSize) / double(qMax<quint64>(entry.compressedSize, 1));
        if (entry.uncompressedSize > kRatioFloor && ratio > m_limits.maxCompressionRatio)
            return std::unexpected(tooBig(m_displayName,
                                          QObject::tr("a part inflates %1 times (at most %2)")
                                              .arg(qRound64(ratio))
                                              .arg(m_limits.maxCompressionRatio)));
        m_names.append(entry.name);
    }
    return {};
}

Result<QByteArray> ZipPackage::read(const QString &name, qint64 maxBytes)
{
    if (!m_zip->setCurrentFile(name))
        return std::unexpected(damaged(m_displayName));
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(damaged(m_displayName));
    QByteArray data;
    for (;;) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty())
            break;
        data += chunk;
        m_inflated += chunk.size();
        if (data.size() > maxBytes || m_inflated > m_limits.maxUncompressedBytes)
            return std::unexpected(
                tooBig(m_displayName,
                       QObject::tr("%1 unpacks to more than %2")
                           .arg(name, mb(double(qMin(maxBytes, m_limits.maxUncompressedBytes))))));
    }
    // Closing checks the CRC: a part whose declared size or checksum lies fails here.
    file.close();
    if (file.getZipError() != UNZ_OK)
        return std::unexpected(damaged(m_displayName));
    return data;
}

QStringList ZipPackage::entryNames(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return {};
    return zip.getFileNameList();
}

QByteArray ZipPackage::peekEntry(const QByteArray &bytes, const QString &name, qint64 maxBytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(maxBytes);
}

} // namespace Tandem::Internal
