#include "screening_question.h"

#include <core/common/ids.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QObject>

namespace Tandem {

QString toKey(ScreeningKind kind)
{
    switch (kind) {
    case ScreeningKind::YesNo: return QStringLiteral("yes_no");
    case ScreeningKind::Choice: return QStringLiteral("choice");
    case ScreeningKind::Number: return QStringLiteral("number");
    case ScreeningKind::Text: return QStringLiteral("text");
    }
    return {};
}

QString toKey(KnockoutAction action)
{
    return action == KnockoutAction::Reject ? QStringLiteral("reject") : QStringLiteral("flag");
}

std::optional<ScreeningKind> screeningKindFromKey(const QString &key)
{
    for (ScreeningKind k : {ScreeningKind::YesNo, ScreeningKind::Choice, ScreeningKind::Number, ScreeningKind::Text})
        if (toKey(k) == key)
            return k;
    return std::nullopt;
}

QString label(ScreeningKind kind)
{
    switch (kind) {
    case ScreeningKind::YesNo: return QObject::tr("Yes / No");
    case ScreeningKind::Choice: return QObject::tr("Choice");
    case ScreeningKind::Number: return QObject::tr("Number");
    case ScreeningKind::Text: return QObject::tr("Text");
    }
    return {};
}

bool ScreeningQuestion::hasKnockout() const
{
    switch (kind) {
    case ScreeningKind::YesNo:
    case ScreeningKind::Choice: return !knockoutAnswers.isEmpty();
    case ScreeningKind::Number: return minimum.has_value() || maximum.has_value();
    case ScreeningKind::Text: return false;
    }
    return false;
}

QString ScreeningQuestion::displayAnswer(const QString &answer) const
{
    if (kind == ScreeningKind::YesNo)
        return answer == QLatin1String("yes") ? QObject::tr("Yes") : answer == QLatin1String("no") ? QObject::tr("No") : answer;
    if (kind == ScreeningKind::Number) {
        bool ok = false;
        const double value = answer.toDouble(&ok);
        return ok ? QLocale().toString(value, 'g', 12) : answer;
    }
    return answer;
}

QString ScreeningQuestion::knockoutReason(const QString &answer) const
{
    const QString shown = displayAnswer(answer);
    const QString asked = prompt.simplified();
    switch (kind) {
    case ScreeningKind::YesNo:
    case ScreeningKind::Choice:
        if (knockoutAnswers.contains(answer, Qt::CaseInsensitive))
            return QObject::tr("Knockout: '%1' answered %2").arg(asked, shown);
        return {};
    case ScreeningKind::Number: {
        bool ok = false;
        const double value = answer.toDouble(&ok);
        if (!ok)
            return {};
        if (minimum && value < *minimum)
            return QObject::tr("Knockout: '%1' answered %2, below the minimum %3")
                .arg(asked, shown, QLocale().toString(*minimum, 'g', 12));
        if (maximum && value > *maximum)
            return QObject::tr("Knockout: '%1' answered %2, above the maximum %3")
                .arg(asked, shown, QLocale().toString(*maximum, 'g', 12));
        return {};
    }
    case ScreeningKind::Text: return {};
    }
    return {};
}

QString ScreeningQuestion::knockoutJson() const
{
    QJsonObject o;
    if (kind == ScreeningKind::YesNo || kind == ScreeningKind::Choice) {
        if (knockoutAnswers.isEmpty())
            return {};
        o.insert(QStringLiteral("answers"), QJsonArray::fromStringList(knockoutAnswers));
    } else if (kind == ScreeningKind::Number) {
        if (minimum)
            o.insert(QStringLiteral("min"), *minimum);
        if (maximum)
            o.insert(QStringLiteral("max"), *maximum);
        if (o.isEmpty())
            return {};
    } else {
        return {};
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void ScreeningQuestion::setKnockoutJson(const QString &json)
{
    knockoutAnswers.clear();
    minimum.reset();
    maximum.reset();
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const QJsonValue &v : o.value(QStringLiteral("answers")).toArray())
        knockoutAnswers.append(v.toString());
    if (o.value(QStringLiteral("min")).isDouble())
        minimum = o.value(QStringLiteral("min")).toDouble();
    if (o.value(QStringLiteral("max")).isDouble())
        maximum = o.value(QStringLiteral("max")).toDouble();
}

QJsonObject ScreeningQuestion::toJson() const
{
    return QJsonObject{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("requisition_id"), double(requisitionId)},
        {QStringLiteral("position"), position},
        {QStringLiteral("prompt"), prompt},
        {QStringLiteral("kind"), toKey(kind)},
        {QStringLiteral("choices"), QJsonArray::fromStringList(choices)},
        {QStringLiteral("knockout"), knockoutJson()},
        {QStringLiteral("action"), toKey(action)},
        {QStringLiteral("version"), version},
    };
}

} // namespace Tandem
