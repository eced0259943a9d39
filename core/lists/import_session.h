#pragma once

#include <core/common/error.h>
#include <core/lists/imported_candidate.h>
#include <core/records/actor.h>
#include <core/storage/transaction.h>

#include <optional>

namespace Tandem {

class Database;

// Stores imported people, one row at a time, in chunks of ImportOptions::chunkSize rows per
// transaction: a row that fails rolls back alone (its own savepoint) and is reported with
// its line; the rows before it stay. Every row goes through the audited services
// (CandidateService, TagService, ActivityLog::addNote); extra e-mails, phones and links go
// to candidate_contacts with an audit entry of their own. Duplicates are looked up with
// ImportOptions::findExisting and handled by its policy. Shared by the CSV and vCard
// importers.
//
// Owns: the open chunk transaction. Thread: the connection's.
// Errors: add() reports a row's failure in the summary; a failed chunk commit (the database
// went away) is returned by add()/finish() and ends the import: the earlier chunks stay.
class ImportSession
{
public:
    ImportSession(Database &db, Actor actor, ImportOptions options);

    // Stores one good row (line for messages). Returns an error only when the import cannot go on.
    Status add(int line, const ImportedCandidate &row);
    void addProblem(const RowProblem &problem) { m_summary.failed.append(problem); }
    void countRead() { ++m_summary.rowsRead; }
    Status finish();
    // Rolls back the open chunk (the rows since the last commit are NOT kept) — used on a
    // fatal error only; cancel keeps them: call finish() and mark the summary cancelled.
    ImportSummary &summary() { return m_summary; }

    // The default duplicate check: the same normalised e-mail as a stored candidate's
    // primary or extra address (archived ones included).
    static FindExisting matchByEmail(Database &db);
    // The check imports use: the duplicate finder (same e-mail, phone or LinkedIn profile,
    // score >= 0.9). The finder's index is built on the first row and kept for the import.
    static FindExisting matchSamePerson(Database &db);
    // The region for phone numbers without "+country": the setting intake.default_region,
    // else fallbackPhoneRegion().
    static QString defaultPhoneRegion(Database &db);

private:
    enum class Outcome { Created, Updated, Skipped };
    Result<Outcome> store(const ImportedCandidate &row);
    Result<qint64> create(const ImportedCandidate &row);
    Result<qint64> fillEmpty(qint64 id, const ImportedCandidate &row);
    Status addExtras(qint64 candidateId, const ImportedCandidate &row, bool mergeTags);

    Database &m_db;
    Actor m_actor;
    ImportOptions m_options;
    std::optional<Transaction> m_chunk;
    int m_inChunk = 0;
    ImportSummary m_summary;
};

} // namespace Tandem
