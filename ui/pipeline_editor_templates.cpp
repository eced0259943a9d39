#include "pipeline_editor_templates.h"

#include <ui/inline_message.h>
#include <ui/message_boxes.h>
#include <ui/pipeline_editor_dialog.h>
#include <ui/session.h>

#include <core/records/pipeline_template_service.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tandem::Ui {

PipelineTemplatesDialog::PipelineTemplatesDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_message(new InlineMessage(this))
    , m_list(new QListWidget(this))
    , m_stages(new QLabel(this))
{
    setWindowTitle(tr("Pipeline templates"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setUniformItemSizes(true);
    m_stages->setObjectName(QStringLiteral("templateStages"));
    m_stages->setTextFormat(Qt::PlainText);
    m_stages->setWordWrap(true);
    m_stages->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stages->setMinimumWidth(fontMetrics().averageCharWidth() * 30);

    auto *newButton = new QPushButton(tr("&New…"), this);
    m_edit = new QPushButton(tr("&Edit stages…"), this);
    m_rename = new QPushButton(tr("&Rename…"), this);
    m_copy = new QPushButton(tr("&Copy…"), this);
    m_default = new QPushButton(tr("Make de&fault"), this);
    m_delete = new QPushButton(tr("&Delete…"), this);
    connect(newButton, &QPushButton::clicked, this, &PipelineTemplatesDialog::create);
    connect(m_edit, &QPushButton::clicked, this, &PipelineTemplatesDialog::editStages);
    connect(m_rename, &QPushButton::clicked, this, &PipelineTemplatesDialog::renameSelected);
    connect(m_copy, &QPushButton::clicked, this, &PipelineTemplatesDialog::copySelected);
    connect(m_default, &QPushButton::clicked, this, &PipelineTemplatesDialog::makeDefault);
    connect(m_delete, &QPushButton::clicked, this, &PipelineTemplatesDialog::deleteSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &PipelineTemplatesDialog::showSelected);
    connect(m_list, &QListWidget::itemActivated, this, &PipelineTemplatesDialog::editStages);
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {newButton, m_edit, m_rename, m_copy, m_default, m_delete})
        side->addWidget(b);
    side->addStretch(1);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 2);
    middle->addWidget(m_stages, 3);
    middle->addLayout(side);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &PipelineTemplatesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 96, fontMetrics().lineSpacing() * 20);
    reload();
}

void PipelineTemplatesDialog::manage(Session &session, QWidget *parent)
{
    PipelineTemplatesDialog dialog(session, parent);
    dialog.exec();
}

void PipelineTemplatesDialog::reload()
{
    const qint64 keep = selected() ? selected()->id : 0;
    auto templates = PipelineTemplateService(m_session.db(), m_session.actor()).list();
    if (!templates) {
        m_message->showMessage(templates.error().text());
        return;
    }
    m_templates = *templates;
    m_list->clear();
    for (const PipelineTemplate &t : std::as_const(m_templates))
        m_list->addItem(t.isDefault ? tr("%1 (default)").arg(t.name) : t.name);
    m_list->setCurrentRow(m_templates.isEmpty() ? -1 : 0);
    if (keep > 0)
        select(keep);
    showSelected();
}

void PipelineTemplatesDialog::select(qint64 templateId)
{
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        if (m_templates.at(i).id == templateId)
            m_list->setCurrentRow(int(i));
    }
}

const PipelineTemplate *PipelineTemplatesDialog::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_templates.size() ? &m_templates.at(row) : nullptr;
}

void PipelineTemplatesDialog::showSelected()
{
    const PipelineTemplate *t = selected();
    for (QPushButton *b : {m_edit, m_rename, m_copy, m_default, m_delete})
        b->setEnabled(t != nullptr);
    if (!t) {
        m_stages->clear();
        return;
    }
    m_default->setEnabled(!t->isDefault);
    m_delete->setEnabled(!t->isDefault);
    m_delete->setToolTip(t->isDefault ? tr("The default template cannot be deleted; make another one the default first.")
                                      : QString());
    QStringList lines;
    for (qsizetype i = 0; i < t->stages.size(); ++i) {
        const TemplateStage &s = t->stages.at(i);
        QString line = QStringLiteral("%1. %2").arg(i + 1).arg(s.name);
        if (s.staleAfterDays)
            line += tr("  (stale after %n day(s))", nullptr, *s.staleAfterDays);
        lines << line;
    }
    m_stages->setText(lines.join(QLatin1Char('\n')));
}

QString PipelineTemplatesDialog::askName(const QString &title, const QString &suggestion)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, title, tr("Name:"), QLineEdit::Normal, suggestion, &ok);
    return ok ? name.simplified() : QString();
}

void PipelineTemplatesDialog::create()
{
    const QString name = askName(tr("New pipeline template"), QString());
    if (name.isEmpty())
        return;
    PipelineTemplateService service(m_session.db(), m_session.actor());
    auto base = service.defaultTemplate(); // a new template starts from the default's stages
    auto made = base ? service.create(name, base->stages) : Result<PipelineTemplate>(std::unexpected(base.error()));
    if (!made) {
        m_message->showMessage(made.error().text());
        return;
    }
    m_message->clear();
    reload();
    select(made->id);
    editStages();
}

void PipelineTemplatesDialog::renameSelected()
{
    const PipelineTemplate *t = selected();
    if (!t)
        return;
    const QString name = askName(tr("Rename pipeline template"), t->name);
    if (name.isEmpty() || name == t->name)
        return;
    auto renamed = PipelineTemplateService(m_session.db(), m_session.actor()).rename(t->id, t->version, name);
    if (!renamed)
        return m_message->showMessage(renamed.error().text());
    m_message->clear();
    reload();
}

void PipelineTemplatesDialog::copySelected()
{
    const PipelineTemplate *t = selected();
    if (!t)
        return;
    const QString name = askName(tr("Copy pipeline template"), tr("%1 (copy)").arg(t->name));
    if (name.isEmpty())
        return;
    auto copied = PipelineTemplateService(m_session.db(), m_session.actor()).copy(t->id, name);
    if (!copied)
        return m_message->showMessage(copied.error().text());
    m_message->clear();
    reload();
    select(copied->id);
}

void PipelineTemplatesDialog::makeDefault()
{
    const PipelineTemplate *t = selected();
    if (!t)
        return;
    auto made = PipelineTemplateService(m_session.db(), m_session.actor()).setDefault(t->id, t->version);
    if (!made)
        return m_message->showMessage(made.error().text());
    m_message->clear();
    reload();
}

void PipelineTemplatesDialog::editStages()
{
    const PipelineTemplate *t = selected();
    if (!t)
        return;
    if (PipelineEditorDialog::editTemplate(m_session, t->id, this))
        reload();
}

void PipelineTemplatesDialog::deleteSelected()
{
    const PipelineTemplate *t = selected();
    if (!t)
        return;
    if (!confirm(this, tr("Delete pipeline template"), tr("Delete the pipeline template “%1”?").arg(t->name),
                 tr("Requisitions keep their own copies of its stages; job templates that used it start with the "
                    "default pipeline instead."),
                 tr("&Delete")))
        return;
    if (auto ok = PipelineTemplateService(m_session.db(), m_session.actor()).remove(t->id, t->version); !ok)
        return m_message->showMessage(ok.error().text());
    m_message->clear();
    reload();
}

} // namespace Tandem::Ui
