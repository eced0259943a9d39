#pragma once

#include <QString>

#include <expected>

namespace Tandem {

// What went wrong, in words a recruiter can act on. Every fallible call in core returns
// Result<T> (std::expected) instead of throwing: no exceptions cross a module boundary.
enum class ErrorCode {
    Io,               // a file could not be read or written
    Database,         // the engine reported an error
    NotFound,         // the record does not exist (or was archived)
    Conflict,         // someone else saved a newer version first
    Invalid,          // the input breaks a rule (empty name, impossible date, ...)
    Unsupported,      // e.g. a database written by a newer Tandem
    RefusedLocation,  // a database file on a network share or sync folder
    Corrupt,          // integrity check or audit chain failed
    Cancelled,        // the user stopped the work
};

struct Error
{
    ErrorCode code = ErrorCode::Database;
    QString message;  // what happened, naming the thing it happened to
    QString hint;     // what the user can do about it; may be empty

    // "message — hint", the form used on stderr and in message boxes.
    QString text() const { return hint.isEmpty() ? message : message + QStringLiteral("\n") + hint; }
};

template <typename T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message, QString hint = {})
{
    return std::unexpected(Error{code, std::move(message), std::move(hint)});
}

} // namespace Tandem
