#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Tandem::Ui {

class Session;

// The consent part of a candidate's overview: whether Tandem holds a standing lawful basis
// for keeping and contacting the person (the board flags cards without one), with Record…
// and Withdraw… through ConsentService.
class ConsentSection : public QWidget
{
    Q_OBJECT
public:
    explicit ConsentSection(Session &session, QWidget *parent = nullptr);

    void showCandidate(qint64 candidateId);
    QString statusText() const;
    // Stores a record; false (with a message box) when refused.
    bool record(const QString &basis, const QDateTime &givenAt, const QString &source, const QString &textVersion);
    bool withdrawStanding();

signals:
    void changed();

private:
    void askAndRecord();
    void reload();

    Session &m_session;
    qint64 m_candidateId = 0;
    qint64 m_standingId = 0;
    QLabel *m_status = nullptr;        // owned by this widget (Qt parent)
    QPushButton *m_record = nullptr;   // owned by this widget (Qt parent)
    QPushButton *m_withdraw = nullptr; // owned by this widget (Qt parent)
};

} // namespace Tandem::Ui
