#include "pipeline_editor_dialog.h"

#include <ui/inline_message.h>
#include <ui/message_boxes.h>
#include <ui/session.h>

#include <core/records/pipeline_template_service.h>
#include <core/records/requisition_service.h>
#include <core/records/stage_editor.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tandem::Ui {
namespace {

enum Column { NameColumn, KindColumn, StaleColumn, ApplicantsColumn, ColumnCount };
constexpr int StageIdRole = Qt::UserRole;
constexpr int ApplicationsRole = Qt::UserRole + 1;

const QList<StageKind> kinds = {StageKind::Sourced, StageKind::Applied, StageKind::Screen, StageKind::Interview,
                                StageKind::Offer,   StageKind::Hired,   StageKind::Custom};

std::optional<qint64> askForTarget(QWidget *parent, const QString &stage, int applications,
                                   const QList<std::pair<qint64, QString>> &targets)
{
    QStringList names;
    for (const auto &target : targets)
        names << target.second;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        parent, QObject::tr("Move applicants first"),
        QObject::tr("%n application(s) are in “%1”. A stage is removed only when it is empty.\n"
                    "Move them to:", nullptr, applications)
            .arg(stage),
        names, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return targets.at(names.indexOf(chosen)).first;
}

} // namespace

PipelineEditorDialog::PipelineEditorDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_message(new InlineMessage(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    m_chooseTarget = [this](const QString &stage, int applications, const QList<std::pair<qint64, QString>> &targets) {
        return askForTarget(this, stage, applications, targets);
    };
    m_table->setObjectName(QStringLiteral("stageTable"));
    m_table->setHorizontalHeaderLabels({tr("Stage"), tr("Kind"), tr("Stale after"), tr("Applicants")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 14);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(KindColumn, fontMetrics().averageCharWidth() * 16);
    m_table->setColumnWidth(StaleColumn, fontMetrics().averageCharWidth() * 16);
    m_table->setColumnWidth(ApplicantsColumn, fontMetrics().averageCharWidth() * 15);

    auto *hint = new QLabel(tr("The kind tells reports and the board what a stage means; a stale limit flags "
                               "cards that wait longer than that many days."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_add = new QPushButton(tr("&Add stage"), this);
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_up = new QPushButton(tr("Move &up"), this);
    m_down = new QPushButton(tr("Move &down"), this);
    connect(m_add, &QPushButton::clicked, this, &PipelineEditorDialog::addStage);
    connect(m_remove, &QPushButton::clicked, this, &PipelineEditorDialog::removeStage);
    connect(m_up, &QPushButton::clicked, this, [this] { moveStage(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveStage(1); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &PipelineEditorDialog::updateButtons);
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        side->addWidget(b);
    side->addStretch(1);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PipelineEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PipelineEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(middle, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 112, fontMetrics().lineSpacing() * 24);
    updateButtons();
}

Status PipelineEditorDialog::loadTemplate(qint64 templateId)
{
    auto t = PipelineTemplateService(m_session.db(), m_session.actor()).get(templateId);
    if (!t)
        return std::unexpected(t.error());
    setWindowTitle(tr("Pipeline template “%1”").arg(t->name));
    m_templateId = t->id;
    m_templateVersion = t->version;
    m_table->setColumnHidden(ApplicantsColumn, true);
    setRows(t->stages, QList<int>(t->stages.size(), 0));
    return {};
}

Status PipelineEditorDialog::loadRequisition(qint64 requisitionId)
{
    auto requisition = RequisitionService(m_session.db(), m_session.actor()).get(requisitionId);
    if (!requisition)
        return std::unexpected(requisition.error());
    auto counts = StageEditor(m_session.db(), m_session.actor()).stagesWithCounts(requisitionId);
    if (!counts)
        return std::unexpected(counts.error());
    setWindowTitle(tr("Pipeline of “%1”").arg(requisition->title));
    m_requisitionId = requisitionId;
    m_loadedIds.clear();
    QList<TemplateStage> stages;
    QList<int> applications;
    for (const StageEditor::StageCount &c : std::as_const(*counts)) {
        stages.append({c.stage.id, c.stage.name, c.stage.kind, c.stage.staleAfterDays});
        m_loadedIds.append(c.stage.id);
        applications.append(c.applications);
    }
    setRows(stages, applications);
    return {};
}

void PipelineEditorDialog::setRows(const QList<TemplateStage> &stages, const QList<int> &applications)
{
    const int current = m_table->currentRow();
    m_table->setRowCount(0);
    for (qsizetype i = 0; i < stages.size(); ++i)
        addRow(stages.at(i), applications.value(i));
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(std::clamp(current, 0, m_table->rowCount() - 1), NameColumn);
    updateButtons();
}

void PipelineEditorDialog::addRow(const TemplateStage &stage, int applications)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(stage.name);
    name->setData(StageIdRole, stage.id);
    name->setData(ApplicationsRole, applications);
    m_table->setItem(row, NameColumn, name);
    auto *kind = new QComboBox(m_table);
    for (StageKind k : kinds)
        kind->addItem(label(k), toKey(k));
    kind->setCurrentIndex(int(kinds.indexOf(stage.kind)));
    m_table->setCellWidget(row, KindColumn, kind);
    auto *stale = new QSpinBox(m_table);
    stale->setRange(0, 365);
    stale->setSpecialValueText(tr("No limit"));
    stale->setSuffix(tr(" days"));
    stale->setValue(stage.staleAfterDays.value_or(0));
    m_table->setCellWidget(row, StaleColumn, stale);
    auto *count = new QTableWidgetItem(QLocale().toString(applications));
    count->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, ApplicantsColumn, count);
}

QList<TemplateStage> PipelineEditorDialog::stages() const
{
    QList<TemplateStage> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        TemplateStage s;
        s.id = m_table->item(row, NameColumn)->data(StageIdRole).toLongLong();
        s.name = m_table->item(row, NameColumn)->text().simplified();
        s.kind = fromKey<StageKind>(static_cast<QComboBox *>(m_table->cellWidget(row, KindColumn))->currentData().toString())
                     .value_or(StageKind::Custom);
        const int days = static_cast<QSpinBox *>(m_table->cellWidget(row, StaleColumn))->value();
        s.staleAfterDays = days > 0 ? std::optional<int>(days) : std::nullopt;
        result.append(s);
    }
    return result;
}

void PipelineEditorDialog::addStage()
{
    const int after = m_table->currentRow();
    QList<TemplateStage> rows = stages();
    QList<int> counts;
    for (int row = 0; row < m_table->rowCount(); ++row)
        counts.append(m_table->item(row, NameColumn)->data(ApplicationsRole).toInt());
    const int at = after < 0 ? int(rows.size()) : after + 1;
    rows.insert(at, TemplateStage{0, tr("New stage"), StageKind::Custom, std::nullopt});
    counts.insert(at, 0);
    setRows(rows, counts);
    m_table->setCurrentCell(at, NameColumn);
    m_table->editItem(m_table->item(at, NameColumn));
}

void PipelineEditorDialog::removeStage()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    QTableWidgetItem *item = m_table->item(row, NameColumn);
    const qint64 id = item->data(StageIdRole).toLongLong();
    const int applications = item->data(ApplicationsRole).toInt();
    if (m_table->rowCount() == 1) {
        m_message->showMessage(tr("A pipeline needs at least one stage. Add another stage before removing this one."));
        return;
    }
    if (applications > 0) {
        QList<std::pair<qint64, QString>> targets;
        for (int r = 0; r < m_table->rowCount(); ++r) {
            const qint64 other = m_table->item(r, NameColumn)->data(StageIdRole).toLongLong();
            if (r != row && other > 0) // stages not saved yet cannot receive applications
                targets.append({other, m_table->item(r, NameColumn)->text()});
        }
        const std::optional<qint64> target = m_chooseTarget(item->text(), applications, targets);
        if (!target)
            return;
        m_moveTo.insert(id, *target);
        // The counts shown follow the move.
        for (int r = 0; r < m_table->rowCount(); ++r) {
            QTableWidgetItem *other = m_table->item(r, NameColumn);
            if (other->data(StageIdRole).toLongLong() == *target) {
                const int now = other->data(ApplicationsRole).toInt() + applications;
                other->setData(ApplicationsRole, now);
                m_table->item(r, ApplicantsColumn)->setText(QLocale().toString(now));
            }
        }
    }
    m_table->removeRow(row);
    m_message->clear();
    updateButtons();
}

void PipelineEditorDialog::moveStage(int delta)
{
    const int row = m_table->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    QList<TemplateStage> rows = stages();
    QList<int> counts;
    for (int r = 0; r < m_table->rowCount(); ++r)
        counts.append(m_table->item(r, NameColumn)->data(ApplicationsRole).toInt());
    rows.move(row, to);
    counts.move(row, to);
    setRows(rows, counts);
    m_table->setCurrentCell(to, NameColumn);
}

void PipelineEditorDialog::updateButtons()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0 && m_table->rowCount() > 1);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_table->rowCount() - 1);
}

void PipelineEditorDialog::accept()
{
    const QList<TemplateStage> wanted = stages();
    Status saved;
    if (m_requisitionId > 0) {
        saved = StageEditor(m_session.db(), m_session.actor()).apply(m_requisitionId, wanted, m_moveTo, m_loadedIds);
    } else {
        auto stored = PipelineTemplateService(m_session.db(), m_session.actor()).setStages(m_templateId, m_templateVersion, wanted);
        if (!stored)
            saved = std::unexpected(stored.error());
    }
    if (!saved) {
        m_message->showMessage(saved.error().text());
        return;
    }
    QDialog::accept();
}

bool PipelineEditorDialog::editTemplate(Session &session, qint64 templateId, QWidget *parent)
{
    PipelineEditorDialog dialog(session, parent);
    if (auto ok = dialog.loadTemplate(templateId); !ok) {
        showError(parent, tr("Edit pipeline template"), ok.error());
        return false;
    }
    return dialog.exec() == QDialog::Accepted;
}

bool PipelineEditorDialog::editRequisition(Session &session, qint64 requisitionId, QWidget *parent)
{
    PipelineEditorDialog dialog(session, parent);
    if (auto ok = dialog.loadRequisition(requisitionId); !ok) {
        showError(parent, tr("Edit pipeline"), ok.error());
        return false;
    }
    return dialog.exec() == QDialog::Accepted;
}

} // namespace Tandem::Ui
