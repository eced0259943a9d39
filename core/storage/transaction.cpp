#include "transaction.h"

#include "database.h"

#include <core/common/logging.h>

namespace Tandem {
namespace {

QString savepointName(int depth)
{
    return QStringLiteral("tandem_sp_%1").arg(depth);
}

} // namespace

Transaction::Transaction(Database &db, int depth)
    : m_db(&db)
    , m_depth(depth)
    , m_open(true)
{
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(other.m_db)
    , m_depth(other.m_depth)
    , m_open(other.m_open)
{
    other.m_open = false;
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Result<Transaction> Transaction::begin(Database &db)
{
    const int depth = db.m_transactionDepth + 1;
    const QString sql = depth == 1 ? db.dialect().beginWrite()
                                   : QStringLiteral("SAVEPOINT ") + savepointName(depth);
    if (auto started = db.execScript(sql); !started)
        return std::unexpected(started.error());
    db.m_transactionDepth = depth;
    return Transaction(db, depth);
}

Status Transaction::commit()
{
    if (!m_open)
        return fail(ErrorCode::Invalid, QObject::tr("The transaction was already finished."));
    if (m_db->m_transactionDepth != m_depth)
        return fail(ErrorCode::Invalid, QObject::tr("An inner transaction is still open."));
    const QString sql = m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepointName(m_depth);
    if (auto done = m_db->execScript(sql); !done)
        return done; // still open: the destructor rolls back
    m_open = false;
    m_db->m_transactionDepth = m_depth - 1;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    const QString sql = m_depth == 1 ? QStringLiteral("ROLLBACK")
                                     : QStringLiteral("ROLLBACK TO %1; RELEASE %1").arg(savepointName(m_depth));
    if (auto done = m_db->execScript(sql); !done)
        qCWarning(lcStorage) << "rollback failed:" << done.error().message;
    m_db->m_transactionDepth = m_depth - 1;
}

} // namespace Tandem
