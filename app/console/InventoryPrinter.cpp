#include "app/console/InventoryPrinter.h"

#include "app/console/TerminalText.h"
#include "app/console/Tr.h"

#include "models/domain/Inventory.h"
#include "models/domain/ResourceJson.h"
#include "models/domain/ResourceProperties.h"

#include <yaml-cpp/yaml.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Netloom::Console {

using namespace Netloom::Domain;

namespace {

// A plain YAML scalar that a reader would take for something other than a string gets quoted.
bool needsQuotes(const QString& s)
{
    static const QRegularExpression special(
        QStringLiteral("^(?:[-+]?[0-9][0-9_.:eE+-]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)|"
                       "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|"
                       "null|Null|NULL|~|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?)$"));
    return s.isEmpty() || special.match(s).hasMatch() || s.front().isSpace() || s.back().isSpace();
}

void emitYaml(YAML::Emitter& out, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        if (o.isEmpty()) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            break;
        }
        out << YAML::BeginMap;
        for (auto it = o.begin(); it != o.end(); ++it) {
            out << YAML::Key;
            emitYaml(out, QJsonValue(it.key()));
            out << YAML::Value;
            emitYaml(out, it.value());
        }
        out << YAML::EndMap;
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        if (a.isEmpty()) {
            out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            break;
        }
        out << YAML::BeginSeq;
        for (const QJsonValue& v : a)
            emitYaml(out, v);
        out << YAML::EndSeq;
        break;
    }
    case QJsonValue::String: {
        const QString s = value.toString();
        if (needsQuotes(s))
            out << YAML::DoubleQuoted;
        out << s.toStdString();
        break;
    }
    case QJsonValue::Double:
        if (value.toDouble() == static_cast<double>(value.toInteger()))
            out << value.toInteger();
        else
            out << value.toDouble();
        break;
    case QJsonValue::Bool:
        out << value.toBool();
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out << YAML::Null;
        break;
    }
}

QList<ResourcePtr> sorted(QList<ResourcePtr> resources)
{
    std::sort(
        resources.begin(), resources.end(), [](const ResourcePtr& a, const ResourcePtr& b) { return a->id < b->id; });
    return resources;
}

} // namespace

bool InventoryPrinter::parseFormat(const QString& text, Format* format)
{
    const QString t = text.toLower();
    if (t == QLatin1String("json"))
        *format = Format::Json;
    else if (t == QLatin1String("yaml"))
        *format = Format::Yaml;
    else if (t == QLatin1String("table"))
        *format = Format::Table;
    else
        return false;
    return true;
}

QByteArray InventoryPrinter::render(const Inventory& inventory, Format format)
{
    return render(inventory.all(), format, [&inventory](const Resource& r) { return inventory.relationsOf(r.id); });
}

QByteArray InventoryPrinter::render(
    const QList<ResourcePtr>& resources, Format format, const ResourceJson::RelationsOf& relationsOf)
{
    switch (format) {
    case Format::Json:
        return toJson(resources, relationsOf);
    case Format::Yaml:
        return toYaml(resources, relationsOf);
    case Format::Table:
        return toTable(resources, relationsOf);
    }
    return {};
}

QByteArray InventoryPrinter::toJson(const QList<ResourcePtr>& resources, const ResourceJson::RelationsOf& relationsOf)
{
    return QJsonDocument(ResourceJson::inventoryToJson(resources, relationsOf)).toJson(QJsonDocument::Indented);
}

QByteArray InventoryPrinter::toYaml(const QList<ResourcePtr>& resources, const ResourceJson::RelationsOf& relationsOf)
{
    YAML::Emitter out;
    out.SetIndent(2);
    emitYaml(out, ResourceJson::inventoryToJson(resources, relationsOf));
    QByteArray text(out.c_str(), static_cast<qsizetype>(out.size()));
    text.append('\n');
    return text;
}

namespace {
constexpr qsizetype TableRelationLimit = 5;
constexpr qsizetype TableColumnLimit = 64;
} // namespace

QByteArray InventoryPrinter::toTable(const QList<ResourcePtr>& resources, const ResourceJson::RelationsOf& relationsOf)
{
    // Display properties already shown in their own column.
    static const QSet<QString> columns { QStringLiteral("Kind"), QStringLiteral("Name"), QStringLiteral("Namespace"),
        QStringLiteral("Parent"), QStringLiteral("Relations"), QStringLiteral("Id"), QStringLiteral("UID"),
        QStringLiteral("Resource version") };
    QList<QStringList> rows;
    rows.append({ QStringLiteral("KIND"), QStringLiteral("NAMESPACE"), QStringLiteral("NAME"), QStringLiteral("UID"),
        QStringLiteral("RESOURCEVERSION"), QStringLiteral("ID"), QStringLiteral("PARENT"), QStringLiteral("RELATIONS"),
        QStringLiteral("FIELDS") });
    for (const ResourcePtr& r : sorted(resources)) {
        const QList<Relation> resolved = relationsOf ? relationsOf(*r) : r->relations;
        // A table is read by people: the first few relations, then how many more (a class that
        // routes to 5,000 ingresses listed them all, and every row was padded to that cell). The
        // JSON and YAML formats keep every relation.
        QStringList relations;
        for (const Relation& rel : resolved) {
            if (relations.size() == TableRelationLimit) {
                relations.append(Tr::tr("+%n more", nullptr, int(resolved.size() - TableRelationLimit)));
                break;
            }
            relations.append(machineName(rel.type) + QLatin1Char(' ') + rel.target.toString());
        }
        QStringList fields;
        for (const DisplayProperty& p : displayProperties(*r, resolved))
            if (!columns.contains(p.label))
                fields.append(p.label + QStringLiteral(": ") + p.value);
        // Cluster data reaches a terminal here: a newline reads as a space, every other control
        // character is shown escaped (an annotation must not retitle or clear the screen).
        auto cell = [](const QString& s) {
            return s.isEmpty() ? QStringLiteral("-")
                               : TerminalText::escape(QString(s).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        };
        rows.append({ cell(machineName(r->kind)), cell(r->namespaceName), cell(r->name), cell(r->uid),
            cell(r->resourceVersion), cell(r->id.toString()), cell(r->parent.toString()),
            cell(relations.join(QStringLiteral(", "))), cell(fields.join(QStringLiteral("; "))) });
    }
    // Columns are padded to their widest cell, but never beyond TableColumnLimit: a longer cell
    // sticks out of its column instead of widening every other row.
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList& row : rows)
        for (qsizetype i = 0; i < row.size() - 1; ++i)
            widths[i] = std::min(TableColumnLimit, std::max(widths[i], row[i].size()));
    QString text;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i + 1 < row.size())
                line += row[i].leftJustified(widths[i]) + QStringLiteral("  ");
            else
                line += row[i];
        }
        text += line + QLatin1Char('\n');
    }
    return text.toUtf8();
}

} // namespace Netloom::Console
