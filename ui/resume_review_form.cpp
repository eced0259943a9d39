#include <ui/resume_review_form.h>

#include <ui/tool_tip.h>

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tandem::Ui {

namespace {

const char *uncertainProperty = "tandemUncertain";

QString confidenceText(double confidence)
{
    return QObject::tr("Read from the resume with %1% confidence: please check it.").arg(qRound(confidence * 100));
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString value = part.trimmed();
        if (!value.isEmpty())
            out.append(value);
    }
    return out;
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed);
    table->setMinimumHeight(110);
    return table;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void setRow(QTableWidget *table, int row, const QStringList &cells, double confidence)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (confidence > 0 && confidence < kLowConfidence) {
            item->setBackground(QColor(0xff, 0xf1, 0xc9));
            item->setToolTip(confidenceText(confidence));
        }
        table->setItem(row, c, item);
    }
}

QWidget *tableWithButtons(const QString &title, QTableWidget *table, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
    auto *add = new QPushButton(QObject::tr("Add Row"), box);
    auto *remove = new QPushButton(QObject::tr("Remove Row"), box);
    header->addWidget(label);
    header->addStretch();
    header->addWidget(add);
    header->addWidget(remove);
    layout->addLayout(header);
    layout->addWidget(table);
    QObject::connect(add, &QPushButton::clicked, table, [table] {
        table->insertRow(table->rowCount());
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    return box;
}

} // namespace

ResumeReviewForm::ResumeReviewForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);
    m_first = addLine(tr("First name"), 0, 0);
    m_last = addLine(tr("Last name"), 0, 2);
    m_emails = addLine(tr("E-mail"), 1, 0);
    m_phones = addLine(tr("Phone"), 1, 2);
    m_city = addLine(tr("City"), 2, 0);
    m_country = addLine(tr("Country"), 2, 2);
    m_title = addLine(tr("Current title"), 3, 0);
    m_company = addLine(tr("Employer"), 3, 2);
    m_links = addLine(tr("Links"), 4, 0);
    m_years = addLine(tr("Years of exp."), 4, 2);
    const QList<std::pair<QLineEdit *, const char *>> names = {
        {m_first, "reviewFirstName"}, {m_last, "reviewLastName"}, {m_emails, "reviewEmails"}, {m_phones, "reviewPhones"},
        {m_city, "reviewCity"},       {m_country, "reviewCountry"}, {m_title, "reviewTitle"}, {m_company, "reviewCompany"},
        {m_links, "reviewLinks"},     {m_years, "reviewYears"}};
    for (const auto &[edit, name] : names)
        edit->setObjectName(QString::fromLatin1(name));
    m_skills = new QLineEdit(this);
    m_skills->setObjectName(QStringLiteral("reviewSkills"));
    grid->addWidget(new QLabel(tr("Skills"), this), 5, 0);
    grid->addWidget(m_skills, 5, 1, 1, 3);
    connect(m_skills, &QLineEdit::textEdited, this, &ResumeReviewForm::edited);
    m_emails->setPlaceholderText(tr("several: separate with commas"));
    m_phones->setPlaceholderText(tr("with country code, e.g. +1 415 555 0100"));
    m_links->setPlaceholderText(tr("LinkedIn, GitHub, website; comma separated"));
    m_skills->setPlaceholderText(tr("comma separated"));

    m_work = makeTable({tr("Employer"), tr("Title"), tr("From"), tr("To")}, this);
    m_education = makeTable({tr("Institution"), tr("Degree"), tr("Field"), tr("Year")}, this);
    m_work->horizontalHeader()->resizeSection(0, 180);
    m_work->horizontalHeader()->resizeSection(1, 200);
    m_education->horizontalHeader()->resizeSection(0, 200);
    m_education->horizontalHeader()->resizeSection(1, 150);
    layout->addWidget(tableWithButtons(tr("Work history"), m_work, this), 3);
    layout->addWidget(tableWithButtons(tr("Education"), m_education, this), 2);
    connect(m_work, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit edited();
    });
    connect(m_education, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit edited();
    });
}

QLineEdit *ResumeReviewForm::addLine(const QString &label, int row, int column)
{
    auto *grid = static_cast<QGridLayout *>(static_cast<QVBoxLayout *>(layout())->itemAt(0)->layout());
    auto *edit = new QLineEdit(this);
    grid->addWidget(new QLabel(label, this), row, column);
    grid->addWidget(edit, row, column + 1);
    connect(edit, &QLineEdit::textEdited, this, [this, edit] {
        // Edited by hand: no longer a guess.
        edit->setProperty(uncertainProperty, false);
        edit->setStyleSheet(QString());
        edit->setToolTip(QString());
        emit edited();
    });
    return edit;
}

void ResumeReviewForm::showField(QLineEdit *edit, const ParsedField &field)
{
    edit->setText(field.value);
    const bool uncertain = !field.value.isEmpty() && field.confidence < kLowConfidence;
    edit->setProperty(uncertainProperty, uncertain);
    edit->setStyleSheet(uncertain ? QStringLiteral("QLineEdit { background: #fff1c9; }") : QString());
    edit->setToolTip(uncertain ? plainToolTip(confidenceText(field.confidence)) : QString());
}

void ResumeReviewForm::showList(QLineEdit *edit, const QList<ParsedField> &fields)
{
    QStringList values;
    double lowest = 1.0;
    for (const ParsedField &f : fields) {
        values.append(f.value);
        lowest = std::min(lowest, f.confidence);
    }
    showField(edit, ParsedField{values.join(QStringLiteral(", ")), fields.isEmpty() ? 1.0 : lowest});
}

void ResumeReviewForm::setFields(const ParsedResume &fields)
{
    m_filling = true;
    m_original = fields;
    showField(m_first, fields.firstName);
    showField(m_last, fields.lastName);
    showList(m_emails, fields.emails);
    showList(m_phones, fields.phones);
    showField(m_city, fields.city);
    showField(m_country, fields.country);
    showField(m_title, fields.currentTitle);
    showField(m_company, fields.currentCompany);
    QList<ParsedField> links;
    for (const ParsedLink &link : fields.links)
        links.append(ParsedField{link.url, link.confidence});
    showList(m_links, links);
    showField(m_years, ParsedField{fields.yearsExperience ? QString::number(*fields.yearsExperience, 'g', 3) : QString(),
                                   fields.yearsConfidence});
    showList(m_skills, fields.skills);
    fillWork(fields.work);
    fillEducation(fields.education);
    m_filling = false;
}

void ResumeReviewForm::fillWork(const QList<ParsedWork> &work)
{
    m_work->setRowCount(int(work.size()));
    for (int row = 0; row < work.size(); ++row) {
        const ParsedWork &w = work[row];
        setRow(m_work, row, {w.employer, w.title, w.startMonth, w.isCurrent ? tr("present") : w.endMonth}, w.confidence);
    }
}

void ResumeReviewForm::fillEducation(const QList<ParsedEducation> &education)
{
    m_education->setRowCount(int(education.size()));
    for (int row = 0; row < education.size(); ++row) {
        const ParsedEducation &e = education[row];
        setRow(m_education, row,
               {e.institution, e.degree, e.field, e.endYear ? QString::number(*e.endYear) : QString()}, e.confidence);
    }
}

ParsedField ResumeReviewForm::fieldOf(QLineEdit *edit, const ParsedField &original) const
{
    const QString value = edit->text().simplified();
    return ParsedField{value, value == original.value ? original.confidence : 1.0};
}

QList<ParsedField> ResumeReviewForm::listOf(QLineEdit *edit, const QList<ParsedField> &original) const
{
    QList<ParsedField> out;
    for (const QString &value : splitList(edit->text())) {
        double confidence = 1.0;
        for (const ParsedField &f : original) {
            if (f.value == value)
                confidence = f.confidence;
        }
        out.append(ParsedField{value, confidence});
    }
    return out;
}

ParsedResume ResumeReviewForm::fields() const
{
    ParsedResume r = m_original;
    r.firstName = fieldOf(m_first, m_original.firstName);
    r.lastName = fieldOf(m_last, m_original.lastName);
    r.emails = listOf(m_emails, m_original.emails);
    r.phones = listOf(m_phones, m_original.phones);
    r.city = fieldOf(m_city, m_original.city);
    r.country = fieldOf(m_country, m_original.country);
    r.currentTitle = fieldOf(m_title, m_original.currentTitle);
    r.currentCompany = fieldOf(m_company, m_original.currentCompany);
    r.links.clear();
    for (const QString &url : splitList(m_links->text())) {
        ParsedLink link{QStringLiteral("website"), url, 1.0};
        for (const ParsedLink &o : m_original.links) {
            if (o.url == url)
                link = o;
        }
        if (link.kind == QLatin1String("website")) {
            if (url.contains(QLatin1String("linkedin.com"), Qt::CaseInsensitive))
                link.kind = QStringLiteral("linkedin");
            else if (url.contains(QLatin1String("github.com"), Qt::CaseInsensitive))
                link.kind = QStringLiteral("github");
        }
        r.links.append(link);
    }
    bool ok = false;
    const double years = m_years->text().trimmed().toDouble(&ok);
    r.yearsExperience = ok ? std::optional<double>(years) : std::nullopt;
    r.skills = listOf(m_skills, m_original.skills);
    r.work.clear();
    for (int row = 0; row < m_work->rowCount(); ++row) {
        ParsedWork w;
        w.employer = cellText(m_work, row, 0);
        w.title = cellText(m_work, row, 1);
        w.startMonth = cellText(m_work, row, 2);
        const QString end = cellText(m_work, row, 3);
        w.isCurrent = end.compare(tr("present"), Qt::CaseInsensitive) == 0;
        w.endMonth = w.isCurrent ? QString() : end;
        w.confidence = row < m_original.work.size() ? m_original.work[row].confidence : 1.0;
        if (!w.employer.isEmpty() || !w.title.isEmpty())
            r.work.append(w);
    }
    r.education.clear();
    for (int row = 0; row < m_education->rowCount(); ++row) {
        ParsedEducation e;
        e.institution = cellText(m_education, row, 0);
        e.degree = cellText(m_education, row, 1);
        e.field = cellText(m_education, row, 2);
        bool yearOk = false;
        const int year = cellText(m_education, row, 3).toInt(&yearOk);
        if (yearOk)
            e.endYear = year;
        if (row < m_original.education.size())
            e.startYear = m_original.education[row].startYear;
        e.confidence = row < m_original.education.size() ? m_original.education[row].confidence : 1.0;
        if (!e.institution.isEmpty() || !e.degree.isEmpty())
            r.education.append(e);
    }
    return r;
}

int ResumeReviewForm::uncertainCount() const
{
    int count = 0;
    for (QLineEdit *edit : {m_first, m_last, m_emails, m_phones, m_city, m_country, m_title, m_company, m_links,
                            m_years, m_skills}) {
        if (edit->property(uncertainProperty).toBool())
            ++count;
    }
    return count;
}

} // namespace Tandem::Ui
