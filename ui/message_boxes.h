#pragma once

#include <core/common/error.h>

#include <QString>

class QWidget;

namespace Tandem::Ui {

// Message boxes that never interpret their text as markup: messages often quote candidate
// data (names, file paths), which must show as typed (DESIGN.md section 4).

// A core error as the user sees it: the message, and the hint on what to do below it.
void showError(QWidget *parent, const QString &title, const Error &error);

// Asks before a consequential action; true when the user chose `acceptText`.
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &informativeText,
             const QString &acceptText);

// A finished piece of work, with details the user may want to read (or copy).
void showInformation(QWidget *parent, const QString &title, const QString &text, const QString &informativeText = {});

} // namespace Tandem::Ui
