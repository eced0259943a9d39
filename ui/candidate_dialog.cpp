#include "candidate_dialog.h"

#include <ui/inline_message.h>
#include <ui/session.h>

#include <core/records/candidate_service.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tandem::Ui {
namespace {

// Where candidates commonly come from; the field stays free text for anything else.
QStringList commonSources()
{
    return {QCoreApplication::translate("Tandem::Ui::CandidateDialog", "LinkedIn"),
            QCoreApplication::translate("Tandem::Ui::CandidateDialog", "Referral"),
            QCoreApplication::translate("Tandem::Ui::CandidateDialog", "Careers site"),
            QCoreApplication::translate("Tandem::Ui::CandidateDialog", "Job board"),
            QCoreApplication::translate("Tandem::Ui::CandidateDialog", "Agency"),
            QCoreApplication::translate("Tandem::Ui::CandidateDialog", "Event"),
            QCoreApplication::translate("Tandem::Ui::CandidateDialog", "Sourced")};
}

QStringList splitSkills(const QString &text)
{
    QStringList skills;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString skill = part.trimmed();
        if (!skill.isEmpty() && !skills.contains(skill, Qt::CaseInsensitive))
            skills.append(skill);
    }
    return skills;
}

} // namespace

CandidateDialog::CandidateDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_message(new InlineMessage(this))
{
    setWindowTitle(tr("New candidate"));
    m_firstName = addLineEdit("firstName", tr("First name"));
    m_lastName = addLineEdit("lastName", tr("Last name"));
    m_email = addLineEdit("email", tr("name@example.com"));
    m_phone = addLineEdit("phone", tr("+1 555 0100"));
    m_city = addLineEdit("city", tr("City"));
    m_country = addLineEdit("country", tr("Country"));
    m_title = addLineEdit("title", tr("Job title"));
    m_company = addLineEdit("company", tr("Company"));
    m_linkedin = addLineEdit("linkedin", tr("https://www.linkedin.com/in/…"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setEditable(true);
    m_source->addItem(QString());
    m_source->addItems(commonSources());
    m_source->lineEdit()->setPlaceholderText(tr("Where they came from"));
    m_fields.append(m_source);
    m_years = addLineEdit("years", tr("e.g. 7"));
    m_years->setValidator(new QDoubleValidator(0.0, 70.0, 1, m_years));
    m_skills = addLineEdit("skills", tr("Comma separated, e.g. Rust, Kubernetes, SQL"));
    buildLayout();
    m_base = FormSnapshot::capture(m_fields);
}

QLineEdit *CandidateDialog::addLineEdit(const char *name, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setPlaceholderText(placeholder);
    m_fields.append(edit);
    return edit;
}

void CandidateDialog::buildLayout()
{
    auto pair = [this](QWidget *left, QWidget *right) {
        auto *row = new QHBoxLayout;
        row->addWidget(left, 1);
        row->addWidget(right, 1);
        return row;
    };
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto labelFor = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(labelFor(tr("&Name:"), m_firstName), pair(m_firstName, m_lastName));
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(labelFor(tr("&Location:"), m_city), pair(m_city, m_country));
    form->addRow(labelFor(tr("Current &role:"), m_title), pair(m_title, m_company));
    form->addRow(tr("Lin&kedIn:"), m_linkedin);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Years of experience:"), m_years);
    form->addRow(tr("S&kills:"), m_skills);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CandidateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CandidateDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    // Wide enough for an email address and a LinkedIn URL without scrolling inside the field.
    setMinimumWidth(fontMetrics().averageCharWidth() * 100);
    m_firstName->setFocus();
}

void CandidateDialog::setCandidate(const Candidate &candidate)
{
    setWindowTitle(tr("Edit candidate"));
    load(candidate);
    m_base = FormSnapshot::capture(m_fields);
}

void CandidateDialog::load(const Candidate &candidate)
{
    m_record = candidate;
    m_firstName->setText(candidate.firstName);
    m_lastName->setText(candidate.lastName);
    m_email->setText(candidate.email);
    m_phone->setText(candidate.phone);
    m_city->setText(candidate.city);
    m_country->setText(candidate.country);
    m_title->setText(candidate.currentTitle);
    m_company->setText(candidate.currentCompany);
    m_linkedin->setText(candidate.linkedinUrl);
    m_source->setCurrentText(candidate.source);
    m_years->setText(candidate.yearsExperience ? QLocale().toString(*candidate.yearsExperience, 'g', 3) : QString());
    m_skills->setText(candidate.skills.join(QStringLiteral(", ")));
}

std::optional<Candidate> CandidateDialog::fromFields()
{
    Candidate c = m_record;
    c.firstName = m_firstName->text().trimmed();
    c.lastName = m_lastName->text().trimmed();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.city = m_city->text().trimmed();
    c.country = m_country->text().trimmed();
    c.currentTitle = m_title->text().trimmed();
    c.currentCompany = m_company->text().trimmed();
    c.linkedinUrl = m_linkedin->text().trimmed();
    c.source = m_source->currentText().trimmed();
    c.skills = splitSkills(m_skills->text());
    c.yearsExperience.reset();
    const QString years = m_years->text().trimmed();
    if (!years.isEmpty()) {
        bool ok = false;
        const double value = QLocale().toDouble(years, &ok);
        if (!ok || value < 0) {
            m_message->showMessage(tr("“%1” is not a number of years. Enter a number such as 7 or 2.5, "
                                      "or leave the field empty.").arg(years));
            m_years->setFocus();
            return std::nullopt;
        }
        c.yearsExperience = value;
    }
    return c;
}

void CandidateDialog::accept()
{
    // Each pass saves what the fields hold; a conflict resolved with "Save merged" fills the
    // fields with the merge and goes round again with the stored version, so a further
    // conflict shows the comparison once more.
    for (;;) {
        const std::optional<Candidate> edited = fromFields();
        if (!edited)
            return;
        if (auto valid = CandidateService::validate(*edited); !valid) {
            m_message->showMessage(valid.error().text());
            focusFieldNamedIn(valid.error().message);
            return;
        }
        CandidateService service(m_session.db(), m_session.actor());
        auto saved = edited->id == 0 ? service.create(*edited) : service.update(*edited);
        if (saved) {
            m_record = *saved;
            QDialog::accept();
            return;
        }
        if (saved.error().code != ErrorCode::Conflict) {
            m_message->showMessage(saved.error().text());
            return;
        }
        if (!resolveConflict())
            return;
    }
}

bool CandidateDialog::resolveConflict()
{
    CandidateService service(m_session.db(), m_session.actor());
    auto latest = service.get(m_record.id);
    if (!latest) {
        m_message->showMessage(tr("Someone else changed this candidate, and it can no longer be read: %1")
                                   .arg(latest.error().text()));
        return false;
    }
    const Candidate started = m_record;
    const auto stored = resolveFormConflict(
        this, m_fields, m_base, latest->displayName(), [this](const QString &name) { return fieldLabel(name); },
        [&] { load(*latest); }, [&] { load(started); });
    if (!stored) {
        m_message->showMessage(tr("Someone else saved this candidate while you were editing. Nothing was saved "
                                  "and your changes are still here; save again to compare the two versions."),
                               InlineMessage::Kind::Warning);
        return false;
    }
    // The merge is now the user's edit of the stored version.
    m_base = *stored;
    m_message->showMessage(QString());
    return true;
}

void CandidateDialog::focusFieldNamedIn(const QString &message)
{
    // Core names the field in its message; put the cursor there so it can be fixed at once.
    const QList<std::pair<const char *, QWidget *>> fields = {
        {QT_TR_NOOP("email"), m_email},         {QT_TR_NOOP("web address"), m_linkedin},
        {QT_TR_NOOP("experience"), m_years},    {QT_TR_NOOP("first name"), m_firstName},
        {QT_TR_NOOP("last name"), m_lastName},  {QT_TR_NOOP("name"), m_firstName},
        {QT_TR_NOOP("phone"), m_phone},         {QT_TR_NOOP("city"), m_city},
        {QT_TR_NOOP("company"), m_company},     {QT_TR_NOOP("title"), m_title},
        {QT_TR_NOOP("source"), m_source},
    };
    for (const auto &[word, field] : fields) {
        if (message.contains(tr(word), Qt::CaseInsensitive)) {
            field->setFocus(Qt::OtherFocusReason);
            if (auto *edit = qobject_cast<QLineEdit *>(field))
                edit->selectAll();
            return;
        }
    }
}

QString CandidateDialog::fieldLabel(const QString &name) const
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("firstName"), QT_TR_NOOP("First name")},
        {QStringLiteral("lastName"), QT_TR_NOOP("Last name")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("title"), QT_TR_NOOP("Job title")},
        {QStringLiteral("company"), QT_TR_NOOP("Company")},
        {QStringLiteral("linkedin"), QT_TR_NOOP("LinkedIn")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("years"), QT_TR_NOOP("Years of experience")},
        {QStringLiteral("skills"), QT_TR_NOOP("Skills")},
    };
    const char *label = labels.value(name);
    return label ? tr(label) : name;
}

} // namespace Tandem::Ui
