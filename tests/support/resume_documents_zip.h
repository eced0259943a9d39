#pragma once

#include <core/common/error.h>

#include <QByteArray>
#include <QString>
#include <quazip/quazip.h>

#include <functional>

namespace Tandem::Testing {

// Writes a zip package entry by entry (for the DOCX and ODT writers in resume_documents).
class ZipWriter
{
public:
    explicit ZipWriter(const QString &path);
    Status open();
    // stored = no compression (ODF's "mimetype" must be stored).
    Status add(const QString &name, const QByteArray &bytes, bool stored = false);
    // An entry written in pieces: next() returns the next piece, empty when done.
    Status addStream(const QString &name, const std::function<QByteArray()> &next);
    // An already-deflated entry whose headers claim crc and declaredSize, true or not.
    Status addRaw(const QString &name, const QByteArray &rawDeflate, quint32 crc, qint64 declaredSize);
    Status close();

private:
    Status failed(const QString &what) const;

    QString m_path;
    QuaZip m_zip;
};

} // namespace Tandem::Testing
