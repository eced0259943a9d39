#include "file_store.h"

#include "audited.h"
#include "row_readers.h"

#include <core/common/ids.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace Tandem {

using namespace Internal;

namespace {

const QString entityType = QStringLiteral("candidate_file");

const QString fileColumns = QStringLiteral(
    "f.id, f.uuid, f.candidate_id, f.sha256, f.file_name, f.mime_type, f.kind, f.size, f.added_at, f.added_by, u.name");

CandidateFile readFile(const QSqlQuery &q)
{
    CandidateFile f;
    f.id = q.value(0).toLongLong();
    f.uuid = q.value(1).toString();
    f.candidateId = q.value(2).toLongLong();
    f.sha256 = q.value(3).toString();
    f.fileName = q.value(4).toString();
    f.mimeType = q.value(5).toString();
    f.kind = CandidateFile::kindFromKey(q.value(6).toString());
    f.size = q.value(7).toLongLong();
    f.addedAt = fromStorageTime(q.value(8).toString());
    f.addedBy = q.value(9).toLongLong();
    f.addedByName = q.value(10).toString();
    return f;
}

QJsonObject toJson(const CandidateFile &f, const QString &candidateUuid)
{
    return {{QStringLiteral("uuid"), f.uuid},
            {QStringLiteral("candidate"), candidateUuid},
            {QStringLiteral("file_name"), f.fileName},
            {QStringLiteral("kind"), CandidateFile::toKey(f.kind)},
            {QStringLiteral("sha256"), f.sha256},
            {QStringLiteral("size"), f.size}};
}

// A name for storage and for "Save as": no folders, no control characters.
QString cleanFileName(const QString &name)
{
    QString base = QFileInfo(name.trimmed()).fileName();
    base.remove(QRegularExpression(QStringLiteral("[\\x00-\\x1f]")));
    return base;
}

} // namespace

QString CandidateFile::toKey(Kind kind)
{
    switch (kind) {
    case Kind::Resume: return QStringLiteral("resume");
    case Kind::OfferLetter: return QStringLiteral("offer_letter");
    case Kind::Attachment: break;
    }
    return QStringLiteral("attachment");
}

CandidateFile::Kind CandidateFile::kindFromKey(const QString &key)
{
    if (key == QLatin1String("resume"))
        return Kind::Resume;
    if (key == QLatin1String("offer_letter"))
        return Kind::OfferLetter;
    return Kind::Attachment;
}

QString CandidateFile::label(Kind kind)
{
    switch (kind) {
    case Kind::Resume: return QObject::tr("Resume");
    case Kind::OfferLetter: return QObject::tr("Offer letter");
    case Kind::Attachment: break;
    }
    return QObject::tr("Attachment");
}

FileStore::FileStore(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

QString FileStore::hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<CandidateFile> FileStore::add(qint64 candidateId, const QString &fileName, const QByteArray &bytes,
                                     CandidateFile::Kind kind)
{
    const QString name = cleanFileName(fileName);
    if (name.isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("The file has no name."), QObject::tr("Give the file a name and add it again."));
    if (bytes.size() > maxSize())
        return fail(ErrorCode::Invalid,
                    QObject::tr("\"%1\" is %2, larger than the %3 a candidate file may be.")
                        .arg(name, QLocale().formattedDataSize(bytes.size()), QLocale().formattedDataSize(maxSize())),
                    QObject::tr("Compress the file or keep a link to it in a note instead."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto candidateUuid = m_db.scalar(QStringLiteral("SELECT uuid FROM candidates WHERE id = ?"), {candidateId});
    if (!candidateUuid)
        return std::unexpected(candidateUuid.error());
    if (!candidateUuid->isValid())
        return fail(ErrorCode::NotFound, QObject::tr("Candidate %1 does not exist.").arg(candidateId),
                    QObject::tr("Refresh the list and try again."));

    const QString hash = hashOf(bytes);
    const QString now = nowStorageTime();
    auto blob = m_db.exec(QStringLiteral("INSERT INTO file_blobs (sha256, size, data, created_at) SELECT ?, ?, ?, ? "
                                         "WHERE NOT EXISTS (SELECT 1 FROM file_blobs WHERE sha256 = ?)"),
                          {hash, qint64(bytes.size()), bytes, now, hash});
    if (!blob)
        return std::unexpected(blob.error());
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(name, bytes).name();
    const QString uuid = newUuid();
    auto id = m_db.insert(QStringLiteral("INSERT INTO candidate_files (uuid, candidate_id, sha256, file_name, mime_type, kind, "
                                         "size, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {uuid, candidateId, hash, name, mime, CandidateFile::toKey(kind), qint64(bytes.size()), now,
                           nullableId(m_actor.userId)});
    if (!id)
        return std::unexpected(id.error());
    auto activity = m_db.exec(QStringLiteral("INSERT INTO activities (uuid, candidate_id, kind, subject, body, occurred_at, "
                                             "actor_id, created_at) VALUES (?, ?, 'file', ?, ?, ?, ?, ?)"),
                              {newUuid(), candidateId, QObject::tr("Added %1").arg(name),
                               CandidateFile::label(kind) + QStringLiteral(" · ") + QLocale().formattedDataSize(bytes.size()),
                               now, nullableId(m_actor.userId), now});
    if (!activity)
        return std::unexpected(activity.error());
    auto stored = get(*id);
    if (!stored)
        return stored;
    if (auto ok = auditAndCommit(m_db, *tx, m_actor, QStringLiteral("create"), entityType, uuid, {},
                                 toJson(*stored, candidateUuid->toString()));
        !ok)
        return std::unexpected(ok.error());
    return stored;
}

Result<CandidateFile> FileStore::addFromDisk(qint64 candidateId, const QString &path, CandidateFile::Kind kind)
{
    QFile file(path);
    if (file.size() > maxSize())
        return fail(ErrorCode::Invalid,
                    QObject::tr("\"%1\" is %2, larger than the %3 a candidate file may be.")
                        .arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(file.size()),
                             QLocale().formattedDataSize(maxSize())),
                    QObject::tr("Compress the file or keep a link to it in a note instead."));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QObject::tr("Cannot read \"%1\": %2").arg(path, file.errorString()),
                    QObject::tr("Check that the file exists and that you may read it."));
    return add(candidateId, QFileInfo(path).fileName(), file.readAll(), kind);
}

Result<QList<CandidateFile>> FileStore::forCandidate(qint64 candidateId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + fileColumns
                           + QStringLiteral(" FROM candidate_files f LEFT JOIN users u ON u.id = f.added_by "
                                            "WHERE f.candidate_id = ? AND f.removed_at IS NULL ORDER BY f.added_at DESC, f.id DESC"),
                       {candidateId});
    if (!q)
        return std::unexpected(q.error());
    QList<CandidateFile> files;
    while (q->next())
        files.append(readFile(*q));
    return files;
}

Result<CandidateFile> FileStore::get(qint64 fileId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + fileColumns
                           + QStringLiteral(" FROM candidate_files f LEFT JOIN users u ON u.id = f.added_by WHERE f.id = ?"),
                       {fileId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QObject::tr("File %1 does not exist.").arg(fileId),
                    QObject::tr("Refresh the candidate's files."));
    CandidateFile file = readFile(*q);
    q->finish();
    return file;
}

Result<QByteArray> FileStore::read(qint64 fileId)
{
    auto file = get(fileId);
    if (!file)
        return std::unexpected(file.error());
    auto data = m_db.scalar(QStringLiteral("SELECT data FROM file_blobs WHERE sha256 = ?"), {file->sha256});
    if (!data)
        return std::unexpected(data.error());
    if (!data->isValid())
        return fail(ErrorCode::Corrupt, QObject::tr("The contents of \"%1\" are missing from the database.").arg(file->fileName),
                    QObject::tr("Run File > Check Integrity, or restore a backup."));
    const QByteArray bytes = data->toByteArray();
    if (hashOf(bytes) != file->sha256)
        return fail(ErrorCode::Corrupt, QObject::tr("The contents of \"%1\" no longer match their fingerprint.").arg(file->fileName),
                    QObject::tr("The stored copy is damaged; restore it from a backup."));
    return bytes;
}

Status FileStore::remove(qint64 fileId)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto file = get(fileId);
    if (!file)
        return std::unexpected(file.error());
    auto candidateUuid = m_db.scalar(QStringLiteral("SELECT uuid FROM candidates WHERE id = ?"), {file->candidateId});
    if (!candidateUuid)
        return std::unexpected(candidateUuid.error());
    const QString now = nowStorageTime();
    auto q = m_db.exec(QStringLiteral("UPDATE candidate_files SET removed_at = ? WHERE id = ? AND removed_at IS NULL"), {now, fileId});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, QObject::tr("\"%1\" was already removed.").arg(file->fileName),
                    QObject::tr("Refresh the candidate's files."));
    auto activity = m_db.exec(QStringLiteral("INSERT INTO activities (uuid, candidate_id, kind, subject, body, occurred_at, "
                                             "actor_id, created_at) VALUES (?, ?, 'file', ?, '', ?, ?, ?)"),
                              {newUuid(), file->candidateId, QObject::tr("Removed %1").arg(file->fileName), now,
                               nullableId(m_actor.userId), now});
    if (!activity)
        return std::unexpected(activity.error());
    return auditAndCommit(m_db, *tx, m_actor, QStringLiteral("remove"), entityType, file->uuid,
                          toJson(*file, candidateUuid->toString()), {});
}

} // namespace Tandem
