#pragma once

#include <core/common/error.h>
#include <core/domain/interview.h>
#include <core/records/actor.h>

#include <QList>

namespace Tandem {

class Database;

// Scorecards: each requisition's rated attributes (a default set is created the first time a
// requisition's list is read) and the interviewers' cards for an application, with a 1-4
// rating per attribute, an overall recommendation and notes.
//
// A card is a draft until submitted; anyone may fill a draft (a recruiter typing up paper
// feedback), but a submitted card belongs to its interviewer: only they may amend it, and
// only with the version they saw. Submitting leaves a `scorecard` activity on the timeline.
// Lives on its connection's thread; every change is audited in its transaction. Errors come
// back as Result (Invalid names the rule, Conflict a stale version).
class ScorecardService
{
public:
    ScorecardService(Database &db, Actor actor);

    // The default attribute names used for a requisition without a list of its own.
    static QStringList defaultAttributeNames();

    Result<QList<ScorecardAttribute>> attributes(qint64 requisitionId);
    Result<ScorecardAttribute> addAttribute(qint64 requisitionId, const QString &name,
                                            const QString &description = {});
    Result<ScorecardAttribute> renameAttribute(qint64 attributeId, const QString &name,
                                               const QString &description);
    // Moves the attribute to `index` in its requisition's list (clamped to the list).
    Result<QList<ScorecardAttribute>> moveAttribute(qint64 attributeId, int index);
    // Refused while a card rates the attribute: removing it would silently drop those ratings.
    Status removeAttribute(qint64 attributeId);

    // The stored card of this interviewer for this interview (interviewId 0: the application
    // as a whole), or a blank draft (id 0) to fill.
    Result<Scorecard> cardFor(qint64 applicationId, qint64 interviewId, qint64 interviewerId);
    Result<Scorecard> saveDraft(const Scorecard &card);
    // Stores and submits the card: every attribute rated and a recommendation chosen.
    Result<Scorecard> submit(const Scorecard &card);
    Result<Scorecard> get(qint64 id);
    Result<QList<Scorecard>> forApplication(qint64 applicationId);
    // The application's cards beside each other (submitted ones first, then drafts).
    Result<ScorecardMatrix> matrix(qint64 applicationId);

private:
    Result<Scorecard> store(const Scorecard &card, bool submitting);
    Result<qint64> requisitionOf(qint64 applicationId);
    Result<ScorecardAttribute> attribute(qint64 id);
    Status createDefaults(qint64 requisitionId);
    Status addActivity(const Scorecard &card);

    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
