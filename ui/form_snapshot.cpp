#include "form_snapshot.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
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

QList<QString> reapplyUserEdits(const QList<QWidget *> &fields, const FormSnapshot &base, const FormSnapshot &mine,
                                const FormSnapshot &latest)
{
    FormSnapshot merged = latest;
    QList<QString> clashes;
    for (const QString &name : mine.changedSince(base)) {
        const QVariant theirs = latest.value(name);
        if (theirs != base.value(name) && theirs != mine.value(name))
            clashes.append(name);
        merged.setValue(name, mine.value(name));
    }
    merged.applyTo(fields);
    return clashes;
}

} // namespace Tandem::Ui
