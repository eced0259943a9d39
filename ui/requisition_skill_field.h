#pragma once

#include <core/domain/records.h>

#include <QLineEdit>

class QCompleter;

namespace Tandem::Ui {

// A line of skills separated by commas ("Go, PostgreSQL, Kubernetes") that completes the
// skill being typed from the skills vocabulary; names not in it are simply typed and join
// the vocabulary when the requisition is saved. Plain text, so FormSnapshot and the conflict
// comparison treat it like any other line edit.
class RequisitionSkillField : public QLineEdit
{
    Q_OBJECT
public:
    explicit RequisitionSkillField(QWidget *parent = nullptr);

    void setVocabulary(const QStringList &names);
    void setSkills(const QStringList &names);
    // The names typed, trimmed, without blanks or repeats (case-insensitive).
    QStringList skills() const;

private:
    QCompleter *m_completer = nullptr; // owned by this field (Qt parent)
};

} // namespace Tandem::Ui
