#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tandem {

// One {{merge.field}} written in a letter body.
struct MergeFieldUse
{
    QString name;   // e.g. "candidate.first_name" (inside the braces, trimmed)
    int line = 0;   // 1-based line of the body
    int column = 0; // 1-based column of the opening "{{"
    int position = 0; // 0-based offset of "{{" in the body
    int length = 0;   // of the whole "{{ ... }}" text
};

// The merge-field language of offer letters: HTML bodies with {{group.field}} placeholders.
//
// Pure functions, no state, any thread. merge() replaces every known field with its value
// HTML-escaped (a candidate named "<b>Eve</b>" stays text, never markup) and leaves unknown
// fields visible as written, so a typo shows in the letter instead of vanishing;
// unknownFields() lists those with their line for the template editor to report.
class LetterMerge
{
public:
    // Every field a letter may use, in the order the field inserter shows them.
    static const QStringList &knownFields();
    static bool isKnown(const QString &name);
    // A short translated description for menus ("Candidate's first name").
    static QString describe(const QString &name);

    static QList<MergeFieldUse> fields(const QString &body);
    static QList<MergeFieldUse> unknownFields(const QString &body);
    // "Unknown merge field {{x}} on line 3", one sentence per unknown field.
    static QStringList problems(const QString &body);

    // `values` holds plain text by field name; every value is HTML-escaped (and line breaks
    // become <br>) before it enters the body.
    static QString merge(const QString &body, const QHash<QString, QString> &values);
};

} // namespace Tandem
