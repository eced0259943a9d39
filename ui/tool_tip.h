#pragma once

#include <QString>

namespace Tandem::Ui {

// A tool tip that shows `text` literally. QToolTip guesses rich text from the content, and
// paths and names are data, never markup (DESIGN.md section 4), so they go in escaped.
QString plainToolTip(const QString &text);

} // namespace Tandem::Ui
