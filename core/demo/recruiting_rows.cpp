// The recruiting detail of a demo agency: what issue 4's screens show. Interviews for every
// application that reached the interview stage (completed, with one scorecard per interviewer,
// or upcoming while the candidate waits in that stage), offers for the offer stage (sent) and
// for hires (accepted) or late withdrawals (declined), consent for most candidates, tags on a
// few. Everything derives from the plan and the seed, like the rest of the demo.
#include "demo_writer.h"

#include "demo_time.h"
#include "prng.h"
#include "row_inserter.h"

#include <core/storage/database.h>

#include <QDateTime>

#include <algorithm>
#include <array>

namespace Tandem::Demo {

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

const std::array<const char *, 4> kAttributes = {"Technical skills", "Problem solving", "Communication",
                                                 "Motivation for the role"};
const std::array<const char *, 8> kTags = {"referral", "relocating", "returner", "needs visa sponsorship",
                                           "part-time only", "alumni", "hot", "open to contract"};
const std::array<const char *, 4> kRecommendations = {"strong_no", "no", "yes", "strong_yes"};

int stageOfKind(const PipelineShape &pipeline, const QString &kind, bool last)
{
    int found = -1;
    for (int i = 0; i < int(pipeline.stages.size()); ++i) {
        if (pipeline.stages.at(i).kind == kind) {
            found = i;
            if (!last)
                break;
        }
    }
    return found;
}

// The next working hour at least `after` from `from`: interviews sit on weekdays, 9 to 16 UTC.
qint64 workingSlot(qint64 from, qint64 after, Prng &rng)
{
    qint64 t = from + after;
    t -= t % kHourMs;
    for (int guard = 0; guard < 14 * 24; ++guard, t += kHourMs) {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
        if (time.date().dayOfWeek() <= 5 && time.time().hour() >= 9 && time.time().hour() <= 16)
            break;
    }
    return t + qint64(rng.below(2)) * 30 * 60 * 1000;
}

Result<qint64> nextId(Database &db, const char *table)
{
    auto max = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM %1").arg(QLatin1String(table)));
    if (!max)
        return std::unexpected(max.error());
    return max->toLongLong();
}

} // namespace

Status DemoWriter::writeRecruiting()
{
    const PipelineShape &pipeline = m_plan.pipeline;
    const int interviewStage = stageOfKind(pipeline, QStringLiteral("interview"), true);
    const int offerStage = stageOfKind(pipeline, QStringLiteral("offer"), false);
    if (interviewStage < 0 || m_plan.interviewers.isEmpty())
        return {}; // an edited template without an interview step: nothing to interview for

    qint64 ids[5] = {};
    const char *tables[5] = {"interviews", "scorecards", "offers", "consents", "scorecard_attributes"};
    for (int t = 0; t < 5; ++t) {
        auto id = nextId(m_db, tables[t]);
        if (!id)
            return std::unexpected(id.error());
        ids[t] = *id;
    }
    auto [interviewId, scorecardId, offerId, consentId, attributeBase] = ids;

    auto interviews = RowInserter::prepare(
        m_db, "INSERT INTO interviews (id, uuid, application_id, title, starts_at, duration_minutes, time_zone, location, "
              "video_url, status, organizer_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto participants = RowInserter::prepare(m_db, "INSERT INTO interview_participants (interview_id, user_id) VALUES (?, ?)");
    auto attributes = RowInserter::prepare(
        m_db, "INSERT INTO scorecard_attributes (id, uuid, requisition_id, position, name) VALUES (?, ?, ?, ?, ?)");
    auto scorecards = RowInserter::prepare(
        m_db, "INSERT INTO scorecards (id, uuid, application_id, interview_id, interviewer_id, recommendation, notes, "
              "submitted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto ratings = RowInserter::prepare(m_db, "INSERT INTO scorecard_ratings (scorecard_id, attribute_id, rating) VALUES (?, ?, ?)");
    auto offers = RowInserter::prepare(
        m_db, "INSERT INTO offers (id, uuid, application_id, salary, salary_currency, salary_period, start_date, terms, "
              "status, approved_at, approved_by, sent_at, responded_at, response_note, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, 'year', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (auto *inserter : {&interviews, &participants, &attributes, &scorecards, &ratings, &offers}) {
        if (!*inserter)
            return std::unexpected(inserter->error());
    }
    UuidSequence uuids(Prng::stream(m_seed ^ quint64(m_ids.candidate), RecruitingStream, 0), 0);
    auto nextUuid = [&]() -> std::string_view {
        m_uuidText = uuids.next();
        return std::string_view(m_uuidText.data(), m_uuidText.size());
    };

    for (int r = 0; r < int(m_plan.requisitions.size()); ++r) {
        for (int k = 0; k < int(kAttributes.size()); ++k) {
            attributes->bind(attributeBase + qint64(r) * qint64(kAttributes.size()) + k).bindAscii(nextUuid());
            if (auto ok = attributes->bind(m_ids.requisition + r).bind(k).bind(QString::fromLatin1(kAttributes[k])).insert(); !ok)
                return ok;
        }
    }

    for (int i = 0; i < int(m_plan.applications.size()); ++i) {
        const PlannedApplication &a = m_plan.applications.at(i);
        if (a.currentStage < interviewStage || a.entryStage > interviewStage)
            continue;
        Prng rng = Prng::stream(m_seed, RecruitingStream, quint64(i) + 1);
        const auto moves = m_plan.movesOf(a);
        const qint64 applicationId = m_ids.application + i;
        const PlannedRequisition &req = m_plan.requisitions.at(a.requisition);
        const bool waiting = a.status == ApplicationStatus::Active && a.currentStage == interviewStage;
        const qint64 entered = moves[size_t(interviewStage - a.entryStage)];
        const qint64 starts = waiting ? workingSlot(m_plan.now, kDayMs * rng.between(1, 8), rng)
                                      : workingSlot(entered, kDayMs * rng.between(1, 4), rng);
        const int organizer = m_plan.recruiters.at(req.recruiter % m_plan.recruiters.size());
        const bool video = rng.chance(0.6);
        interviews->bind(interviewId).bindAscii(nextUuid()).bind(applicationId);
        interviews->bind(QObject::tr("Interview")).bindTime(starts).bind(rng.chance(0.3) ? 90 : 60).bind(QStringLiteral("UTC"));
        interviews->bind(video ? QString() : QStringLiteral("Office, meeting room %1").arg(rng.between(1, 6)));
        interviews->bind(video ? QStringLiteral("https://meet.example.com/%1").arg(interviewId) : QString());
        interviews->bind(QString::fromLatin1(waiting ? "scheduled" : "completed")).bind(userId(organizer));
        interviews->bindTime(entered).bindTime(waiting ? entered : starts);
        if (auto ok = interviews->insert(); !ok)
            return ok;
        ++m_counts.interviews;

        const int panel = rng.chance(0.5) ? 2 : 1;
        const int first = int(rng.below(quint32(m_plan.interviewers.size())));
        for (int p = 0; p < panel && p < m_plan.interviewers.size(); ++p) {
            const qint64 interviewer = userId(m_plan.interviewers.at((first + p) % m_plan.interviewers.size()));
            if (auto ok = participants->bind(interviewId).bind(interviewer).insert(); !ok)
                return ok;
            if (waiting)
                continue;
            // Stronger cards for those who went on; weaker for those who stopped here.
            const bool wentOn = a.currentStage > interviewStage || a.status == ApplicationStatus::Hired;
            const int base = wentOn ? 3 : 2;
            std::array<int, kAttributes.size()> given {};
            int total = 0;
            for (int &rating : given) {
                rating = std::clamp(base + int(rng.below(3)) - 1, 1, 4);
                total += rating;
            }
            const qint64 card = scorecardId++;
            const int recommendation = std::clamp((total + 1) / int(kAttributes.size()) - 1 + int(rng.below(2)), 0, 3);
            const qint64 submitted = starts + kHourMs * rng.between(2, 30);
            scorecards->bind(card).bindAscii(nextUuid()).bind(applicationId).bind(interviewId).bind(interviewer);
            scorecards->bind(QString::fromLatin1(kRecommendations[size_t(recommendation)]))
                .bind(wentOn ? QStringLiteral("Clear examples; would like to work with them.")
                             : QStringLiteral("Some gaps against the must-haves."));
            scorecards->bindTime(submitted).bindTime(starts).bindTime(submitted);
            if (auto ok = scorecards->insert(); !ok)
                return ok;
            for (int k = 0; k < int(given.size()); ++k) {
                const qint64 attribute = attributeBase + qint64(a.requisition) * qint64(kAttributes.size()) + k;
                if (auto ok = ratings->bind(card).bind(attribute).bind(given[size_t(k)]).insert(); !ok)
                    return ok;
            }
            ++m_counts.scorecards;
        }
        ++interviewId;

        if (offerStage < 0 || a.currentStage < offerStage)
            continue;
        const qint64 offered = moves[size_t(offerStage - a.entryStage)];
        const bool accepted = a.status == ApplicationStatus::Hired;
        const bool declined = a.status == ApplicationStatus::Withdrawn;
        const char *status = accepted ? "accepted" : declined ? "declined" : a.status == ApplicationStatus::Active ? "sent" : "withdrawn";
        const qint64 salary = (qint64(req.salaryMin) + qint64(req.salaryMax)) / 2;
        const qint64 responded = accepted || declined ? qMax(offered + kDayMs * 3, a.disposedAt) : 0;
        offers->bind(offerId++).bindAscii(nextUuid()).bind(applicationId).bind(salary > 0 ? salary : 60000).bind(QStringLiteral("EUR"));
        offers->bind(QDateTime::fromMSecsSinceEpoch(offered + kDayMs * 30, Qt::UTC).date().toString(Qt::ISODate));
        offers->bind(QStringLiteral("30 days of paid leave, pension plan, hybrid working.")).bind(QString::fromLatin1(status));
        offers->bindTime(offered + kHourMs * 4).bindIdOrNull(userId(organizer)).bindTime(offered + kDayMs);
        offers->bindTimeOrNull(responded).bind(declined ? a.reason : QString()).bindTime(offered);
        offers->bindTime(responded ? responded : offered + kDayMs);
        if (auto ok = offers->insert(); !ok)
            return ok;
        ++m_counts.offers;
    }

    // Consent for most people (the rest show the "consent missing" flag), tags on a few.
    auto consents = RowInserter::prepare(m_db, "INSERT INTO consents (id, uuid, candidate_id, basis, given_at, source, "
                                               "text_version, created_at) VALUES (?, ?, ?, ?, ?, ?, 'privacy-2025-01', ?)");
    auto tagRows = RowInserter::prepare(m_db, "INSERT INTO tags (name) SELECT ? WHERE NOT EXISTS (SELECT 1 FROM tags WHERE name = ?)");
    auto candidateTags = RowInserter::prepare(
        m_db, "INSERT OR IGNORE INTO candidate_tags (candidate_id, tag_id) SELECT ?, id FROM tags WHERE name = ?");
    for (auto *inserter : {&consents, &tagRows, &candidateTags}) {
        if (!*inserter)
            return std::unexpected(inserter->error());
    }
    for (const char *tag : kTags) {
        if (auto ok = tagRows->bind(QString::fromLatin1(tag)).bind(QString::fromLatin1(tag)).insert(); !ok)
            return ok;
    }
    for (int c = 0; c < int(m_plan.candidates.size()); ++c) {
        Prng rng = Prng::stream(m_seed, RecruitingStream, quint64(m_plan.applications.size()) + quint64(c) + 1);
        const PlannedCandidate &candidate = m_plan.candidates.at(c);
        const double roll = rng.unit();
        if (roll < 0.85) {
            consents->bind(consentId++).bindAscii(nextUuid()).bind(m_ids.candidate + c);
            consents->bind(QString::fromLatin1(roll < 0.7 ? "consent" : "legitimate_interest")).bindTime(candidate.createdAt);
            consents->bind(QStringLiteral("Demo import")).bindTime(candidate.createdAt);
            if (auto ok = consents->insert(); !ok)
                return ok;
            ++m_counts.consents;
        }
        if (rng.chance(0.08)) {
            const int count = rng.chance(0.3) ? 2 : 1;
            for (int t = 0; t < count; ++t) {
                const QString tag = QString::fromLatin1(kTags[rng.below(quint32(kTags.size()))]);
                if (auto ok = candidateTags->bind(m_ids.candidate + c).bind(tag).insert(); !ok)
                    return ok;
                ++m_counts.tags;
            }
        }
        ++m_counts.recruitingCandidates;
        if (auto ok = tick(); !ok)
            return ok;
    }
    return {};
}

} // namespace Tandem::Demo
