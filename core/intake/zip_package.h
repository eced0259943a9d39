#pragma once

#include <core/common/error.h>
#include <core/intake/text_extractor.h>

#include <QBuffer>
#include <QByteArray>
#include <QStringList>

#include <memory>

class QuaZip;

namespace Tandem::Internal {

// A zip package (DOCX, ODT) held in memory and opened under ExtractionLimits. open() checks
// the central directory before anything is inflated: entry count, each entry's declared
// size, their total and the compression ratio. read() counts the bytes it really inflates
// and stops at the limit, since declared sizes can lie. Not thread-safe (QuaZip keeps a
// cursor); one package per extraction. Errors name the file (displayName).
class ZipPackage
{
public:
    static Result<std::unique_ptr<ZipPackage>> open(const QByteArray &bytes, const ExtractionLimits &limits,
                                                    const QString &displayName);
    ~ZipPackage();
    ZipPackage(const ZipPackage &) = delete;
    ZipPackage &operator=(const ZipPackage &) = delete;

    const QStringList &names() const { return m_names; }
    bool contains(const QString &name) const { return m_names.contains(name); }
    // The entry's bytes, at most maxBytes of them (and within the package's total budget).
    Result<QByteArray> read(const QString &name, qint64 maxBytes);

    // Entry names without checking any limit, for telling formats apart. Empty when the bytes
    // are not a readable zip.
    static QStringList entryNames(const QByteArray &bytes);
    // The first maxBytes of one entry, without limits beyond maxBytes; empty on failure.
    static QByteArray peekEntry(const QByteArray &bytes, const QString &name, qint64 maxBytes);

private:
    ZipPackage(const QByteArray &bytes, const ExtractionLimits &limits, const QString &displayName);
    Status checkDirectory();

    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<QuaZip> m_zip; // owned; reads from m_buffer
    ExtractionLimits m_limits;
    QString m_displayName;
    QStringList m_names;
    qint64 m_inflated = 0; // bytes inflated so far, against maxUncompressedBytes
};

} // namespace Tandem::Internal
