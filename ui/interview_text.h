#pragma once

#include <core/domain/interview.h>

#include <QString>

namespace Tandem::Ui {

// How interview times read in the interview screens: in the computer's own zone, with the
// zone's abbreviation, and also in the zone the interview was planned in when that differs.
QString interviewWhenText(const Interview &interview);
QString interviewWhenText(const QDateTime &startUtc, int minutes, const QString &plannedZone);
// "Ada Lovelace already has “Technical interview” with Linus Tester on 4 Mar 2031, 09:00–10:00
// (Europe/Berlin)", told in the zone the planner is working in.
QString conflictText(const InterviewConflict &conflict, const QString &zone);
// The locale's short time and date-time formats without seconds: interviews start on minutes.
QString clockFormat();
QString dateClockFormat();
// Wall-clock date and time in the IANA zone (UTC when the zone is unknown).
QDateTime inZone(const QDateTime &time, const QString &zone);

} // namespace Tandem::Ui
