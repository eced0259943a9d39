#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QComboBox;
class QTableWidget;

namespace Tandem::Ui {

// One field of a record that differs between the user's edit and the stored version, as
// plain display text (the caller turns its values into what its form shows).
struct ConflictField
{
    QString label;    // the field's name as the edit dialog shows it
    QString mine;     // what this user has in the form now
    QString theirs;   // what someone else saved meanwhile
    QString original; // what both started from (the version this user loaded)
};

// Shown when a save meets ErrorCode::Conflict: one row per differing field with both values
// and a choice per row. It knows nothing about records: the caller passes the fields as text
// and maps the returned choices back onto its form, then saves with the stored version.
// Accepted = save with choices(); Rejected = back to the edit dialog, nothing decided.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { KeepMine, TakeTheirs };

    // `recordName` names the record in the explanation (e.g. the candidate's name).
    ConflictDialog(const QString &recordName, const QList<ConflictField> &fields, QWidget *parent = nullptr);

    // The sensible default for one field: their change is taken when this user left the
    // field as it was; in every other case (only mine changed, or both did) mine is kept.
    static Choice preChoice(const ConflictField &field);
    // Both people changed the field, each to something else: the rows to look at.
    static bool bothChanged(const ConflictField &field);

    const QList<ConflictField> &fields() const { return m_fields; }
    QList<Choice> choices() const;
    Choice choice(int row) const;
    void setChoice(int row, Choice choice);
    bool isHighlighted(int row) const { return bothChanged(m_fields.at(row)); }

    // The buttons below the table, for keyboard shortcuts and tests.
    void keepAllMine();
    void takeAllTheirs();

private:
    void buildTable();
    void setAll(Choice choice);

    QList<ConflictField> m_fields;
    QTableWidget *m_table = nullptr;   // owned by this dialog (Qt parent)
    QList<QComboBox *> m_choices;      // one per row, owned by the table (cell widgets)
};

} // namespace Tandem::Ui
