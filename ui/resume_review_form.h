#pragma once

#include <core/intake/parsed_resume.h>

#include <QWidget>

class QLineEdit;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;

namespace Tandem::Ui {

// The fields the parser read from one resume, editable before anything is stored. A field
// read with little confidence (below kLowConfidence) is tinted and says so in its tooltip,
// so the recruiter checks those first; a field the user edits counts as certain.
// Work history and education are tables whose rows can be edited, added and removed.
class ResumeReviewForm : public QWidget
{
    Q_OBJECT

public:
    explicit ResumeReviewForm(QWidget *parent = nullptr);

    void setFields(const ParsedResume &fields);
    ParsedResume fields() const;
    // How many shown fields are tinted as uncertain.
    int uncertainCount() const;

signals:
    void edited();

private:
    QLineEdit *addLine(const QString &label, int row, int column);
    void showField(QLineEdit *edit, const ParsedField &field);
    void showList(QLineEdit *edit, const QList<ParsedField> &fields);
    ParsedField fieldOf(QLineEdit *edit, const ParsedField &original) const;
    QList<ParsedField> listOf(QLineEdit *edit, const QList<ParsedField> &original) const;
    void fillWork(const QList<ParsedWork> &work);
    void fillEducation(const QList<ParsedEducation> &education);

    ParsedResume m_original;
    // Owned through the Qt parent chain.
    QLineEdit *m_first = nullptr;
    QLineEdit *m_last = nullptr;
    QLineEdit *m_emails = nullptr;
    QLineEdit *m_phones = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_links = nullptr;
    QLineEdit *m_years = nullptr;
    QLineEdit *m_skills = nullptr;
    QTableWidget *m_work = nullptr;
    QTableWidget *m_education = nullptr;
    bool m_filling = false;
};

} // namespace Tandem::Ui
