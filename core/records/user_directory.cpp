#include "user_directory.h"

#include "audited.h"

#include <core/common/ids.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QJsonObject>

namespace Tandem {

using namespace Internal;

namespace {

const QString userColumns = QStringLiteral("SELECT u.id, u.uuid, u.name, u.email, r.name, u.active, "
                                           "u.version FROM users u JOIN roles r ON r.id = u.role_id ");

User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.uuid = q.value(1).toString();
    u.name = q.value(2).toString();
    u.email = q.value(3).toString();
    u.role = q.value(4).toString();
    u.active = q.value(5).toInt() != 0;
    u.version = q.value(6).toInt();
    return u;
}

QJsonObject toJson(const User &u)
{
    return {{QStringLiteral("uuid"), u.uuid},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("role"), u.role},
            {QStringLiteral("active"), u.active}};
}

} // namespace

UserDirectory::UserDirectory(Database &db)
    : m_db(db)
{ }

Result<QList<User>> UserDirectory::list(bool activeOnly)
{
    auto q = m_db.exec(userColumns + (activeOnly ? QStringLiteral("WHERE u.active = 1 ") : QString())
                       + QStringLiteral("ORDER BY u.name COLLATE NOCASE"));
    if (!q)
        return std::unexpected(q.error());
    QList<User> users;
    while (q->next())
        users.append(readUser(*q));
    return users;
}

Result<User> UserDirectory::byId(qint64 id)
{
    auto q = m_db.exec(userColumns + QStringLiteral("WHERE u.id = ?"), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QObject::tr("User %1 does not exist.").arg(id));
    User u = readUser(*q);
    q->finish();
    return u;
}

Result<User> UserDirectory::create(const User &draft, const Actor &actor)
{
    if (draft.name.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("A user needs a name."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto role = m_db.scalar(QStringLiteral("SELECT id FROM roles WHERE name = ?"), {draft.role});
    if (!role)
        return std::unexpected(role.error());
    if (!role->isValid())
        return fail(ErrorCode::Invalid, QObject::tr("\"%1\" is not a role.").arg(draft.role),
                    QObject::tr("Use admin, recruiter, hiring_manager, interviewer or compliance."));
    const QString now = nowStorageTime();
    auto id = m_db.insert(
        QStringLiteral(
            "INSERT INTO users (uuid, name, email, role_id, active, created_at, updated_at, version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 1)"),
        {newUuid(), draft.name.trimmed(), draft.email.trimmed(), role->toLongLong(), int(draft.active), now,
         now});
    if (!id)
        return std::unexpected(id.error());
    auto user = byId(*id);
    if (!user)
        return user;
    if (auto ok = auditAndCommit(m_db, *tx, actor, QStringLiteral("create"), QStringLiteral("user"),
                                 user->uuid, {}, toJson(*user));
        !ok)
        return std::unexpected(ok.error());
    return user;
}

QStringList UserDirectory::roles()
{
    return {QStringLiteral("admin"), QStringLiteral("recruiter"), QStringLiteral("hiring_manager"),
            QStringLiteral("interviewer"), QStringLiteral("compliance")};
}

QString UserDirectory::roleLabel(const QString &role)
{
    if (role == QLatin1String("admin"))
        return QObject::tr("Administrator");
    if (role == QLatin1String("recruiter"))
        return QObject::tr("Recruiter");
    if (role == QLatin1String("hiring_manager"))
        return QObject::tr("Hiring manager");
    if (role == QLatin1String("interviewer"))
        return QObject::tr("Interviewer");
    if (role == QLatin1String("compliance"))
        return QObject::tr("Compliance");
    return role;
}

Result<qint64> UserDirectory::roleId(const QString &role)
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM roles WHERE name = ?"), {role});
    if (!id)
        return std::unexpected(id.error());
    if (!id->isValid())
        return fail(ErrorCode::Invalid, QObject::tr("\"%1\" is not a role.").arg(role),
                    QObject::tr("Use admin, recruiter, hiring_manager, interviewer or compliance."));
    return id->toLongLong();
}

Result<User> UserDirectory::update(const User &edited, const Actor &actor)
{
    if (edited.name.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("A user needs a name."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = byId(edited.id);
    if (!before)
        return before;
    auto role = roleId(edited.role);
    if (!role)
        return std::unexpected(role.error());
    auto q = m_db.exec(
        QStringLiteral("UPDATE users SET name = ?, email = ?, role_id = ?, active = ?, updated_at = ?, "
                       "version = version + 1 WHERE id = ? AND version = ?"),
        {edited.name.trimmed(), edited.email.trimmed(), *role, int(edited.active), nowStorageTime(),
         edited.id, edited.version});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else changed %1 first.").arg(before->name),
                    QObject::tr("Close this window, open the person again and repeat your change."));
    auto after = byId(edited.id);
    if (!after)
        return after;
    if (auto ok = auditAndCommit(m_db, *tx, actor, QStringLiteral("update"), QStringLiteral("user"),
                                 after->uuid, toJson(*before), toJson(*after));
        !ok)
        return std::unexpected(ok.error());
    return after;
}

Result<User> UserDirectory::setActive(qint64 id, int version, bool active, const Actor &actor)
{
    auto user = byId(id);
    if (!user)
        return user;
    User edited = *user;
    edited.version = version;
    edited.active = active;
    return update(edited, actor);
}

Result<User> UserDirectory::ensureLocalUser(const QString &name)
{
    const QString clean = name.trimmed().isEmpty() ? QStringLiteral("Local user") : name.trimmed();
    auto q = m_db.exec(userColumns + QStringLiteral("WHERE u.name = ? ORDER BY u.id LIMIT 1"), {clean});
    if (!q)
        return std::unexpected(q.error());
    if (q->next()) {
        User u = readUser(*q);
        q->finish();
        return u;
    }
    User draft;
    draft.name = clean;
    draft.role = QStringLiteral("admin");
    return create(draft, Actor::system());
}

} // namespace Tandem
