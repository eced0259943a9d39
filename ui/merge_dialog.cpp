#include "merge_dialog.h"

#include <ui/inline_message.h>
#include <ui/message_boxes.h>
#include <ui/session.h>
#include <ui/tool_tip.h>

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Tandem::Ui {

namespace {

// A radio button's text is read for '&' mnemonics: candidate text must show as typed.
QString asButtonText(const QString &value)
{
    return QString(value).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

MergeDialog::MergeDialog(Session &session, qint64 survivorId, qint64 mergedId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    auto *fields = new QWidget;
    m_grid = new QGridLayout(fields);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    QPushButton *swap = buttons->addButton(tr("Swap Records"), QDialogButtonBox::ActionRole);
    swap->setObjectName(QStringLiteral("swapButton"));
    swap->setToolTip(tr("Keep the other record and archive this one instead"));
    connect(swap, &QPushButton::clicked, this, [this] { load(m_preview.merged.id, m_preview.survivor.id); });
    connect(m_merge, &QPushButton::clicked, this, &MergeDialog::mergeNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    QLabel *intro
        = plainLabel(tr("Choose the value to keep in each row. The record on the left stays; the one on "
                        "the right is archived, and everything it holds moves to the one that stays."),
                     this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    load(survivorId, mergedId);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 34);
}

void MergeDialog::load(qint64 survivorId, qint64 mergedId)
{
    auto preview = MergeService(m_session.db(), m_session.actor()).preview(survivorId, mergedId);
    if (!preview) {
        m_message->showMessage(preview.error().text());
        m_merge->setEnabled(false);
        return;
    }
    m_preview = *preview;
    setWindowTitle(
        tr("Merge %1 and %2").arg(m_preview.survivor.displayName(), m_preview.merged.displayName()));
    fillFields();
    m_summary->setText(summary());
}

void MergeDialog::fillFields()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    qDeleteAll(m_groups);
    m_groups.clear();
    QWidget *host = m_grid->parentWidget();
    auto bold = [](QLabel *label) {
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        return label;
    };
    m_grid->addWidget(bold(plainLabel(tr("Field"), host)), 0, 0);
    m_grid->addWidget(bold(plainLabel(tr("Keep: %1").arg(m_preview.survivor.displayName()), host)), 0, 1);
    m_grid->addWidget(bold(plainLabel(tr("Archive: %1").arg(m_preview.merged.displayName()), host)), 0, 2);
    int row = 1;
    for (const MergeField &field : std::as_const(m_preview.fields)) {
        auto *group = new QButtonGroup(this);
        group->setObjectName(field.column);
        m_grid->addWidget(plainLabel(field.label, host), row, 0);
        int column = 1;
        for (const auto &[side, value] : {std::pair {MergeSide::Survivor, field.survivorValue},
                                          std::pair {MergeSide::Merged, field.mergedValue}}) {
            auto *radio = new QRadioButton(value.isEmpty() ? tr("(empty)") : asButtonText(value), host);
            radio->setObjectName(
                field.column
                + (side == MergeSide::Survivor ? QStringLiteral("_keep") : QStringLiteral("_take")));
            radio->setToolTip(plainToolTip(value));
            radio->setChecked(side == field.suggested);
            radio->setEnabled(field.differs());
            group->addButton(radio, int(side));
            m_grid->addWidget(radio, row, column++);
        }
        m_groups.append(group);
        ++row;
    }
    m_grid->setRowStretch(row, 1);
}

QString MergeDialog::summary() const
{
    const MergePreview &p = m_preview;
    QStringList moving;
    auto add = [&](int n, const QString &text) {
        if (n > 0)
            moving << text;
    };
    // "name: count" rather than "%n thing(s)": read the same for one and for many.
    add(p.applications, tr("applications: %1").arg(p.applications));
    add(p.activities, tr("timeline entries: %1").arg(p.activities));
    add(p.files, tr("files: %1").arg(p.files));
    add(p.tags, tr("tags: %1").arg(p.tags));
    add(p.pools, tr("talent pools: %1").arg(p.pools));
    add(p.consents, tr("consent records: %1").arg(p.consents));
    add(p.skills, tr("skills: %1").arg(p.skills));
    add(p.contacts, tr("contacts: %1").arg(p.contacts));
    add(p.experience, tr("jobs in the work history: %1").arg(p.experience));
    add(p.education, tr("schools: %1").arg(p.education));
    QString text = moving.isEmpty()
        ? tr("%1 holds nothing else that would move.").arg(p.merged.displayName())
        : tr("Moving to %1 — %2.").arg(p.survivor.displayName(), moving.join(QStringLiteral(", ")));
    if (p.sharedRequisitions > 0)
        text += QLatin1Char('\n')
            + tr("Requisitions both applied to: %1. %2 keeps their application there; %3's is withdrawn as a "
                 "merged duplicate.")
                  .arg(p.sharedRequisitions)
                  .arg(p.survivor.displayName(), p.merged.displayName());
    return text;
}

FieldChoices MergeDialog::choices() const
{
    FieldChoices choices;
    for (const QButtonGroup *group : m_groups)
        choices.insert(group->objectName(),
                       group->checkedId() == int(MergeSide::Merged) ? MergeSide::Merged
                                                                    : MergeSide::Survivor);
    return choices;
}

void MergeDialog::choose(const QString &column, MergeSide side)
{
    for (QButtonGroup *group : std::as_const(m_groups)) {
        if (group->objectName() == column && group->button(int(side)))
            group->button(int(side))->setChecked(true);
    }
}

void MergeDialog::mergeNow()
{
    auto done = MergeService(m_session.db(), m_session.actor())
                    .merge(m_preview.survivor.id, m_preview.merged.id, choices(),
                           {m_preview.survivor.version, m_preview.merged.version});
    if (!done) {
        m_message->showMessage(done.error().text());
        if (done.error().code == ErrorCode::Conflict)
            load(m_preview.survivor.id, m_preview.merged.id); // show what is stored now
        return;
    }
    m_result = *done;
    emit merged(m_result);
    accept();
}

} // namespace Tandem::Ui
