#pragma once

#include <core/common/error.h>
#include <core/domain/offer.h>
#include <core/records/actor.h>

#include <QList>

namespace Tandem {

class Database;

// The agency's offer letter templates (HTML bodies with {{merge.fields}}).
//
// Owns the `offer_letter_templates` rows: list, create, edit (name and body), delete and
// choose the default that new offers use. There is always at least one template and exactly
// one default: the last template cannot be deleted, and deleting the default promotes the
// first remaining one. Offers that used a deleted template keep no template (SET NULL).
// Thread: the connection's. Errors: Result with message and hint; stale edits return
// ErrorCode::Conflict. Every change is audited (entity "offer_letter_template").
class OfferLetterTemplates
{
public:
    OfferLetterTemplates(Database &db, Actor actor);

    // Sorted by name.
    Result<QList<OfferLetterTemplate>> list();
    Result<OfferLetterTemplate> get(qint64 id);
    Result<OfferLetterTemplate> defaultTemplate();
    Result<OfferLetterTemplate> create(const QString &name, const QString &body);
    // Saves name and body; `edited.version` must be the stored one.
    Result<OfferLetterTemplate> update(const OfferLetterTemplate &edited);
    Result<OfferLetterTemplate> rename(qint64 id, int version, const QString &name);
    Status remove(qint64 id, int version);
    Result<OfferLetterTemplate> setDefault(qint64 id, int version);

private:
    Status checkName(const QString &name, qint64 exceptId);

    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
