#include "app/lab/kube/Selector.h"

#include <QRegularExpression>

namespace Netloom::Lab {

namespace {

// Splits on commas outside parentheses.
QStringList splitTerms(const QString& text)
{
    QStringList terms;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        if (c == QLatin1Char(',') && depth == 0) {
            terms.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.trimmed().isEmpty() || !terms.isEmpty())
        terms.append(current.trimmed());
    return terms;
}

} // namespace

Expected<Selector> Selector::parseLabels(const QString& text)
{
    Selector selector;
    static const QRegularExpression setTerm(QStringLiteral("^([^\\s!=()]+)\\s+(in|notin)\\s*\\(([^()]*)\\)$"));
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9]([-A-Za-z0-9_./]*[A-Za-z0-9])?$"));
    for (const QString& term : splitTerms(text)) {
        if (term.isEmpty())
            return Error(QStringLiteral("unable to parse requirement: found '', expected: identifier"));
        Requirement requirement;
        if (const QRegularExpressionMatch match = setTerm.match(term); match.hasMatch()) {
            requirement.key = match.captured(1);
            requirement.op = match.captured(2) == QLatin1String("in") ? Op::In : Op::NotIn;
            for (const QString& value : match.captured(3).split(QLatin1Char(',')))
                requirement.values.append(value.trimmed());
        } else if (term.startsWith(QLatin1Char('!'))) {
            requirement.key = term.mid(1).trimmed();
            requirement.op = Op::DoesNotExist;
        } else if (const qsizetype ne = term.indexOf(QStringLiteral("!=")); ne > 0) {
            requirement.key = term.left(ne).trimmed();
            requirement.op = Op::NotEquals;
            requirement.values = { term.mid(ne + 2).trimmed() };
        } else if (const qsizetype eq = term.indexOf(QLatin1Char('=')); eq > 0) {
            const bool doubled = term.mid(eq, 2) == QLatin1String("==");
            requirement.key = term.left(eq).trimmed();
            requirement.op = Op::Equals;
            requirement.values = { term.mid(eq + (doubled ? 2 : 1)).trimmed() };
        } else {
            requirement.key = term;
            requirement.op = Op::Exists;
        }
        if (!keyPattern.match(requirement.key).hasMatch())
            return Error(QStringLiteral("unable to parse requirement: invalid label key \"%1\"").arg(requirement.key));
        selector.m_requirements.append(requirement);
    }
    return selector;
}

Expected<Selector> Selector::parseFields(const QString& text, const QStringList& kindFields)
{
    Selector selector;
    selector.m_fields = true;
    for (const QString& term : splitTerms(text)) {
        Requirement requirement;
        qsizetype at = term.indexOf(QStringLiteral("!="));
        int width = 2;
        requirement.op = Op::NotEquals;
        if (at < 0) {
            requirement.op = Op::Equals;
            at = term.indexOf(QStringLiteral("=="));
            if (at < 0) {
                at = term.indexOf(QLatin1Char('='));
                width = 1;
            }
        }
        if (at <= 0)
            return Error(QStringLiteral("invalid selector: '%1'; can't understand '%2'").arg(text, term));
        requirement.key = term.left(at).trimmed();
        requirement.values = { term.mid(at + width).trimmed() };
        if (requirement.key != QLatin1String("metadata.name") && requirement.key != QLatin1String("metadata.namespace")
            && !kindFields.contains(requirement.key))
            return Error(QStringLiteral("field label not supported: %1").arg(requirement.key));
        selector.m_requirements.append(requirement);
    }
    return selector;
}

bool Selector::matches(const QJsonObject& object) const
{
    const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    const QJsonObject labels = metadata.value(QStringLiteral("labels")).toObject();
    for (const Requirement& requirement : m_requirements) {
        bool present = false;
        QString value;
        if (m_fields) {
            // A dotted path into the object; absent fields compare as "" (Go's zero value).
            QJsonValue field = object;
            for (const QString& part : requirement.key.split(QLatin1Char('.')))
                field = field.toObject().value(part);
            if (field.isObject() && requirement.key == QLatin1String("source"))
                field = field.toObject().value(QStringLiteral("component")); // an Event's source
            value = field.isBool() ? (field.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                : field.isDouble() ? QString::number(field.toInteger())
                                   : field.toString();
            present = true;
        } else {
            present = labels.contains(requirement.key);
            value = labels.value(requirement.key).toString();
        }
        bool ok = false;
        switch (requirement.op) {
        case Op::Equals:
            ok = present && value == requirement.values.value(0);
            break;
        case Op::NotEquals:
            ok = !present || value != requirement.values.value(0);
            break;
        case Op::In:
            ok = present && requirement.values.contains(value);
            break;
        case Op::NotIn:
            ok = !present || !requirement.values.contains(value);
            break;
        case Op::Exists:
            ok = present;
            break;
        case Op::DoesNotExist:
            ok = !present;
            break;
        }
        if (!ok)
            return false;
    }
    return true;
}

} // namespace Netloom::Lab
