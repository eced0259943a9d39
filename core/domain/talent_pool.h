#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Tandem {

// A named, hand-curated list of candidates (DESIGN.md "Talent pool").
struct TalentPool
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString description;
    int memberCount = 0; // filled by the lists that count members
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("uuid"), uuid}, {QStringLiteral("name"), name}, {QStringLiteral("description"), description}};
    }
};

// One candidate in a pool, with why they were added.
struct TalentPoolMember
{
    qint64 poolId = 0;
    qint64 candidateId = 0;
    QString candidateName; // filled when read
    QString note;
    QDateTime addedAt;
    qint64 addedBy = 0; // 0: the system
};

} // namespace Tandem
