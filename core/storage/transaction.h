#pragma once

#include <core/common/error.h>

namespace Tandem {

class Database;

// A write transaction that rolls back unless commit() succeeds.
//
// The outermost one starts with the dialect's write statement (BEGIN IMMEDIATE on SQLite);
// nested ones become savepoints, so a service can call another service inside its own
// transaction and a failure rolls back only the inner part.
class Transaction
{
public:
    static Result<Transaction> begin(Database &db);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Status commit();
    void rollback();

private:
    Transaction(Database &db, int depth);

    Database *m_db = nullptr; // not owned
    int m_depth = 0;          // 1 = outermost
    bool m_open = false;
};

} // namespace Tandem
