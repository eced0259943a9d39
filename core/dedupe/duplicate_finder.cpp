#include "duplicate_finder.h"

#include "name_matching.h"

#include <core/audit/audit_log.h>
#include <core/common/ids.h>
#include <core/contacts/contact_normalization.h>
#include <core/records/audited.h>
#include <core/records/settings_store.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <unordered_map>

namespace Tandem {

namespace Dedupe {

// What the finder compares of one person, folded once.
struct Person
{
    QString first;
    QString last;
    QString company; // folded
    QString city; // folded
    QString companyShown;
    QString cityShown;
    QString name; // as shown
};

using Groups = QHash<QString, QList<qint64>>;

struct CandidateIndex
{
    QString region;
    std::unordered_map<qint64, Person> people; // live candidates only
    Groups byEmail, byPhone, byProfile, byName;
    QSet<QPair<qint64, qint64>> dismissed;
    qint64 maxCandidateId = 0;
    qint64 maxContactId = 0;
};

} // namespace Dedupe

namespace {

using Dedupe::CandidateIndex;
using Dedupe::Groups;
using Dedupe::Person;

QString tr(const char *text)
{
    return QCoreApplication::translate("Tandem::DuplicateFinder", text);
}

// Why two records look alike; turned into a score and reasons at the end.
struct Evidence
{
    QString email;
    QString phone;
    bool profile = false;
    double nameSimilarity = 0;
    bool company = false;
    bool city = false;
};

constexpr double kNameThreshold = 0.88;

Person personFrom(const QString &first, const QString &last, const QString &company, const QString &city)
{
    Person p;
    p.first = Dedupe::foldText(first);
    p.last = Dedupe::foldLastName(last);
    p.company = Dedupe::foldText(company);
    p.city = Dedupe::foldText(city);
    p.companyShown = company.trimmed();
    p.cityShown = city.trimmed();
    p.name = (first.trimmed() + QLatin1Char(' ') + last.trimmed()).trimmed();
    return p;
}

void compareNames(const Person &a, const Person &b, Evidence &e)
{
    if ((a.first.isEmpty() && a.last.isEmpty()) || (b.first.isEmpty() && b.last.isEmpty()))
        return;
    e.nameSimilarity = Dedupe::personNameSimilarity(a.first, a.last, b.first, b.last);
    e.company = !a.company.isEmpty() && a.company == b.company;
    e.city = !a.city.isEmpty() && a.city == b.city;
}

bool namesCount(const Evidence &e)
{
    return e.nameSimilarity >= kNameThreshold && (e.company || e.city);
}

double scoreOf(const Evidence &e)
{
    double miss = 1.0; // the chance, as the rules see it, that these are different people
    if (!e.email.isEmpty())
        miss *= 1.0 - 0.95;
    if (e.profile)
        miss *= 1.0 - 0.95;
    if (!e.phone.isEmpty())
        miss *= 1.0 - 0.85;
    if (namesCount(e)) {
        const double t = (e.nameSimilarity - kNameThreshold) / (1.0 - kNameThreshold);
        const double s = e.company ? 0.55 + 0.25 * t + (e.city ? 0.10 : 0.0) : 0.45 + 0.25 * t;
        miss *= 1.0 - s;
    }
    return 1.0 - miss;
}

QStringList reasonsOf(const Evidence &e, const Person &other)
{
    QStringList reasons;
    if (!e.email.isEmpty())
        reasons << tr("same e-mail %1").arg(e.email);
    if (!e.phone.isEmpty())
        reasons << tr("same phone %1").arg(e.phone);
    if (e.profile)
        reasons << tr("same LinkedIn profile");
    if (namesCount(e)) {
        const QString sim = QString::number(e.nameSimilarity, 'f', 2);
        if (e.company && e.city)
            reasons << tr("similar name (%1), same employer %2 and same city %3")
                           .arg(sim, other.companyShown, other.cityShown);
        else if (e.company)
            reasons << tr("similar name (%1) and same employer %2").arg(sim, other.companyShown);
        else
            reasons << tr("similar name (%1) and same city %2").arg(sim, other.cityShown);
    }
    return reasons;
}

void addTo(Groups &groups, const QString &key, qint64 id)
{
    if (key.isEmpty())
        return;
    QList<qint64> &ids = groups[key];
    if (!ids.contains(id))
        ids.append(id);
}

// The E.164 form of a phone number. A number written with its "+country code" is read by
// keeping its digits (what libphonenumber's E.164 is for such a number), which is ~50 times
// faster and matters at 100,000 candidates; anything else goes through libphonenumber.
QString phoneKey(const QString &text, const QString &region)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.startsWith(QLatin1Char('+')) && !trimmed.contains(QStringLiteral("(0)"))) {
        QString digits = QStringLiteral("+");
        bool plain = true;
        for (qsizetype i = 1; i < trimmed.size() && plain; ++i) {
            const QChar c = trimmed.at(i);
            if (c.isDigit() && c.unicode() < 128)
                digits += c;
            else
                plain = c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.')
                    || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('/');
        }
        if (plain && digits.size() >= 8 && digits.size() <= 16)
            return digits;
    }
    auto phone = normalizePhone(trimmed, region);
    return phone ? phone->e164 : QString();
}

QPair<qint64, qint64> ordered(qint64 a, qint64 b)
{
    return a < b ? qMakePair(a, b) : qMakePair(b, a);
}

Status loadCandidates(Database &db, CandidateIndex &index)
{
    auto max = db.scalar(QStringLiteral("SELECT max(id) FROM candidates"));
    if (!max)
        return std::unexpected(max.error());
    const qint64 newMax = max->isNull() ? index.maxCandidateId : max->toLongLong();
    auto q = db.exec(
        QStringLiteral("SELECT id, first_name, last_name, email, phone, city, current_company, linkedin_url "
                       "FROM candidates WHERE id > ? AND id <= ? AND archived_at IS NULL"),
        {index.maxCandidateId, newMax});
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        index.people.insert_or_assign(id,
                                      personFrom(q->value(1).toString(), q->value(2).toString(),
                                                 q->value(6).toString(), q->value(5).toString()));
        addTo(index.byEmail, normalizeEmail(q->value(3).toString()), id);
        addTo(index.byPhone, phoneKey(q->value(4).toString(), index.region), id);
        addTo(index.byProfile, normalizeProfileUrl(q->value(7).toString()), id);
        for (const QString &key : Dedupe::nameBlockingKeys(q->value(1).toString(), q->value(2).toString()))
            addTo(index.byName, key, id);
    }
    index.maxCandidateId = newMax;
    return {};
}

Status loadContacts(Database &db, CandidateIndex &index)
{
    auto q = db.exec(QStringLiteral("SELECT id, candidate_id, kind, value FROM candidate_contacts "
                                    "WHERE id > ? AND kind IN ('email', 'phone', 'linkedin') ORDER BY id"),
                     {index.maxContactId});
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        index.maxContactId = q->value(0).toLongLong();
        const qint64 id = q->value(1).toLongLong();
        const QString kind = q->value(2).toString();
        const QString value = q->value(3).toString();
        if (kind == QLatin1String("email"))
            addTo(index.byEmail, normalizeEmail(value), id);
        else if (kind == QLatin1String("phone"))
            addTo(index.byPhone, phoneKey(value, index.region), id);
        else
            addTo(index.byProfile, normalizeProfileUrl(value), id);
    }
    return {};
}

Status loadDismissals(Database &db, CandidateIndex &index)
{
    auto q = db.exec(QStringLiteral("SELECT candidate_low, candidate_high FROM duplicate_dismissals"));
    if (!q)
        return std::unexpected(q.error());
    index.dismissed.clear();
    while (q->next())
        index.dismissed.insert(qMakePair(q->value(0).toLongLong(), q->value(1).toLongLong()));
    return {};
}

// Live members of a group, or none when the group is too big to be evidence.
QList<qint64> liveMembers(const CandidateIndex &index, const QList<qint64> &ids)
{
    QList<qint64> live;
    for (qint64 id : ids) {
        if (index.people.contains(id))
            live.append(id);
    }
    if (live.size() > DuplicateFinder::kMaxGroup)
        return {};
    return live;
}

} // namespace

DuplicateFinder::DuplicateFinder(Database &db)
    : m_db(db)
{ }

DuplicateFinder::~DuplicateFinder() = default;

Status DuplicateFinder::refresh()
{
    if (!m_index) {
        m_index = std::make_unique<CandidateIndex>();
        auto region = SettingsStore(m_db, Actor::system()).value(QString::fromLatin1(kDefaultPhoneRegionKey));
        m_index->region = region && !region->isEmpty() ? *region : fallbackPhoneRegion();
    }
    if (auto ok = loadCandidates(m_db, *m_index); !ok)
        return ok;
    if (auto ok = loadContacts(m_db, *m_index); !ok)
        return ok;
    return loadDismissals(m_db, *m_index);
}

Result<QSet<qint64>> DuplicateFinder::liveAmong(const QSet<qint64> &ids)
{
    QSet<qint64> live;
    for (qint64 id : ids) {
        auto archived = m_db.scalar(QStringLiteral("SELECT archived_at FROM candidates WHERE id = ?"), {id});
        if (!archived)
            return std::unexpected(archived.error());
        if (archived->isValid() && archived->isNull())
            live.insert(id);
    }
    return live;
}

Result<QList<DuplicateMatch>> DuplicateFinder::findFor(const CandidateDraft &draft, int limit)
{
    if (auto ok = refresh(); !ok)
        return std::unexpected(ok.error());
    const CandidateIndex &index = *m_index;
    const Candidate &c = draft.candidate;
    QHash<qint64, Evidence> found;
    auto collect = [&](const Groups &groups, const QString &key, auto mark) {
        if (key.isEmpty())
            return;
        for (qint64 id : liveMembers(index, groups.value(key)))
            mark(found[id], key);
    };
    QStringList emails = draft.emails;
    emails << c.email;
    for (const QString &email : emails)
        collect(index.byEmail, normalizeEmail(email), [](Evidence &e, const QString &k) { e.email = k; });
    QStringList phones;
    for (const QString &phone : draft.phones)
        phones << phoneKey(phone, index.region);
    phones << phoneKey(c.phone, index.region);
    for (const QString &phone : phones)
        collect(index.byPhone, phone, [](Evidence &e, const QString &k) { e.phone = k; });
    QStringList profiles = draft.profileUrls;
    profiles << c.linkedinUrl;
    for (const QString &url : profiles)
        collect(index.byProfile, normalizeProfileUrl(url),
                [](Evidence &e, const QString &) { e.profile = true; });
    const Person self = personFrom(c.firstName, c.lastName, c.currentCompany, c.city);
    for (const QString &key : Dedupe::nameBlockingKeys(c.firstName, c.lastName)) {
        for (qint64 id : index.byName.value(key)) {
            Evidence probe;
            compareNames(self, index.people.at(id), probe);
            if (namesCount(probe))
                found[id];
        }
    }
    found.remove(c.id);
    for (auto it = found.begin(); it != found.end(); ++it)
        compareNames(self, index.people.at(it.key()), it.value());

    QSet<qint64> ids;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (!(c.id && index.dismissed.contains(ordered(c.id, it.key()))))
            ids.insert(it.key());
    }
    auto live = liveAmong(ids);
    if (!live)
        return std::unexpected(live.error());
    QList<DuplicateMatch> matches;
    for (qint64 id : std::as_const(*live)) {
        const Evidence &e = found.value(id);
        if (const double score = scoreOf(e); score > 0)
            matches.append(DuplicateMatch {id, score, reasonsOf(e, index.people.at(id))});
    }
    std::sort(matches.begin(), matches.end(), [](const DuplicateMatch &a, const DuplicateMatch &b) {
        return a.score != b.score ? a.score > b.score : a.candidateId < b.candidateId;
    });
    if (limit > 0 && matches.size() > limit)
        matches.resize(limit);
    return matches;
}

Result<QList<DuplicatePair>> DuplicateFinder::findAll(const Progress &progress, double minScore)
{
    m_index.reset(); // a fresh read: archived and edited records are exactly as stored now
    if (auto ok = refresh(); !ok)
        return std::unexpected(ok.error());
    const CandidateIndex &index = *m_index;
    QHash<QPair<qint64, qint64>, Evidence> found;
    const qint64 total
        = index.byEmail.size() + index.byPhone.size() + index.byProfile.size() + index.byName.size();
    qint64 done = 0;
    auto tick = [&]() { return !progress || (++done % 2000) != 0 || progress(done, total); };

    auto pairsIn = [&](const Groups &groups, auto mark) -> bool {
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            if (!tick())
                return false;
            if (it.value().size() < 2)
                continue;
            const QList<qint64> ids = liveMembers(index, it.value());
            for (qsizetype i = 0; i < ids.size(); ++i)
                for (qsizetype j = i + 1; j < ids.size(); ++j)
                    mark(found[ordered(ids[i], ids[j])], it.key());
        }
        return true;
    };
    const bool finished = pairsIn(index.byEmail, [](Evidence &e, const QString &k) { e.email = k; })
        && pairsIn(index.byPhone, [](Evidence &e, const QString &k) { e.phone = k; })
        && pairsIn(index.byProfile, [](Evidence &e, const QString &) { e.profile = true; });
    if (!finished)
        return fail(ErrorCode::Cancelled, tr("The search for duplicates was stopped."));

    // Names: a pair counts only with the same employer or city, so each name block is split
    // by employer and by city and only the people inside one of those buckets are compared.
    for (auto it = index.byName.cbegin(); it != index.byName.cend(); ++it) {
        if (!tick())
            return fail(ErrorCode::Cancelled, tr("The search for duplicates was stopped."));
        if (it.value().size() < 2)
            continue;
        Groups buckets;
        for (qint64 id : it.value()) {
            const Person &p = index.people.at(id);
            addTo(buckets, p.company.isEmpty() ? QString() : QStringLiteral("e:") + p.company, id);
            addTo(buckets, p.city.isEmpty() ? QString() : QStringLiteral("c:") + p.city, id);
        }
        for (const QList<qint64> &ids : std::as_const(buckets)) {
            if (ids.size() < 2 || ids.size() > kMaxNameBucket)
                continue;
            for (qsizetype i = 0; i < ids.size(); ++i) {
                for (qsizetype j = i + 1; j < ids.size(); ++j) {
                    const auto pair = ordered(ids[i], ids[j]);
                    if (found.contains(pair))
                        continue;
                    Evidence probe;
                    compareNames(index.people.at(pair.first), index.people.at(pair.second), probe);
                    if (namesCount(probe))
                        found.insert(pair, probe);
                }
            }
        }
    }
    if (progress && !progress(total, total))
        return fail(ErrorCode::Cancelled, tr("The search for duplicates was stopped."));

    QList<DuplicatePair> pairs;
    for (auto it = found.begin(); it != found.end(); ++it) {
        if (index.dismissed.contains(it.key()))
            continue;
        const Person &a = index.people.at(it.key().first);
        const Person &b = index.people.at(it.key().second);
        compareNames(a, b, it.value());
        const double score = scoreOf(it.value());
        if (score >= minScore)
            pairs.append(DuplicatePair {it.key().first, it.key().second, a.name, b.name, score,
                                        reasonsOf(it.value(), b)});
    }
    std::sort(pairs.begin(), pairs.end(), [](const DuplicatePair &x, const DuplicatePair &y) {
        if (x.score != y.score)
            return x.score > y.score;
        return x.candidateA != y.candidateA ? x.candidateA < y.candidateA : x.candidateB < y.candidateB;
    });
    return pairs;
}

Status DuplicateFinder::dismiss(qint64 a, qint64 b, const Actor &actor)
{
    if (a == b)
        return fail(ErrorCode::Invalid, tr("A record cannot be a duplicate of itself."));
    const auto [low, high] = ordered(a, b);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto uuids = m_db.exec(QStringLiteral("SELECT id, uuid FROM candidates WHERE id IN (?, ?) ORDER BY id"),
                           {low, high});
    if (!uuids)
        return std::unexpected(uuids.error());
    QStringList uuid;
    while (uuids->next())
        uuid << uuids->value(1).toString();
    if (uuid.size() != 2)
        return fail(ErrorCode::NotFound, tr("One of the two candidates no longer exists."),
                    tr("Refresh the list."));
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO duplicate_dismissals (candidate_low, candidate_high, dismissed_at, "
                       "dismissed_by) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
        {low, high, nowStorageTime(), actor.userId ? QVariant(actor.userId) : QVariant()});
    if (!q)
        return std::unexpected(q.error());
    if (m_index)
        m_index->dismissed.insert(qMakePair(low, high));
    return Internal::auditAndCommit(m_db, *tx, actor, QStringLiteral("dismiss_duplicate"),
                                    QStringLiteral("candidate"), uuid.at(0), {},
                                    QJsonObject {{QStringLiteral("not_duplicate_of"), uuid.at(1)}});
}

} // namespace Tandem
