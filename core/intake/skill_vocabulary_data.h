#pragma once

// Internal to core/intake: the built-in table behind SkillVocabulary::builtIn().

namespace Tandem::Internal {

// "Canonical|synonym|synonym ...", one skill per entry.
extern const char *const kSkillTable[];
extern const int kSkillTableSize;
// Terms (canonical names or synonyms) that are also ordinary words or single letters.
extern const char *const kAmbiguousTerms[];
extern const int kAmbiguousTermsSize;

} // namespace Tandem::Internal
