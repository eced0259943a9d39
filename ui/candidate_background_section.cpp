#include <ui/candidate_background_section.h>

#include <ui/session.h>

#include <core/intake/candidate_profile.h>

#include <QDate>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Tandem::Ui {

namespace {

// "2021-03" → "Mar 2021", "2016" → "2016".
QString monthText(const QString &month)
{
    const QDate date = QDate::fromString(month, QStringLiteral("yyyy-MM"));
    return date.isValid() ? QLocale().toString(date, QStringLiteral("MMM yyyy")) : month;
}

QString span(const QString &from, const QString &to)
{
    if (from.isEmpty())
        return to; // "2017": only the end is known (a degree's year)
    return QStringLiteral("%1 – %2").arg(from, to);
}

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("email"))
        return QObject::tr("e-mail");
    if (kind == QLatin1String("phone"))
        return QObject::tr("phone");
    if (kind == QLatin1String("linkedin"))
        return QObject::tr("LinkedIn");
    if (kind == QLatin1String("github"))
        return QObject::tr("GitHub");
    return QObject::tr("website");
}

QString joined(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept.append(p.trimmed());
    }
    return kept.join(separator);
}

} // namespace

CandidateBackgroundSection::CandidateBackgroundSection(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_contactsBox = section(tr("Also reachable at"), &m_contacts);
    m_workBox = section(tr("Work history"), &m_work);
    m_educationBox = section(tr("Education"), &m_education);
    layout->addWidget(m_contactsBox);
    layout->addWidget(m_workBox);
    layout->addWidget(m_educationBox);
    layout->addStretch(); // entries stay together at the top however tall the section is
}

QWidget *CandidateBackgroundSection::section(const QString &title, QVBoxLayout **body)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, fontMetrics().height() / 2, 0, 0);
    layout->setSpacing(2);
    auto *heading = new QLabel(title, box);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    *body = new QVBoxLayout;
    (*body)->setSpacing(4);
    layout->addLayout(*body);
    return box;
}

void CandidateBackgroundSection::clear(QVBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void CandidateBackgroundSection::addEntry(QVBoxLayout *layout, const QString &main, const QString &detail)
{
    auto *label = new QLabel(this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(detail.isEmpty() ? main : main + QLatin1Char('\n') + detail);
    label->setProperty("entry", main);
    layout->addWidget(label);
}

void CandidateBackgroundSection::showCandidate(qint64 candidateId)
{
    clear(m_contacts);
    clear(m_work);
    clear(m_education);
    auto extras = CandidateProfileStore(m_session.db(), m_session.actor()).extrasOf(candidateId);
    const CandidateExtras shown = extras ? *extras : CandidateExtras{};
    for (const ContactPoint &c : shown.contacts)
        addEntry(m_contacts, QStringLiteral("%1 (%2)").arg(c.value, c.label.isEmpty() ? kindLabel(c.kind) : c.label), {});
    for (const WorkEntry &w : shown.work) {
        const QString end = w.isCurrent ? tr("present") : monthText(w.endMonth);
        addEntry(m_work, joined({w.title, w.employer}, QStringLiteral(" · ")), span(monthText(w.startMonth), end));
    }
    for (const EducationEntry &e : shown.education) {
        const QString what = joined({e.degree, e.field}, QStringLiteral(" "));
        const QString years = span(e.startYear ? QString::number(*e.startYear) : QString(),
                                   e.endYear ? QString::number(*e.endYear) : QString());
        addEntry(m_education, joined({what, e.institution}, QStringLiteral(" · ")), years);
    }
    m_contactsBox->setVisible(!shown.contacts.isEmpty());
    m_workBox->setVisible(!shown.work.isEmpty());
    m_educationBox->setVisible(!shown.education.isEmpty());
}

QStringList CandidateBackgroundSection::entries(const QString &section) const
{
    QVBoxLayout *layout = section == QLatin1String("contacts") ? m_contacts
                          : section == QLatin1String("work") ? m_work
                                                               : m_education;
    QStringList out;
    for (int i = 0; i < layout->count(); ++i) {
        if (auto *label = qobject_cast<QLabel *>(layout->itemAt(i)->widget()))
            out.append(label->property("entry").toString());
    }
    return out;
}

} // namespace Tandem::Ui
