#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

class QWidget;

namespace Tandem::Ui {

// The values of a dialog's input widgets, keyed by objectName. Edit dialogs keep the
// snapshot taken when the record was loaded, so that when a save meets a newer version
// (ErrorCode::Conflict) they can load that version and put back only what this user
// changed: nothing typed is lost, nothing the other person saved is silently overwritten.
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

// The three-way merge described above: `latest` (the stored version, already loaded into
// the widgets) plus the fields the user changed between `base` and `mine`. Returns the names
// of fields both people changed to different values, for the dialog to point out.
QList<QString> reapplyUserEdits(const QList<QWidget *> &fields, const FormSnapshot &base, const FormSnapshot &mine,
                                const FormSnapshot &latest);

} // namespace Tandem::Ui
