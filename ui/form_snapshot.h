#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <ui/conflict_dialog.h>

#include <functional>
#include <optional>

class QWidget;

namespace Tandem::Ui {

// The values of a dialog's input widgets, keyed by objectName. Edit dialogs keep the
// snapshot taken when the record was loaded, so that when a save meets a newer version
// (ErrorCode::Conflict) they can tell what this user changed from what the other person
// changed (ConflictDialog): nothing typed is lost, nothing saved is silently overwritten.
class FormSnapshot
{
public:
    // Reads line edits, plain text edits, combo boxes (current data, else text), spin boxes
    // and check boxes; other widgets are ignored.
    static FormSnapshot capture(const QList<QWidget *> &fields);
    // Writes the stored values back into the widgets of the same names.
    void applyTo(const QList<QWidget *> &fields) const;

    // Names of fields whose value differs from `other`.
    QList<QString> changedSince(const FormSnapshot &other) const;
    QVariant value(const QString &name) const { return m_values.value(name); }
    void setValue(const QString &name, const QVariant &value) { m_values.insert(name, value); }

private:
    QHash<QString, QVariant> m_values;
};

// What `value` looks like in `field` (a combo box's item text, "Yes"/"No" for a check box,
// a spin box's text), for showing stored values next to each other.
QString displayText(const QWidget *field, const QVariant &value);

// displayText() of every field in `snapshot`, keyed by name. Taken while the widgets still
// offer the snapshot's items (a form may offer other choices once another version is loaded).
QHash<QString, QString> displayTexts(const QList<QWidget *> &fields, const FormSnapshot &snapshot);

// The rows of a ConflictDialog: every field whose value in `mine` differs from `latest` (now
// loaded into the widgets), with what this user started from. The *Texts are displayTexts()
// of `base` and `mine`. `names` receives the field names in row order, so the choices can be
// mapped back with mergeChoices().
QList<ConflictField> conflictFields(const QList<QWidget *> &fields, const FormSnapshot &mine, const FormSnapshot &latest,
                                    const QHash<QString, QString> &baseTexts, const QHash<QString, QString> &mineTexts,
                                    const std::function<QString(const QString &)> &labelFor, QList<QString> &names);
// `latest` with the rows chosen "Keep mine" taken from `mine`.
FormSnapshot mergeChoices(const FormSnapshot &mine, const FormSnapshot &latest, const QList<QString> &names,
                          const QList<ConflictDialog::Choice> &choices);

// An edit dialog's answer to a save that met a newer stored version. `loadLatest` puts the
// stored version into the widgets, `restoreStarted` the version the user started from. When
// the fields differ, a ConflictDialog titled `title` lets the user choose field by field.
// Returns the stored version's snapshot (the new base) with the merge now in the widgets, or
// nullopt when the user cancelled: then the form is exactly as they left it, still based on
// the version they started from, so saving again compares once more instead of overwriting.
std::optional<FormSnapshot> resolveFormConflict(QWidget *parent, const QList<QWidget *> &fields, const FormSnapshot &base,
                                                const QString &title,
                                                const std::function<QString(const QString &)> &labelFor,
                                                const std::function<void()> &loadLatest,
                                                const std::function<void()> &restoreStarted);

} // namespace Tandem::Ui
