#include "requisition_dialog.h"

#include <ui/inline_message.h>
#include <ui/job_template_dialogs.h>
#include <ui/requisition_skill_field.h>
#include <ui/session.h>

#include <core/records/job_template_service.h>
#include <core/records/pipeline_template_service.h>
#include <core/records/requisition_service.h>
#include <core/records/user_directory.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Tandem::Ui {
namespace {

constexpr int salaryLimit = 999'999'999;

// The currencies recruiters pay in most often; the field accepts any ISO code.
const QStringList commonCurrencies = {QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                                      QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("CHF"),
                                      QStringLiteral("JPY"), QStringLiteral("INR"), QStringLiteral("SGD"),
                                      QStringLiteral("SEK"), QStringLiteral("NOK"), QStringLiteral("DKK"),
                                      QStringLiteral("PLN"), QStringLiteral("BRL"), QStringLiteral("MXN")};

QString localCurrency()
{
    const QString code = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    return code.isEmpty() ? QStringLiteral("USD") : code;
}

template <typename W>
W *named(W *widget, const char *name, QList<QWidget *> &fields)
{
    widget->setObjectName(QString::fromLatin1(name));
    fields.append(widget);
    return widget;
}

} // namespace

RequisitionDialog::RequisitionDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_message(new InlineMessage(this))
{
    setWindowTitle(tr("New requisition"));
    createFields();
    buildLayout();
    loadUsers();
    loadPipelineTemplates();
    loadSkillVocabulary();
    offerStatuses(RequisitionStatus::Draft);
    showStatusDates(m_record);
    m_base = FormSnapshot::capture(m_fields);
}

void RequisitionDialog::createFields()
{
    m_title = named(new QLineEdit(this), "title", m_fields);
    m_title->setPlaceholderText(tr("e.g. Senior Backend Engineer"));
    m_department = named(new QLineEdit(this), "department", m_fields);
    m_department->setPlaceholderText(tr("e.g. Engineering"));
    m_location = named(new QLineEdit(this), "location", m_fields);
    m_location->setPlaceholderText(tr("e.g. Berlin, Germany"));
    m_remote = named(new QCheckBox(tr("Re&mote possible"), this), "remote", m_fields);
    m_employment = named(new QComboBox(this), "employmentType", m_fields);
    for (EmploymentType type : {EmploymentType::FullTime, EmploymentType::PartTime, EmploymentType::Contract,
                                EmploymentType::Temporary, EmploymentType::Internship})
        m_employment->addItem(label(type), toKey(type));
    m_hiringManager = named(new QComboBox(this), "hiringManager", m_fields);
    m_recruiter = named(new QComboBox(this), "recruiter", m_fields);
    m_headcount = named(new QSpinBox(this), "headcount", m_fields);
    m_headcount->setRange(1, 999);
    m_headcount->setToolTip(tr("How many people this requisition hires"));
    for (QSpinBox **spin : {&m_salaryMin, &m_salaryMax}) {
        *spin = new QSpinBox(this);
        (*spin)->setRange(0, salaryLimit);
        (*spin)->setSingleStep(1000);
        (*spin)->setGroupSeparatorShown(true);
        (*spin)->setSpecialValueText(tr("Not set"));
        (*spin)->setAccelerated(true);
    }
    named(m_salaryMin, "salaryMin", m_fields);
    named(m_salaryMax, "salaryMax", m_fields);
    m_currency = named(new QComboBox(this), "currency", m_fields);
    m_currency->setEditable(true);
    m_currency->addItems(commonCurrencies);
    m_currency->setCurrentText(localCurrency());
    m_eeo1 = named(new QComboBox(this), "eeo1Category", m_fields);
    m_eeo1->addItem(tr("Not set"), QString());
    for (const QString &key : eeo1CategoryKeys())
        m_eeo1->addItem(eeo1CategoryLabel(key), key);
    m_eeo1->setToolTip(tr("The EEO-1 job category this position is reported under"));
    m_status = named(new QComboBox(this), "status", m_fields);
    m_description = named(new QPlainTextEdit(this), "description", m_fields);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What the role is about, what the team needs, what the candidate will do"));
    m_requirements = named(new QPlainTextEdit(this), "requirements", m_fields);
    m_requirements->setTabChangesFocus(true);
    m_requirements->setPlaceholderText(tr("Experience, certificates, languages, travel, ..."));
    m_mustSkills = named(new RequisitionSkillField(this), "mustSkills", m_fields);
    m_mustSkills->setPlaceholderText(tr("e.g. Go, PostgreSQL"));
    m_niceSkills = named(new RequisitionSkillField(this), "niceSkills", m_fields);
    m_niceSkills->setPlaceholderText(tr("e.g. Kubernetes"));
    // 0 shows "None": a minimum of no years asks nothing, so it doubles as "not set".
    m_minYears = named(new QDoubleSpinBox(this), "minYears", m_fields);
    m_minYears->setRange(0, 60);
    m_minYears->setDecimals(1);
    m_minYears->setSingleStep(0.5);
    m_minYears->setSpecialValueText(tr("None"));
    m_minYears->setSuffix(tr(" years"));
    m_minYears->setToolTip(tr("The match score compares candidates' years of experience with this minimum"));
    m_statusDates = new QLabel(this);
    m_statusDates->setObjectName(QStringLiteral("statusDates"));
    m_statusDates->setTextFormat(Qt::PlainText);
    m_statusDates->setWordWrap(true);
    m_statusDates->setForegroundRole(QPalette::PlaceholderText);
    m_pipeline = new QComboBox(this);
    m_pipeline->setObjectName(QStringLiteral("pipelineTemplate"));
    m_pipeline->setToolTip(tr("The stages this requisition starts with; it gets its own copy to edit later"));
}

QWidget *RequisitionDialog::detailsTab()
{
    auto *page = new QWidget(this);
    auto *position = new QFormLayout;
    position->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    position->addRow(tr("&Title:"), m_title);
    position->addRow(tr("&Department:"), m_department);
    position->addRow(tr("&Location:"), m_location);
    position->addRow(QString(), m_remote);
    position->addRow(tr("&Employment type:"), m_employment);
    position->addRow(tr("&Openings:"), m_headcount);
    position->addRow(tr("EEO-&1 category:"), m_eeo1);
    m_pipelineLabel = new QLabel(tr("&Pipeline:"), page);
    m_pipelineLabel->setBuddy(m_pipeline);
    position->addRow(m_pipelineLabel, m_pipeline);

    auto *people = new QFormLayout;
    people->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    people->addRow(tr("&Status:"), m_status);
    people->addRow(QString(), m_statusDates);
    people->addRow(tr("&Hiring manager:"), m_hiringManager);
    people->addRow(tr("&Recruiter:"), m_recruiter);
    people->addRow(tr("Salary &from:"), m_salaryMin);
    people->addRow(tr("Salary t&o:"), m_salaryMax);
    people->addRow(tr("C&urrency:"), m_currency);

    auto *columns = new QHBoxLayout(page);
    columns->addLayout(position, 1);
    columns->addSpacing(fontMetrics().averageCharWidth() * 3);
    columns->addLayout(people, 1);
    return page;
}

QWidget *RequisitionDialog::descriptionTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(tr("What candidates read first: the role, the team, the work. Plain text; blank lines "
                                "separate paragraphs in the job posting."),
                             page);
    label->setWordWrap(true);
    label->setBuddy(m_description);
    layout->addWidget(label);
    layout->addWidget(m_description, 1);
    return page;
}

QWidget *RequisitionDialog::requirementsTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Must-have skills:"), m_mustSkills);
    form->addRow(tr("&Nice-to-have skills:"), m_niceSkills);
    form->addRow(tr("Minimum e&xperience:"), m_minYears);
    auto *hint = new QLabel(tr("Separate skills with commas. Known skills are suggested as you type; new ones are "
                               "added to the vocabulary when you save."),
                            page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), hint);
    auto *label = new QLabel(tr("Re&quirements:"), page);
    label->setBuddy(m_requirements);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(label);
    layout->addWidget(m_requirements, 1);
    return page;
}

void RequisitionDialog::buildLayout()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(detailsTab(), tr("De&tails"));
    m_tabs->addTab(descriptionTab(), tr("Des&cription"));
    m_tabs->addTab(requirementsTab(), tr("Requirements && s&kills"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RequisitionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RequisitionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    // Fits a 1366x768 laptop screen with room for the window frame and the task bar.
    const QFontMetrics metrics = fontMetrics();
    resize(std::min(metrics.averageCharWidth() * 132, 1200), std::min(metrics.lineSpacing() * 26, 600));
    m_title->setFocus();
}

void RequisitionDialog::loadPipelineTemplates()
{
    m_pipeline->clear();
    auto templates = PipelineTemplateService(m_session.db(), m_session.actor()).list();
    if (!templates) {
        m_message->showMessage(templates.error().text(), InlineMessage::Kind::Warning);
        return;
    }
    for (const PipelineTemplate &t : std::as_const(*templates)) {
        QStringList stages;
        for (const TemplateStage &stage : t.stages)
            stages << stage.name;
        m_pipeline->addItem(t.isDefault ? tr("%1 (default)").arg(t.name) : t.name, t.id);
        m_pipeline->setItemData(m_pipeline->count() - 1, stages.join(QStringLiteral(" → ")), Qt::ToolTipRole);
    }
}

void RequisitionDialog::loadSkillVocabulary()
{
    auto names = RequisitionService(m_session.db(), m_session.actor()).skillVocabulary();
    if (!names)
        return; // completion is a convenience; typing still works
    m_mustSkills->setVocabulary(*names);
    m_niceSkills->setVocabulary(*names);
}

void RequisitionDialog::showStatusDates(const Requisition &r)
{
    const QLocale locale;
    QStringList parts;
    const auto add = [&](const QString &label, const QDateTime &at) {
        if (at.isValid())
            parts << label.arg(locale.toString(at.toLocalTime().date(), QLocale::ShortFormat));
    };
    add(tr("Opened %1"), r.openedAt);
    add(tr("filled %1"), r.filledAt);
    add(tr("closed %1"), r.closedAt);
    add(tr("published %1"), r.publishedAt);
    if (parts.isEmpty())
        parts << (r.id == 0 ? tr("Starts as a draft; open it when the job can be advertised.") : tr("Not opened yet"));
    m_statusDates->setText(parts.join(QStringLiteral(" · ")));
}

void RequisitionDialog::loadUsers()
{
    for (QComboBox *combo : {m_hiringManager, m_recruiter}) {
        combo->clear();
        combo->addItem(tr("No one yet"), qint64(0));
    }
    auto users = UserDirectory(m_session.db()).list();
    if (!users) {
        m_message->showMessage(users.error().text(), InlineMessage::Kind::Warning);
        return;
    }
    for (const User &user : *users) {
        m_hiringManager->addItem(user.name, user.id);
        m_recruiter->addItem(user.name, user.id);
    }
}

void RequisitionDialog::offerStatuses(RequisitionStatus current)
{
    m_status->clear();
    m_status->addItem(label(current), toKey(current));
    for (RequisitionStatus next : RequisitionService::nextStatuses(current))
        m_status->addItem(label(next), toKey(next));
    m_status->setEnabled(m_status->count() > 1);
}

void RequisitionDialog::setRequisition(const Requisition &requisition)
{
    setWindowTitle(tr("Edit requisition"));
    load(requisition);
    m_pipelineLabel->hide(); // an existing requisition edits its own pipeline elsewhere
    m_pipeline->hide();
    m_base = FormSnapshot::capture(m_fields);
}

void RequisitionDialog::setDraft(const Requisition &draft, qint64 pipelineTemplateId)
{
    Requisition fresh = draft;
    fresh.id = 0;
    fresh.version = 0;
    fresh.status = RequisitionStatus::Draft;
    load(fresh);
    if (pipelineTemplateId > 0)
        m_pipeline->setCurrentIndex(std::max(0, m_pipeline->findData(pipelineTemplateId)));
    m_base = FormSnapshot::capture(m_fields);
}

std::optional<qint64> RequisitionDialog::createFromTemplate(Session &session, QWidget *parent)
{
    const std::optional<JobTemplate> chosen = JobTemplatesDialog::pick(session, parent);
    if (!chosen)
        return std::nullopt;
    RequisitionDialog dialog(session, parent);
    dialog.setWindowTitle(tr("New requisition from “%1”").arg(chosen->name));
    dialog.setDraft(JobTemplateService::draftFrom(*chosen), chosen->pipelineTemplateId);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.requisition().id;
}

void RequisitionDialog::load(const Requisition &r)
{
    m_record = r;
    auto selectData = [](QComboBox *combo, const QVariant &value) {
        const int index = combo->findData(value);
        combo->setCurrentIndex(std::max(0, index));
    };
    // A user who was deactivated still shows as this requisition's manager or recruiter.
    for (auto [combo, id] : {std::pair{m_hiringManager, r.hiringManagerId}, std::pair{m_recruiter, r.recruiterId}}) {
        if (id != 0 && combo->findData(id) < 0) {
            auto user = UserDirectory(m_session.db()).byId(id);
            combo->addItem(user ? user->name : tr("Former user"), id);
        }
    }
    m_title->setText(r.title);
    m_department->setText(r.department);
    m_location->setText(r.location);
    m_remote->setChecked(r.remote);
    selectData(m_employment, toKey(r.employmentType));
    selectData(m_hiringManager, r.hiringManagerId);
    selectData(m_recruiter, r.recruiterId);
    m_headcount->setValue(r.headcount);
    m_salaryMin->setValue(static_cast<int>(std::clamp<qint64>(r.salaryMin.value_or(0), 0, salaryLimit)));
    m_salaryMax->setValue(static_cast<int>(std::clamp<qint64>(r.salaryMax.value_or(0), 0, salaryLimit)));
    m_currency->setCurrentText(r.salaryCurrency.isEmpty() ? localCurrency() : r.salaryCurrency);
    selectData(m_eeo1, r.eeo1Category);
    offerStatuses(r.status);
    showStatusDates(r);
    m_description->setPlainText(r.description);
    m_requirements->setPlainText(r.requirements);
    m_mustSkills->setSkills(r.skillNames(true));
    m_niceSkills->setSkills(r.skillNames(false));
    m_minYears->setValue(r.minYearsExperience.value_or(0));
}

RequisitionStatus RequisitionDialog::chosenStatus() const
{
    return fromKey<RequisitionStatus>(m_status->currentData().toString()).value_or(m_record.status);
}

Requisition RequisitionDialog::fromFields() const
{
    Requisition r = m_record;
    r.title = m_title->text().trimmed();
    r.department = m_department->text().trimmed();
    r.location = m_location->text().trimmed();
    r.remote = m_remote->isChecked();
    r.employmentType = fromKey<EmploymentType>(m_employment->currentData().toString()).value_or(EmploymentType::FullTime);
    r.hiringManagerId = m_hiringManager->currentData().toLongLong();
    r.recruiterId = m_recruiter->currentData().toLongLong();
    r.headcount = m_headcount->value();
    r.salaryMin = m_salaryMin->value() > 0 ? std::optional<qint64>(m_salaryMin->value()) : std::nullopt;
    r.salaryMax = m_salaryMax->value() > 0 ? std::optional<qint64>(m_salaryMax->value()) : std::nullopt;
    r.salaryCurrency = m_currency->currentText().trimmed().toUpper();
    if (!r.salaryMin && !r.salaryMax)
        r.salaryCurrency.clear(); // a currency alone says nothing
    r.eeo1Category = m_eeo1->currentData().toString();
    r.description = m_description->toPlainText().trimmed();
    r.requirements = m_requirements->toPlainText().trimmed();
    r.minYearsExperience = m_minYears->value() > 0 ? std::optional<double>(m_minYears->value()) : std::nullopt;
    r.skills.clear();
    for (const QString &name : m_mustSkills->skills())
        r.skills.append({name, true});
    for (const QString &name : m_niceSkills->skills())
        r.skills.append({name, false});
    r.skills = RequisitionService::cleanSkills(r.skills);
    return r;
}

void RequisitionDialog::accept()
{
    // Each pass saves what the fields hold; a conflict resolved with "Save merged" fills the
    // fields with the merge and goes round again with the stored version, so a further
    // conflict shows the comparison once more.
    for (;;) {
        Requisition edited = fromFields();
        if (auto valid = RequisitionService::validate(edited); !valid) {
            m_message->showMessage(valid.error().text());
            focusFieldNamedIn(valid.error().message);
            return;
        }
        const RequisitionStatus target = chosenStatus();
        RequisitionService service(m_session.db(), m_session.actor());
        // Fields and status are saved separately: the status moves through setStatus, which
        // checks the workflow and stamps the opened/filled/closed dates.
        edited.status = m_record.id == 0 ? RequisitionStatus::Draft : m_record.status;
        auto saved = m_record.id == 0 ? service.create(edited, m_pipeline->currentData().toLongLong())
                                      : service.update(edited);
        if (!saved) {
            if (saved.error().code != ErrorCode::Conflict) {
                m_message->showMessage(saved.error().text());
                return;
            }
            if (!resolveConflict())
                return;
            continue;
        }
        const bool wasNew = m_record.id == 0;
        m_record = *saved;
        if (target != m_record.status && !saveStatus(target)) {
            if (wasNew)
                setWindowTitle(tr("Edit requisition"));
            return;
        }
        QDialog::accept();
        return;
    }
}

void RequisitionDialog::focusFieldNamedIn(const QString &message)
{
    // Core names the field in its message; put the cursor there so it can be fixed at once.
    const QList<std::pair<const char *, QWidget *>> fields = {
        {QT_TR_NOOP("title"), m_title},        {QT_TR_NOOP("headcount"), m_headcount},
        {QT_TR_NOOP("salary range"), m_salaryMax}, {QT_TR_NOOP("salary"), m_salaryMin},
        {QT_TR_NOOP("EEO-1"), m_eeo1},
    };
    for (const auto &[word, field] : fields) {
        if (message.contains(tr(word), Qt::CaseInsensitive)) {
            for (int i = 0; i < m_tabs->count(); ++i) {
                if (m_tabs->widget(i)->isAncestorOf(field))
                    m_tabs->setCurrentIndex(i);
            }
            field->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

bool RequisitionDialog::saveStatus(RequisitionStatus status)
{
    RequisitionService service(m_session.db(), m_session.actor());
    auto moved = service.setStatus(m_record.id, m_record.version, status);
    if (!moved) {
        // The details are stored; the dialog now edits the stored requisition, so saving
        // again only retries the status.
        const FormSnapshot typed = FormSnapshot::capture(m_fields);
        const QVariant wanted = typed.value(QStringLiteral("status"));
        load(m_record);
        m_base = FormSnapshot::capture(m_fields);
        typed.applyTo(m_fields);
        m_status->setCurrentIndex(std::max(0, m_status->findData(wanted)));
        m_message->showMessage(tr("The details were saved, but the status could not change to “%1”: %2")
                                   .arg(label(status), moved.error().text()));
        return false;
    }
    m_record = *moved;
    return true;
}

bool RequisitionDialog::resolveConflict()
{
    auto latest = RequisitionService(m_session.db(), m_session.actor()).get(m_record.id);
    if (!latest) {
        m_message->showMessage(tr("Someone else changed this requisition, and it can no longer be read: %1")
                                   .arg(latest.error().text()));
        return false;
    }
    const Requisition started = m_record;
    const auto stored = resolveFormConflict(
        this, m_fields, m_base, latest->title, [this](const QString &name) { return fieldLabel(name); },
        [&] { load(*latest); }, [&] { load(started); });
    if (!stored) {
        m_message->showMessage(tr("Someone else saved this requisition while you were editing. Nothing was "
                                  "saved and your changes are still here; save again to compare the two "
                                  "versions."),
                               InlineMessage::Kind::Warning);
        return false;
    }
    // The merge is now the user's edit of the stored version.
    m_base = *stored;
    m_message->showMessage(QString());
    return true;
}

QString RequisitionDialog::fieldLabel(const QString &name) const
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("department"), QT_TR_NOOP("Department")},
        {QStringLiteral("location"), QT_TR_NOOP("Location")},
        {QStringLiteral("remote"), QT_TR_NOOP("Remote possible")},
        {QStringLiteral("employmentType"), QT_TR_NOOP("Employment type")},
        {QStringLiteral("hiringManager"), QT_TR_NOOP("Hiring manager")},
        {QStringLiteral("recruiter"), QT_TR_NOOP("Recruiter")},
        {QStringLiteral("headcount"), QT_TR_NOOP("Openings")},
        {QStringLiteral("salaryMin"), QT_TR_NOOP("Salary from")},
        {QStringLiteral("salaryMax"), QT_TR_NOOP("Salary to")},
        {QStringLiteral("currency"), QT_TR_NOOP("Currency")},
        {QStringLiteral("eeo1Category"), QT_TR_NOOP("EEO-1 category")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("requirements"), QT_TR_NOOP("Requirements")},
        {QStringLiteral("mustSkills"), QT_TR_NOOP("Must-have skills")},
        {QStringLiteral("niceSkills"), QT_TR_NOOP("Nice-to-have skills")},
        {QStringLiteral("minYears"), QT_TR_NOOP("Minimum experience")},
    };
    const char *label = labels.value(name);
    return label ? tr(label) : name;
}

} // namespace Tandem::Ui
