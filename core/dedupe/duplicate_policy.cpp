#include <core/dedupe/duplicate_policy.h>

namespace Tandem {

QString toKey(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Skip:
        return QStringLiteral("skip");
    case DuplicatePolicy::UpdateEmptyFields:
        return QStringLiteral("update");
    case DuplicatePolicy::CreateAnyway:
        return QStringLiteral("create");
    }
    return {};
}

std::optional<DuplicatePolicy> duplicatePolicyFromKey(const QString &key)
{
    for (DuplicatePolicy p : {DuplicatePolicy::Skip, DuplicatePolicy::UpdateEmptyFields, DuplicatePolicy::CreateAnyway}) {
        if (toKey(p) == key)
            return p;
    }
    return std::nullopt;
}

} // namespace Tandem
