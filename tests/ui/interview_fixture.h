#pragma once

// Shared by the interview, scorecard and team GUI tests: a session on a fresh database with
// two interviewers, an open requisition and a candidate who applied to it.
#include "ui_test_support.h"

#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/interview_service.h>
#include <core/records/requisition_service.h>
#include <core/records/user_directory.h>
#include <ui/session.h>

#include <QDir>
#include <QTimeZone>
#include <QWidget>

#include <gtest/gtest.h>
#include <support/test_database.h>

namespace Tandem::Testing {

class InterviewUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        isolateSettings();
        auto opened = Ui::Session::open(database.path());
        ASSERT_TRUE(opened) << opened.error().text().toStdString();
        session = std::move(*opened);
        ada = person(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        grace = person(QStringLiteral("Grace Hopper"), QStringLiteral("grace@example.com"));
        RequisitionService reqs(db(), session->actor());
        Requisition r;
        r.title = QStringLiteral("Compiler Engineer");
        auto created = reqs.create(r);
        ASSERT_TRUE(created);
        requisition = *reqs.setStatus(created->id, created->version, RequisitionStatus::Open);
        Candidate c;
        c.firstName = QStringLiteral("Linus");
        c.lastName = QStringLiteral("Tester");
        c.email = QStringLiteral("linus@example.org");
        candidate = *CandidateService(db(), session->actor()).create(c);
        app = *ApplicationService(db(), session->actor()).apply(candidate.id, requisition.id, QString());
    }

    Database &db() { return session->db(); }

    User person(const QString &name, const QString &email)
    {
        User u;
        u.name = name;
        u.email = email;
        u.role = QStringLiteral("interviewer");
        auto created = UserDirectory(db()).create(u, session->actor());
        EXPECT_TRUE(created);
        return created ? *created : User {};
    }

    // Wall-clock time in Berlin on a fixed day well in the future.
    static QDateTime berlin(int hour, int minute = 0, int day = 4)
    {
        return QDateTime(QDate(2031, 3, day), QTime(hour, minute), QTimeZone("Europe/Berlin"));
    }

    Interview schedule(const QString &title, const QDateTime &start, int minutes, const QList<qint64> &people,
                       qint64 applicationId = 0)
    {
        Interview i;
        i.applicationId = applicationId ? applicationId : app.id;
        i.title = title;
        i.startsAt = start.toUTC();
        i.durationMinutes = minutes;
        i.timeZone = QStringLiteral("Europe/Berlin");
        i.interviewerIds = people;
        auto stored = InterviewService(db(), session->actor()).schedule(i);
        EXPECT_TRUE(stored) << stored.error().text().toStdString();
        return stored ? *stored : Interview {};
    }

    static void screenshot(QWidget &widget, const QString &name)
    {
        settle(100);
        const QString path = QDir(testOutputDir()).filePath(name);
        EXPECT_TRUE(widget.grab().save(path)) << path.toStdString();
    }

    TestDatabase database;
    std::unique_ptr<Ui::Session> session;
    User ada, grace;
    Requisition requisition;
    Candidate candidate;
    Application app;
};

} // namespace Tandem::Testing
