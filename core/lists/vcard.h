#pragma once

#include <core/common/error.h>
#include <core/lists/imported_candidate.h>
#include <core/lists/row_mapper.h>
#include <core/records/actor.h>

#include <QByteArray>

namespace Tandem {

class Database;

// Reads vCards (RFC 6350 4.0, RFC 2426 3.0, and 2.1 where cheap: QUOTED-PRINTABLE values,
// CHARSET, bare type parameters) into ImportedCandidates: line unfolding, escapes (\, \; \n
// \\), parameters (TYPE=work, PREF), N/FN, EMAIL, TEL, ADR (city, country), ORG, TITLE,
// URL (LinkedIn, GitHub, other), NOTE, CATEGORIES (tags), and Tandem's X-TANDEM-SKILLS /
// X-TANDEM-SOURCE. Several cards per file; each card carries the physical line of its
// BEGIN:VCARD, and a bad card (no END, no name or e-mail, an unreadable e-mail or phone)
// comes back with problems while the others are fine.
// A value type; thread: any. Errors: per card in MappedRow::problems.
namespace VCardReader {
QList<MappedRow> parse(const QByteArray &data, const QString &phoneRegion);
}

enum class VCardVersion { V3, V4 };

// Writes vCards 4.0 (or 3.0): CRLF lines folded at 75 octets without splitting a UTF-8
// character, text escaped, phones as tel: URIs (4.0) in E.164, skills and source in
// X-TANDEM-* properties so a Tandem export reads back whole.
// Thread: any. Errors: none (values in, bytes out).
namespace VCardWriter {
QByteArray card(const ImportedCandidate &person, VCardVersion version = VCardVersion::V4);
QByteArray fold(const QByteArray &line);  // one content line, CRLF-terminated, folded
QString escapeText(const QString &text);
}

// Imports a .vcf file: VCardReader + ImportSession (chunks, duplicates, audited services).
// Owns nothing; borrows the Database. Thread: the connection's. Errors: Result for an
// unreadable file or a lost database; bad cards are in ImportSummary::failed.
class VCardImporter
{
public:
    VCardImporter(Database &db, Actor actor);
    Result<ImportSummary> run(const QString &path, const ImportOptions &options, const ImportProgress &progress = {});

private:
    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
