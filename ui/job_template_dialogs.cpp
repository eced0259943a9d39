#include "job_template_dialogs.h"

#include <ui/empty_state.h>
#include <ui/inline_message.h>
#include <ui/message_boxes.h>
#include <ui/session.h>

#include <core/records/job_template_service.h>
#include <core/records/pipeline_template_service.h>
#include <core/records/requisition_service.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Tandem::Ui {

JobTemplatesDialog::JobTemplatesDialog(Session &session, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_mode(mode)
    , m_message(new InlineMessage(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_list(new QListWidget(this))
    , m_details(new QLabel(this))
{
    setWindowTitle(mode == Mode::Pick ? tr("New requisition from template") : tr("Job templates"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setUniformItemSizes(true);
    m_details->setObjectName(QStringLiteral("templateDetails"));
    m_details->setTextFormat(Qt::PlainText); // template text is typed by users
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_empty->setTitle(tr("No job templates yet"));
    m_empty->setMessage(tr("Open a requisition you hire for again and again, and choose “Save as template…”. "
                           "Its fields, skills and pipeline can then start new requisitions."));

    auto *content = new QWidget(this);
    auto *columns = new QHBoxLayout(content);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(m_list, 1);
    columns->addWidget(m_details, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);

    auto *buttons = new QDialogButtonBox(this);
    m_rename = buttons->addButton(tr("&Rename…"), QDialogButtonBox::ActionRole);
    m_delete = buttons->addButton(tr("&Delete…"), QDialogButtonBox::ActionRole);
    if (mode == Mode::Pick) {
        m_use = buttons->addButton(tr("&Create requisition…"), QDialogButtonBox::AcceptRole);
        m_use->setDefault(true);
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &JobTemplatesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &JobTemplatesDialog::reject);
    connect(m_rename, &QPushButton::clicked, this, &JobTemplatesDialog::renameSelected);
    connect(m_delete, &QPushButton::clicked, this, &JobTemplatesDialog::deleteSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &JobTemplatesDialog::showSelected);
    if (mode == Mode::Pick)
        connect(m_list, &QListWidget::itemActivated, this, &JobTemplatesDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().lineSpacing() * 22);
    reload();
}

void JobTemplatesDialog::reload()
{
    const qint64 keep = selected() ? selected()->id : 0;
    m_pipelineName.clear();
    if (auto pipelines = PipelineTemplateService(m_session.db(), m_session.actor()).list()) {
        for (const PipelineTemplate &p : std::as_const(*pipelines))
            m_pipelineName.insert(p.id, p.name);
    }
    auto templates = JobTemplateService(m_session.db(), m_session.actor()).list();
    if (!templates) {
        m_message->showMessage(templates.error().text());
        return;
    }
    m_templates = *templates;
    m_list->clear();
    int row = 0;
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        m_list->addItem(m_templates.at(i).name);
        if (m_templates.at(i).id == keep)
            row = int(i);
    }
    m_stack->setCurrentIndex(m_templates.isEmpty() ? 0 : 1);
    m_list->setCurrentRow(m_templates.isEmpty() ? -1 : row);
    showSelected();
}

const JobTemplate *JobTemplatesDialog::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_templates.size() ? &m_templates.at(row) : nullptr;
}

void JobTemplatesDialog::showSelected()
{
    const JobTemplate *t = selected();
    for (QPushButton *b : {m_rename, m_delete, m_use}) {
        if (b)
            b->setEnabled(t != nullptr);
    }
    if (!t) {
        m_details->clear();
        return;
    }
    const Requisition &r = t->fields;
    QStringList lines;
    lines << r.title;
    QStringList where{r.department, r.location};
    if (r.remote)
        where << tr("remote possible");
    where.removeAll(QString());
    if (!where.isEmpty())
        lines << where.join(QStringLiteral(" · "));
    lines << tr("%1 · openings: %2").arg(label(r.employmentType)).arg(r.headcount);
    if (!r.skillNames(true).isEmpty())
        lines << tr("Must have: %1").arg(r.skillNames(true).join(QStringLiteral(", ")));
    if (!r.skillNames(false).isEmpty())
        lines << tr("Nice to have: %1").arg(r.skillNames(false).join(QStringLiteral(", ")));
    lines << tr("Pipeline: %1").arg(t->pipelineTemplateId > 0 ? m_pipelineName.value(t->pipelineTemplateId, tr("(removed)"))
                                                              : tr("the default"));
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void JobTemplatesDialog::renameSelected()
{
    const JobTemplate *t = selected();
    if (!t)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename job template"), tr("New name:"), QLineEdit::Normal, t->name, &ok);
    if (!ok || name.trimmed() == t->name)
        return;
    auto renamed = JobTemplateService(m_session.db(), m_session.actor()).rename(t->id, t->version, name);
    if (!renamed) {
        m_message->showMessage(renamed.error().text());
        return;
    }
    m_message->clear();
    reload();
}

void JobTemplatesDialog::deleteSelected()
{
    const JobTemplate *t = selected();
    if (!t)
        return;
    if (!confirm(this, tr("Delete job template"), tr("Delete the job template “%1”?").arg(t->name),
                 tr("Requisitions made from it stay as they are."), tr("&Delete")))
        return;
    if (auto ok = JobTemplateService(m_session.db(), m_session.actor()).remove(t->id, t->version); !ok) {
        m_message->showMessage(ok.error().text());
        return;
    }
    m_message->clear();
    reload();
}

void JobTemplatesDialog::accept()
{
    if (m_mode == Mode::Pick) {
        const JobTemplate *t = selected();
        if (!t)
            return;
        m_chosen = *t;
    }
    QDialog::accept();
}

void JobTemplatesDialog::manage(Session &session, QWidget *parent)
{
    JobTemplatesDialog dialog(session, Mode::Manage, parent);
    dialog.exec();
}

std::optional<JobTemplate> JobTemplatesDialog::pick(Session &session, QWidget *parent)
{
    JobTemplatesDialog dialog(session, Mode::Pick, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.chosen();
}

JobTemplateSaveDialog::JobTemplateSaveDialog(Session &session, const Requisition &fields, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_fields(fields)
    , m_message(new InlineMessage(this))
    , m_name(new QLineEdit(this))
    , m_pipeline(new QComboBox(this))
{
    setWindowTitle(tr("Save as job template"));
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setText(fields.title);
    m_name->selectAll();
    m_pipeline->setObjectName(QStringLiteral("pipelineTemplate"));
    if (auto pipelines = PipelineTemplateService(session.db(), session.actor()).list()) {
        for (const PipelineTemplate &p : std::as_const(*pipelines))
            m_pipeline->addItem(p.isDefault ? tr("%1 (default)").arg(p.name) : p.name, p.id);
    }
    auto *explanation = new QLabel(tr("Saves the title, department, location, employment type, openings, salary, "
                                      "EEO-1 category, description, requirements and skills. People and status are "
                                      "chosen for each new requisition."),
                                   this);
    explanation->setWordWrap(true);
    m_pipeline->setToolTip(tr("The stages requisitions made from this template start with"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Pipeline:"), m_pipeline);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &JobTemplateSaveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &JobTemplateSaveDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 84, sizeHint().height());
}

void JobTemplateSaveDialog::accept()
{
    auto saved = JobTemplateService(m_session.db(), m_session.actor())
                     .saveFrom(m_name->text(), m_fields, m_pipeline->currentData().toLongLong());
    if (!saved) {
        m_message->showMessage(saved.error().text());
        m_name->setFocus();
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

std::optional<qint64> JobTemplateSaveDialog::saveRequisition(Session &session, qint64 requisitionId, QWidget *parent)
{
    auto requisition = RequisitionService(session.db(), session.actor()).get(requisitionId);
    if (!requisition) {
        showError(parent, tr("Save as job template"), requisition.error());
        return std::nullopt;
    }
    JobTemplateSaveDialog dialog(session, *requisition, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.saved().id;
}

} // namespace Tandem::Ui
