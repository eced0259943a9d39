#include "form_snapshot.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLocale>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace Tandem::Ui {
namespace {

QVariant read(const QWidget *field)
{
    if (auto *edit = qobject_cast<const QLineEdit *>(field))
        return edit->text();
    if (auto *text = qobject_cast<const QPlainTextEdit *>(field))
        return text->toPlainText();
    if (auto *combo = qobject_cast<const QComboBox *>(field))
        return combo->currentData().isValid() && !combo->isEditable() ? combo->currentData() : QVariant(combo->currentText());
    if (auto *spin = qobject_cast<const QSpinBox *>(field))
        return spin->value();
    if (auto *spin = qobject_cast<const QDoubleSpinBox *>(field))
        return spin->value();
    if (auto *check = qobject_cast<const QCheckBox *>(field))
        return check->isChecked();
    return {};
}

void write(QWidget *field, const QVariant &value)
{
    if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        edit->setText(value.toString());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(field)) {
        text->setPlainText(value.toString());
    } else if (auto *combo = qobject_cast<QComboBox *>(field)) {
        if (combo->isEditable()) {
            combo->setCurrentText(value.toString());
        } else {
            const int index = combo->findData(value);
            if (index >= 0)
                combo->setCurrentIndex(index);
        }
    } else if (auto *spin = qobject_cast<QSpinBox *>(field)) {
        spin->setValue(value.toInt());
    } else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(field)) {
        dspin->setValue(value.toDouble());
    } else if (auto *check = qobject_cast<QCheckBox *>(field)) {
        check->setChecked(value.toBool());
    }
}

} // namespace

QString displayText(const QWidget *field, const QVariant &value)
{
    if (auto *combo = qobject_cast<const QComboBox *>(field)) {
        if (!combo->isEditable()) {
            const int index = combo->findData(value);
            return index >= 0 ? combo->itemText(index) : value.toString();
        }
        return value.toString();
    }
    if (auto *spin = qobject_cast<const QSpinBox *>(field)) {
        const int number = value.toInt();
        if (number == spin->minimum() && !spin->specialValueText().isEmpty())
            return spin->specialValueText();
        return spin->prefix() + QLocale().toString(number) + spin->suffix();
    }
    if (auto *spin = qobject_cast<const QDoubleSpinBox *>(field))
        return spin->prefix() + QLocale().toString(value.toDouble(), 'f', spin->decimals()) + spin->suffix();
    if (qobject_cast<const QCheckBox *>(field)) {
        const QString yes = QCoreApplication::translate("Tandem::Ui::FormSnapshot", "Yes");
        const QString no = QCoreApplication::translate("Tandem::Ui::FormSnapshot", "No");
        return value.toBool() ? yes : no;
    }
    return value.toString();
}

QHash<QString, QString> displayTexts(const QList<QWidget *> &fields, const FormSnapshot &snapshot)
{
    QHash<QString, QString> texts;
    for (const QWidget *field : fields)
        texts.insert(field->objectName(), displayText(field, snapshot.value(field->objectName())));
    return texts;
}

QList<ConflictField> conflictFields(const QList<QWidget *> &fields, const FormSnapshot &mine, const FormSnapshot &latest,
                                    const QHash<QString, QString> &baseTexts, const QHash<QString, QString> &mineTexts,
                                    const std::function<QString(const QString &)> &labelFor, QList<QString> &names)
{
    QList<ConflictField> rows;
    names.clear();
    // In the form's order (the tab order), not the hash's.
    for (const QWidget *field : fields) {
        const QString name = field->objectName();
        if (mine.value(name) == latest.value(name))
            continue;
        names.append(name);
        rows.append({labelFor(name), mineTexts.value(name), displayText(field, latest.value(name)),
                     baseTexts.value(name)});
    }
    return rows;
}

FormSnapshot mergeChoices(const FormSnapshot &mine, const FormSnapshot &latest, const QList<QString> &names,
                          const QList<ConflictDialog::Choice> &choices)
{
    FormSnapshot merged = latest;
    for (qsizetype row = 0; row < names.size() && row < choices.size(); ++row) {
        if (choices.at(row) == ConflictDialog::Choice::KeepMine)
            merged.setValue(names.at(row), mine.value(names.at(row)));
    }
    return merged;
}

FormSnapshot FormSnapshot::capture(const QList<QWidget *> &fields)
{
    FormSnapshot snapshot;
    for (const QWidget *field : fields)
        snapshot.m_values.insert(field->objectName(), read(field));
    return snapshot;
}

void FormSnapshot::applyTo(const QList<QWidget *> &fields) const
{
    for (QWidget *field : fields) {
        const auto it = m_values.constFind(field->objectName());
        if (it != m_values.constEnd())
            write(field, *it);
    }
}

QList<QString> FormSnapshot::changedSince(const FormSnapshot &other) const
{
    QList<QString> changed;
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it) {
        if (it.value() != other.m_values.value(it.key()))
            changed.append(it.key());
    }
    return changed;
}

std::optional<FormSnapshot> resolveFormConflict(QWidget *parent, const QList<QWidget *> &fields, const FormSnapshot &base,
                                                const QString &title,
                                                const std::function<QString(const QString &)> &labelFor,
                                                const std::function<void()> &loadLatest,
                                                const std::function<void()> &restoreStarted)
{
    const FormSnapshot mine = FormSnapshot::capture(fields);
    // Texts before loading the other version: a form may offer other choices afterwards.
    const QHash<QString, QString> baseTexts = displayTexts(fields, base);
    const QHash<QString, QString> mineTexts = displayTexts(fields, mine);
    loadLatest();
    const FormSnapshot stored = FormSnapshot::capture(fields);
    QList<QString> names;
    const QList<ConflictField> rows = conflictFields(fields, mine, stored, baseTexts, mineTexts, labelFor, names);
    if (rows.isEmpty())
        return stored;
    ConflictDialog dialog(title, rows, parent);
    if (dialog.exec() != QDialog::Accepted) {
        restoreStarted();
        mine.applyTo(fields);
        return std::nullopt;
    }
    mergeChoices(mine, stored, names, dialog.choices()).applyTo(fields);
    return stored;
}

} // namespace Tandem::Ui
