#include "models/itemmodels/YamlEmitter.h"

#include "models/domain/ResourceJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace Netloom::ItemModels {

namespace {

bool looksSpecial(const QString& text)
{
    static const QStringList reserved { QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("null"),
                                        QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("on"),
                                        QStringLiteral("off"), QStringLiteral("~") };
    if (reserved.contains(text.toLower()))
        return true;
    bool number = false;
    text.toDouble(&number);
    return number;
}

bool needsQuotes(const QString& text)
{
    if (text.isEmpty() || looksSpecial(text))
        return true;
    if (text.front().isSpace() || text.back().isSpace())
        return true;
    static const QString leading = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (leading.contains(text.front()))
        return true;
    if (text.contains(QLatin1String(": ")) || text.contains(QLatin1String(" #")) || text.endsWith(QLatin1Char(':')))
        return true;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c == QChar(0x7f))
            return true;
    }
    return false;
}

QString quoted(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString scalarOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return YamlEmitter::scalar(value.toString());
    default:
        return {};
    }
}

bool isEmptyCollection(const QJsonValue& value)
{
    return (value.isObject() && value.toObject().isEmpty()) || (value.isArray() && value.toArray().isEmpty());
}

QString emptyCollection(const QJsonValue& value)
{
    return value.isObject() ? QStringLiteral("{}") : QStringLiteral("[]");
}

void emitValue(QString& out, const QJsonValue& value, int indent, const QStringList& keyOrder);

QStringList orderedKeys(const QJsonObject& object, const QStringList& keyOrder)
{
    QStringList keys;
    for (const QString& key : keyOrder) {
        if (object.contains(key))
            keys.append(key);
    }
    for (const QString& key : object.keys()) { // alphabetical
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

// Writes "key: value" lines (or "- item" lines) at @p indent; the caller has written nothing on the line.
void emitObject(QString& out, const QJsonObject& object, int indent, const QStringList& keyOrder, bool firstInline)
{
    const QString pad(indent, QLatin1Char(' '));
    bool first = true;
    for (const QString& key : orderedKeys(object, keyOrder)) {
        const QJsonValue value = object.value(key);
        if (!(first && firstInline))
            out += pad;
        first = false;
        out += YamlEmitter::scalar(key) % QLatin1Char(':');
        if (isEmptyCollection(value)) {
            out += QLatin1Char(' ') % emptyCollection(value) % QLatin1Char('\n');
        } else if (value.isObject()) {
            out += QLatin1Char('\n');
            emitObject(out, value.toObject(), indent + 2, {}, false);
        } else if (value.isArray()) {
            out += QLatin1Char('\n');
            emitValue(out, value, indent, {}); // block sequences at the key's indentation
        } else {
            out += QLatin1Char(' ') % scalarOf(value) % QLatin1Char('\n');
        }
    }
}

void emitValue(QString& out, const QJsonValue& value, int indent, const QStringList& keyOrder)
{
    const QString pad(indent, QLatin1Char(' '));
    if (isEmptyCollection(value)) {
        out += pad % emptyCollection(value) % QLatin1Char('\n');
    } else if (value.isObject()) {
        emitObject(out, value.toObject(), indent, keyOrder, false);
    } else if (value.isArray()) {
        for (const QJsonValue item : value.toArray()) {
            out += pad % QStringLiteral("- ");
            if (isEmptyCollection(item)) {
                out += emptyCollection(item) % QLatin1Char('\n');
            } else if (item.isObject()) {
                emitObject(out, item.toObject(), indent + 2, {}, true);
            } else if (item.isArray()) {
                out += QLatin1Char('\n');
                emitValue(out, item, indent + 2, {});
            } else {
                out += scalarOf(item) % QLatin1Char('\n');
            }
        }
    } else {
        out += pad % scalarOf(value) % QLatin1Char('\n');
    }
}

} // namespace

QString YamlEmitter::scalar(const QString& text)
{
    return needsQuotes(text) ? quoted(text) : text;
}

QString YamlEmitter::toYaml(const QJsonValue& value, const QStringList& keyOrder)
{
    QString out;
    emitValue(out, value, 0, keyOrder);
    return out;
}

QString YamlEmitter::resourceToYaml(const Domain::Resource& resource)
{
    static const QStringList order { QStringLiteral("kind"),   QStringLiteral("name"),      QStringLiteral("namespace"),
                                     QStringLiteral("id"),     QStringLiteral("origin"),    QStringLiteral("status"),
                                     QStringLiteral("labels"), QStringLiteral("relations"), QStringLiteral("details"),
                                     QStringLiteral("parent"), QStringLiteral("uid"),       QStringLiteral("resourceVersion"),
                                     QStringLiteral("created") };
    return toYaml(Domain::ResourceJson::toJson(resource), order);
}

} // namespace Netloom::ItemModels
