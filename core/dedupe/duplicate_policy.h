#pragma once

#include <QString>

#include <optional>

namespace Tandem {

// What an import does with a record of someone already stored (a duplicate the finder or
// the file's hash found), when nobody decides row by row.
enum class DuplicatePolicy {
    Skip,              // leave the existing record alone, count the row / file as a duplicate
    UpdateEmptyFields, // fill what the existing record lacks; never overwrite a value
    CreateAnyway,      // store a second record (Find Duplicates can merge them later)
};

// "skip", "update", "create": the command line's --on-duplicate values.
QString toKey(DuplicatePolicy policy);
std::optional<DuplicatePolicy> duplicatePolicyFromKey(const QString &key);

} // namespace Tandem
