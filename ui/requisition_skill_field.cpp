#include "requisition_skill_field.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStringListModel>

namespace Tandem::Ui {
namespace {

// Completes only the part after the last comma, and puts the rest of the line back.
class LastSkillCompleter : public QCompleter
{
public:
    LastSkillCompleter(QLineEdit *field)
        : QCompleter(field)
        , m_field(field)
    {
    }

    QStringList splitPath(const QString &path) const override { return {path.section(QLatin1Char(','), -1).trimmed()}; }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString text = m_field->text();
        const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
        const QString before = comma < 0 ? QString() : text.left(comma + 1) + QLatin1Char(' ');
        return before + index.data(Qt::EditRole).toString() + QStringLiteral(", ");
    }

private:
    QLineEdit *m_field; // the field this completer belongs to (its Qt parent)
};

} // namespace

RequisitionSkillField::RequisitionSkillField(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new LastSkillCompleter(this))
{
    m_completer->setModel(new QStringListModel(m_completer));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(m_completer);
    setClearButtonEnabled(true);
}

void RequisitionSkillField::setVocabulary(const QStringList &names)
{
    static_cast<QStringListModel *>(m_completer->model())->setStringList(names);
}

void RequisitionSkillField::setSkills(const QStringList &names)
{
    setText(names.join(QStringLiteral(", ")));
}

QStringList RequisitionSkillField::skills() const
{
    QStringList result;
    for (const QString &part : text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.simplified();
        if (!name.isEmpty() && !result.contains(name, Qt::CaseInsensitive))
            result.append(name);
    }
    return result;
}

} // namespace Tandem::Ui
