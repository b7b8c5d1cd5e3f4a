#include "models/domain/ResourceJson.h"

#include "models/domain/Inventory.h"
#include "models/domain/ResourceDetailsFields_p.h"
#include "models/domain/Tr.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Netloom::Domain::ResourceJson {

using Detail::Fields;
using Detail::HasFields;

namespace {

// --- Writing -------------------------------------------------------------------------------------

QJsonValue toValue(const QString& v)
{
    return v;
}
QJsonValue toValue(bool v)
{
    return v;
}
QJsonValue toValue(int v)
{
    return v;
}
QJsonValue toValue(qint64 v)
{
    return v;
}
QJsonValue toValue(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
QJsonValue toValue(const QStringList& v)
{
    return QJsonArray::fromStringList(v);
}
QJsonValue toValue(const QDateTime& v)
{
    // UTC with milliseconds, e.g. "2024-05-01T10:00:00.000Z"
    return v.isValid() ? QJsonValue(v.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}
QJsonValue toValue(const QMap<QString, QString>& v)
{
    QJsonObject o;
    for (auto it = v.cbegin(); it != v.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
QJsonValue toValue(const ResourceId& v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}

template<HasFields S>
QJsonValue toValue(const QList<S>& list);

template<HasFields S>
QJsonObject structToJson(const S& s)
{
    QJsonObject o;
    Detail::forEachField<S>(
        [&](const auto& f) { o.insert(QLatin1String(f.key), toValue(s.*(f.member))); });
    return o;
}

template<HasFields S>
QJsonValue toValue(const QList<S>& list)
{
    QJsonArray a;
    for (const S& s : list)
        a.append(structToJson(s));
    return a;
}

QJsonValue detailsToJson(const ResourceDetails& details)
{
    return std::visit(
        [](const auto& d) -> QJsonValue {
            using D = std::decay_t<decltype(d)>;
            if constexpr (std::is_same_v<D, std::monostate>)
                return QJsonValue(QJsonValue::Null);
            else
                return structToJson(d);
        },
        details);
}

// --- Reading -------------------------------------------------------------------------------------

// Where we are in the document; rendered only when an error is reported.
struct Path
{
    const Path* parent = nullptr;
    QLatin1String key;
    qsizetype index = -1;

    QString toString() const
    {
        QString out = parent ? parent->toString() : QString();
        if (index >= 0)
            out += u'[' + QString::number(index) + u']';
        else if (!key.isEmpty())
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + key;
        return out;
    }
    Path child(const char* k) const { return Path { this, QLatin1String(k), -1 }; }
    Path at(qsizetype i) const { return Path { this, {}, i }; }
};

class Reader
{
public:
    bool fail(const Path& path, const QString& what)
    {
        if (m_failed)
            return false;
        m_failed = true;
        const QString where = path.toString();
        m_error = Error(Tr::tr("Malformed resource JSON at \"%1\": %2").arg(where.isEmpty() ? QStringLiteral("(top)") : where, what));
        return false;
    }
    bool failed() const { return m_failed; }
    const Error& error() const { return m_error; }

    bool read(const QJsonValue& v, QString& out, const Path& p)
    {
        if (!v.isString())
            return fail(p, Tr::tr("expected a string"));
        out = v.toString();
        return true;
    }
    bool read(const QJsonValue& v, bool& out, const Path& p)
    {
        if (!v.isBool())
            return fail(p, Tr::tr("expected true or false"));
        out = v.toBool();
        return true;
    }
    bool read(const QJsonValue& v, int& out, const Path& p)
    {
        qint64 wide = 0;
        if (!readInteger(v, wide, std::numeric_limits<int>::min(), std::numeric_limits<int>::max(), p))
            return false;
        out = static_cast<int>(wide);
        return true;
    }
    bool read(const QJsonValue& v, qint64& out, const Path& p)
    {
        constexpr qint64 maxExact = qint64(1) << 53; // largest integer a JSON double holds exactly
        return readInteger(v, out, -maxExact, maxExact, p);
    }
    bool read(const QJsonValue& v, std::optional<double>& out, const Path& p)
    {
        if (!v.isDouble())
            return fail(p, Tr::tr("expected a number or null"));
        out = v.toDouble();
        return true;
    }
    bool read(const QJsonValue& v, QStringList& out, const Path& p)
    {
        if (!v.isArray())
            return fail(p, Tr::tr("expected an array of strings"));
        const QJsonArray a = v.toArray();
        out.clear();
        out.reserve(a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                return fail(p.at(i), Tr::tr("expected a string"));
            out.append(a.at(i).toString());
        }
        return true;
    }
    bool read(const QJsonValue& v, QDateTime& out, const Path& p)
    {
        if (!v.isString())
            return fail(p, Tr::tr("expected an ISO 8601 date-time string or null"));
        out = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!out.isValid())
            return fail(p, Tr::tr("\"%1\" is not an ISO 8601 date-time").arg(v.toString()));
        return true;
    }
    bool read(const QJsonValue& v, QMap<QString, QString>& out, const Path& p)
    {
        if (!v.isObject())
            return fail(p, Tr::tr("expected an object of strings"));
        const QJsonObject o = v.toObject();
        out.clear();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!it.value().isString()) {
                const QByteArray key = it.key().toUtf8();
                return fail(p.child(key.constData()), Tr::tr("expected a string"));
            }
            out.insert(it.key(), it.value().toString());
        }
        return true;
    }
    bool read(const QJsonValue& v, ResourceId& out, const Path& p)
    {
        if (!v.isString())
            return fail(p, Tr::tr("expected a resource id string or null"));
        out = ResourceId::fromString(v.toString());
        return true;
    }

    template<HasFields S>
    bool read(const QJsonValue& v, QList<S>& out, const Path& p)
    {
        if (!v.isArray())
            return fail(p, Tr::tr("expected an array of objects"));
        const QJsonArray a = v.toArray();
        out.clear();
        out.reserve(a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            S s;
            if (!readStruct(a.at(i), s, p.at(i)))
                return false;
            out.append(std::move(s));
        }
        return true;
    }

    template<HasFields S>
    bool readStruct(const QJsonValue& v, S& s, const Path& p)
    {
        if (!v.isObject())
            return fail(p, Tr::tr("expected an object"));
        const QJsonObject o = v.toObject();
        Detail::forEachField<S>([&](const auto& f) {
            if (!m_failed)
                readField(o, f.key, s.*(f.member), p);
        });
        return !m_failed;
    }

    /// Absent and null keep the default.
    template<class T>
    bool readField(const QJsonObject& o, const char* key, T& out, const Path& parent)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return true;
        return read(v, out, parent.child(key));
    }

private:
    bool readInteger(const QJsonValue& v, qint64& out, qint64 min, qint64 max, const Path& p)
    {
        if (!v.isDouble())
            return fail(p, Tr::tr("expected an integer"));
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d)
            return fail(p, Tr::tr("expected an integer, not %1").arg(d));
        if (d < static_cast<double>(min) || d > static_cast<double>(max))
            return fail(p, Tr::tr("%1 is out of range").arg(d));
        out = static_cast<qint64>(d);
        return true;
    }

    Error m_error;
    bool m_failed = false;
};

template<std::size_t I = 1>
bool readDetails(Reader& reader, const QJsonValue& v, ResourceDetails& out, std::size_t index, const Path& p)
{
    if constexpr (I < std::variant_size_v<ResourceDetails>) {
        if (I != index)
            return readDetails<I + 1>(reader, v, out, index, p);
        std::variant_alternative_t<I, ResourceDetails> d;
        if (!reader.readStruct(v, d, p))
            return false;
        out = std::move(d);
        return true;
    } else {
        return false;
    }
}

bool lessById(const ResourcePtr& a, const ResourcePtr& b)
{
    return a->id < b->id;
}

} // namespace

QJsonObject toJson(const Resource& r)
{
    return toJson(r, r.relations);
}

QJsonObject toJson(const Resource& r, const QList<Relation>& resolved)
{
    QJsonArray relations;
    for (const Relation& rel : resolved)
        relations.append(QJsonObject { { QStringLiteral("type"), machineName(rel.type) },
                                       { QStringLiteral("target"), rel.target.toString() } });
    return QJsonObject {
        { QStringLiteral("kind"), machineName(r.kind) },
        { QStringLiteral("id"), r.id.toString() },
        { QStringLiteral("name"), r.name },
        { QStringLiteral("namespace"), r.namespaceName },
        { QStringLiteral("uid"), r.uid },
        { QStringLiteral("resourceVersion"), r.resourceVersion },
        { QStringLiteral("parent"), toValue(r.parent) },
        { QStringLiteral("labels"), toValue(r.labels) },
        { QStringLiteral("relations"), relations },
        { QStringLiteral("status"),
          QJsonObject { { QStringLiteral("state"), machineName(r.status.state) },
                        { QStringLiteral("message"), r.status.message } } },
        { QStringLiteral("origin"), r.origin },
        { QStringLiteral("created"), toValue(r.created) },
        { QStringLiteral("details"), detailsToJson(r.details) },
    };
}

Expected<Resource> fromJson(const QJsonObject& o)
{
    Reader reader;
    const Path top;
    Resource r;

    const QJsonValue kind = o.value(QLatin1String("kind"));
    if (!kind.isString()) {
        reader.fail(top.child("kind"), Tr::tr("required, expected a kind name"));
        return reader.error();
    }
    const std::optional<ResourceKind> k = resourceKindFromName(kind.toString());
    if (!k) {
        reader.fail(top.child("kind"), Tr::tr("unknown kind \"%1\"").arg(kind.toString()));
        return reader.error();
    }
    r.kind = *k;

    const QJsonValue id = o.value(QLatin1String("id"));
    if (!id.isString() || id.toString().isEmpty()) {
        reader.fail(top.child("id"), Tr::tr("required, expected a non-empty string"));
        return reader.error();
    }
    r.id = ResourceId::fromString(id.toString());

    reader.readField(o, "name", r.name, top);
    reader.readField(o, "namespace", r.namespaceName, top);
    reader.readField(o, "uid", r.uid, top);
    reader.readField(o, "resourceVersion", r.resourceVersion, top);
    reader.readField(o, "parent", r.parent, top);
    reader.readField(o, "labels", r.labels, top);
    reader.readField(o, "origin", r.origin, top);
    reader.readField(o, "created", r.created, top);
    if (reader.failed())
        return reader.error();

    const QJsonValue relations = o.value(QLatin1String("relations"));
    if (!relations.isUndefined() && !relations.isNull()) {
        const Path p = top.child("relations");
        if (!relations.isArray()) {
            reader.fail(p, Tr::tr("expected an array of objects"));
            return reader.error();
        }
        const QJsonArray a = relations.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const Path item = p.at(i);
            if (!a.at(i).isObject()) {
                reader.fail(item, Tr::tr("expected an object"));
                return reader.error();
            }
            const QJsonObject rel = a.at(i).toObject();
            const QString typeName = rel.value(QLatin1String("type")).toString();
            const std::optional<RelationType> type = relationTypeFromName(typeName);
            if (!type) {
                reader.fail(item.child("type"), Tr::tr("unknown relation type \"%1\"").arg(typeName));
                return reader.error();
            }
            const QJsonValue target = rel.value(QLatin1String("target"));
            if (!target.isString() || target.toString().isEmpty()) {
                reader.fail(item.child("target"), Tr::tr("required, expected a non-empty string"));
                return reader.error();
            }
            r.relations.append(Relation { *type, ResourceId::fromString(target.toString()) });
        }
    }

    const QJsonValue status = o.value(QLatin1String("status"));
    if (!status.isUndefined() && !status.isNull()) {
        const Path p = top.child("status");
        if (!status.isObject()) {
            reader.fail(p, Tr::tr("expected an object"));
            return reader.error();
        }
        const QJsonObject s = status.toObject();
        const QJsonValue state = s.value(QLatin1String("state"));
        if (!state.isUndefined() && !state.isNull()) {
            const std::optional<ResourceState> st = resourceStateFromName(state.toString());
            if (!state.isString() || !st) {
                reader.fail(p.child("state"), Tr::tr("unknown state \"%1\"").arg(state.toVariant().toString()));
                return reader.error();
            }
            r.status.state = *st;
        }
        if (!reader.readField(s, "message", r.status.message, p))
            return reader.error();
    }

    const QJsonValue details = o.value(QLatin1String("details"));
    if (!details.isUndefined() && !details.isNull()) {
        if (!readDetails(reader, details, r.details, static_cast<std::size_t>(r.kind) + 1, top.child("details")))
            return reader.error();
    }
    return r;
}

QJsonObject inventoryToJson(const QList<ResourcePtr>& resources, const RelationsOf& relationsOf)
{
    QList<ResourcePtr> sorted = resources;
    sorted.removeIf([](const ResourcePtr& r) { return !r; });
    std::sort(sorted.begin(), sorted.end(), lessById);
    QJsonArray array;
    for (const ResourcePtr& r : std::as_const(sorted))
        array.append(relationsOf ? toJson(*r, relationsOf(*r)) : toJson(*r));
    return QJsonObject { { QStringLiteral("formatVersion"), FormatVersion },
                         { QStringLiteral("resources"), array } };
}

QJsonObject inventoryToJson(const Inventory& inventory)
{
    return inventoryToJson(inventory.all(), [&inventory](const Resource& r) { return inventory.relationsOf(r.id); });
}

Expected<QList<ResourcePtr>> inventoryFromJson(const QJsonObject& object)
{
    const QJsonValue version = object.value(QLatin1String("formatVersion"));
    if (!version.isDouble() || version.toDouble() != FormatVersion) {
        return Error(Tr::tr("Unsupported inventory JSON format version %1 (expected %2)")
                         .arg(version.toVariant().toString())
                         .arg(FormatVersion));
    }
    const QJsonValue resources = object.value(QLatin1String("resources"));
    if (!resources.isArray())
        return Error(Tr::tr("Malformed inventory JSON at \"resources\": expected an array of objects"));
    const QJsonArray a = resources.toArray();
    QList<ResourcePtr> out;
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString where = QStringLiteral("resources[%1]").arg(i);
        if (!a.at(i).isObject())
            return Error(Tr::tr("Malformed inventory JSON at \"%1\": expected an object").arg(where));
        Expected<Resource> r = fromJson(a.at(i).toObject());
        if (!r)
            return Error(r.error().message, where);
        out.append(std::make_shared<const Resource>(std::move(*r)));
    }
    return out;
}

} // namespace Netloom::Domain::ResourceJson
