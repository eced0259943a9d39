#pragma once

#include <core/dedupe/duplicate_policy.h>
#include <core/domain/records.h>

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Tandem {

// One person read from a list (a CSV row, a vCard), before it is stored. The candidate
// holds the primary e-mail / phone / LinkedIn URL; the rest goes to candidate_contacts.
// (The duplicate finder's CandidateDraft plays the same role; the lead adapts one to the other.)
struct ImportedCandidate
{
    Candidate candidate;
    QStringList extraEmails;                 // normalised, without the primary one
    QStringList extraPhones;                 // E.164, without the primary one
    QList<QPair<QString, QString>> links;    // (kind "linkedin"/"github"/"website", URL)
    QStringList tags;
    QString note;                            // becomes a note on the timeline
};

// Why one row (or card) was not imported: the physical line it starts on, the column (or
// vCard property) at fault, and the reason in words a recruiter can act on.
struct RowProblem
{
    int line = 0;
    QString column;
    QString reason;

    // "line 17: 'Connected On' is '31.02.2024', not a date ..." — reason already names the column.
    QString text() const;
};

// DuplicatePolicy (skip / update empty fields / create anyway) is core/dedupe's, shared with
// the resume import.

// Returns the id of a stored candidate that is the same person, if any.
using FindExisting = std::function<std::optional<qint64>(const ImportedCandidate &)>;
// Called after each row: done rows, total rows (0 when unknown); return false to cancel.
using ImportProgress = std::function<bool(int done, int total)>;

struct ImportOptions
{
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    FindExisting findExisting; // empty: no duplicate check
    int chunkSize = 500;       // rows per transaction
};

struct ImportSummary
{
    int created = 0;
    int updated = 0;
    int skippedDuplicates = 0;
    QList<RowProblem> failed;
    bool cancelled = false;
    int rowsRead = 0;

    int stored() const { return created + updated; }
    // One paragraph for a message box or stderr: counts, and whether it was cancelled.
    QString text() const;
};

} // namespace Tandem
