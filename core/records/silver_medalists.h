#pragma once

#include <core/common/error.h>
#include <core/domain/records.h>
#include <core/records/actor.h>

#include <QList>

namespace Tandem {

class Database;

// Which stages make a rejected or withdrawn applicant a "silver medalist".
enum class SilverMedalistRule {
    Off,            // nobody is added
    AnyInterview,   // reached any stage of kind interview, or later (offer, hired)
    FinalInterview, // the default: reached the last interview stage, or an offer stage
    Offer,          // reached an offer stage (or hired)
};

// The silver-medalist hand-off from the ATS to the CRM: when an application that reached a
// late stage is rejected or withdrawn, the candidate joins the talent pool "Silver medalists"
// (created on demand) with a note naming the requisition and the stage reached.
//
// The rule is the agency setting `silver_medalists.rule` (values "off", "interview",
// "final_interview", "offer"; default "final_interview"). "Reached" means the application's
// stage history ever entered such a stage. Runs inside the caller's transaction (the
// disposition), so the membership commits with it. Thread: the connection's. Errors: Result.
class SilverMedalists
{
public:
    static const QString settingKey;
    static const QString poolName; // stored data, so not translated

    SilverMedalists(Database &db, Actor actor);

    Result<SilverMedalistRule> rule();
    Status setRule(SilverMedalistRule rule);
    static QString key(SilverMedalistRule rule);
    static QString label(SilverMedalistRule rule);
    static QList<SilverMedalistRule> rules();

    // The requisition's stages that count as late under `rule`, in pipeline order.
    Result<QList<Stage>> lateStages(qint64 requisitionId, SilverMedalistRule rule);
    // Adds the application's candidate to the pool when it reached a late stage; true when added.
    Result<bool> handOff(const Application &application);

private:
    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
