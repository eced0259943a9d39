#include "offer_letter_file.h"

#include <core/records/file_store.h>
#include <core/storage/database.h>

namespace Tandem {

Result<qint64> keepOfferLetterFile(Database &db, const Actor &actor, qint64 offerId, const QString &fileName,
                                   const QByteArray &pdf)
{
    auto owner = db.scalar(QStringLiteral("SELECT a.candidate_id FROM offers o JOIN applications a ON a.id = o.application_id "
                                          "WHERE o.id = ?"),
                           {offerId});
    if (!owner)
        return std::unexpected(owner.error());
    if (!owner->isValid())
        return fail(ErrorCode::NotFound, QObject::tr("Offer %1 does not exist.").arg(offerId), QObject::tr("Refresh the offers."));
    auto file = FileStore(db, actor).add(owner->toLongLong(), fileName, pdf, CandidateFile::Kind::OfferLetter);
    if (!file)
        return std::unexpected(file.error());
    return file->id;
}

} // namespace Tandem
