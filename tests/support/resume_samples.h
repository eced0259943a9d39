#pragma once

#include <QList>

#include <support/resume_sample.h>

namespace Tandem::Testing {

// `count` generated resumes, deterministic from `seed`: people with diacritics and name
// particles, phones of several regions in national and international forms, and layouts
// that vary section order, heading spellings (English and German, capitals, colons), contact
// lines, date forms, work entry forms (one line, two lines, table rows), skills lists and
// education lines. Each sample's `layout` names the choices made, so a failure message says
// which layout a parser got wrong. Facts come from the demo agency's vocabulary
// (core/demo/skill_vocabulary.h): titles, employers, skills and degrees of one field.
QList<ResumeSample> generateResumeSamples(int count, quint32 seed);

} // namespace Tandem::Testing
