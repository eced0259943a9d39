#include "inline_message.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace Tandem::Ui {

InlineMessage::InlineMessage(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("inlineMessage"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void InlineMessage::showMessage(const QString &text, Kind kind)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxCritical;
    QColor tint(0xd3, 0x2f, 0x2f);
    if (kind == Kind::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xf5, 0x9e, 0x0b);
    } else if (kind == Kind::Information) {
        icon = QStyle::SP_MessageBoxInformation;
        tint = QColor(0x25, 0x63, 0xeb);
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(iconSize, iconSize));
    // A light wash of the kind's colour over the window colour keeps the text readable in
    // light and dark palettes alike.
    QPalette pal = palette();
    const QColor base = QPalette().color(QPalette::Window);
    const QColor wash = QColor::fromRgbF(base.redF() * 0.85f + tint.redF() * 0.15f,
                                         base.greenF() * 0.85f + tint.greenF() * 0.15f,
                                         base.blueF() * 0.85f + tint.blueF() * 0.15f);
    pal.setColor(QPalette::Window, wash);
    setPalette(pal);
    m_text->setText(text);
    show();
}

void InlineMessage::clear()
{
    m_text->clear();
    hide();
}

QString InlineMessage::text() const
{
    return m_text->text();
}

} // namespace Tandem::Ui
