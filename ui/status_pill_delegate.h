#pragma once

#include <QStyledItemDelegate>

namespace Tandem::Ui {

// Draws a requisition's status as a small tinted pill (open green, on hold amber, ...), so
// the state of every opening reads at a glance down a long list. The colour comes from the
// status key the model gives in `keyRole`; the text is the model's label, painted plainly.
class StatusPillDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    StatusPillDelegate(int keyRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_keyRole;
};

} // namespace Tandem::Ui
