#include "search_index.h"

#include <core/storage/database.h>
#include <core/storage/transaction.h>

namespace Tandem {

Result<qint64> rebuildSearchIndex(Database &db)
{
    if (db.engine() != Engine::Sqlite)
        return fail(ErrorCode::Unsupported, QObject::tr("This database keeps no separate search index to rebuild."),
                    QObject::tr("A team server maintains its search index itself."));
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    // 'rebuild' drops the index and reads every row back from the content view.
    if (auto done = db.execScript(QStringLiteral("INSERT INTO candidate_fts(candidate_fts) VALUES('rebuild')")); !done)
        return std::unexpected(done.error());
    auto indexed = db.scalar(QStringLiteral("SELECT count(*) FROM candidate_fts_docsize"));
    if (!indexed)
        return std::unexpected(indexed.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return indexed->toLongLong();
}

} // namespace Tandem
