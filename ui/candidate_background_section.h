#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Tandem::Ui {

class Session;

// The profile's "where they have been": other e-mails, phones and links, work history and
// education (from resume imports or typed in), read from CandidateProfileStore. Sections
// without entries are hidden; everything is plain, selectable text.
class CandidateBackgroundSection : public QWidget
{
    Q_OBJECT

public:
    explicit CandidateBackgroundSection(Session &session, QWidget *parent = nullptr);

    void showCandidate(qint64 candidateId);
    // Lines shown, for tests: "contacts", "work", "education" → entries as text.
    QStringList entries(const QString &section) const;

private:
    QWidget *section(const QString &title, QVBoxLayout **body);
    static void clear(QVBoxLayout *layout);
    void addEntry(QVBoxLayout *layout, const QString &main, const QString &detail);

    Session &m_session;
    // Owned through the Qt parent chain.
    QWidget *m_contactsBox = nullptr;
    QWidget *m_workBox = nullptr;
    QWidget *m_educationBox = nullptr;
    QVBoxLayout *m_contacts = nullptr;
    QVBoxLayout *m_work = nullptr;
    QVBoxLayout *m_education = nullptr;
};

} // namespace Tandem::Ui
