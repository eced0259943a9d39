#pragma once

#include <core/common/error.h>
#include <core/records/actor.h>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Tandem {

class Database;

// One file kept on a candidate: a resume, an attachment, an exported offer letter.
struct CandidateFile
{
    enum class Kind { Resume, Attachment, OfferLetter };

    qint64 id = 0;
    QString uuid;
    qint64 candidateId = 0;
    QString sha256; // hex; the bytes live once per content in file_blobs
    QString fileName;
    QString mimeType;
    Kind kind = Kind::Attachment;
    qint64 size = 0;
    QDateTime addedAt;
    qint64 addedBy = 0;
    QString addedByName;

    static QString toKey(Kind kind);
    static Kind kindFromKey(const QString &key);
    static QString label(Kind kind);
};

// Candidates' files, stored by content hash inside the database (so a backup or a move to a
// team server carries them): the same bytes attached twice, or to two people, are kept once.
// Removing a file hides the reference (removed_at) and keeps the bytes, because the audit
// trail and other references may still name them. read() checks the bytes against their hash.
// Thread: the connection's. Errors: Result; a file over maxSize() is refused with its size.
class FileStore
{
public:
    FileStore(Database &db, Actor actor);

    static qint64 maxSize() { return 50LL * 1024 * 1024; }
    static QString hashOf(const QByteArray &bytes);

    Result<CandidateFile> add(qint64 candidateId, const QString &fileName, const QByteArray &bytes,
                              CandidateFile::Kind kind = CandidateFile::Kind::Attachment);
    // Reads a file from disk and adds it under its own name.
    Result<CandidateFile> addFromDisk(qint64 candidateId, const QString &path,
                                      CandidateFile::Kind kind = CandidateFile::Kind::Attachment);
    Result<QList<CandidateFile>> forCandidate(qint64 candidateId);
    Result<CandidateFile> get(qint64 fileId);
    Result<QByteArray> read(qint64 fileId);
    Status remove(qint64 fileId);

private:
    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
