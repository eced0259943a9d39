#pragma once

#include <core/common/error.h>
#include <core/domain/records.h>
#include <core/posting/job_posting.h>

#include <QList>

namespace Tandem {

class Database;

// What the posting writers need from the database: the requisitions to post and the agency's
// posting options. Settings keys (table `settings`):
//   posting.organization_name  hiring organization in every posting (default: "Our company",
//                              translated; set it to the agency's or client's name)
//   posting.organization_url   its web site (optional)
//   posting.job_url            link of one job, {uuid}/{id} replaced (optional)
// Thread: the connection's. Errors: Result with the core error.
class JobPostingSource
{
public:
    explicit JobPostingSource(Database &db);

    Result<PostingOptions> options();
    // The organization named while posting.organization_name is not set.
    static QString defaultOrganizationName();
    Status setOption(const QString &key, const QString &value);
    // Published requisitions that are open and not archived, most recently published first.
    Result<QList<Requisition>> publishedOpen();
    // A requisition by id ("42") or uuid, for the command line.
    Result<Requisition> find(const QString &idOrUuid);

private:
    Database &m_db;
};

} // namespace Tandem
