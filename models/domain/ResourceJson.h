#pragma once

#include "models/core/Expected.h"
#include "models/domain/Resource.h"

#include <QJsonObject>
#include <QList>

#include <functional>

namespace Netloom::Domain {

class Inventory;

/// The JSON form of resources, documented in models/domain/README.md ("JSON format"). External
/// scripts read it (`netloom inventory --format json`): change it only by bumping FormatVersion.
namespace ResourceJson {

/// Version written as "formatVersion" by inventoryToJson().
inline constexpr int FormatVersion = 1;

/// The relations to write for a resource (an Inventory's resolved ones: Inventory::relationsOf).
using RelationsOf = std::function<QList<Relation>(const Resource&)>;

/// {"kind","id","name","namespace","uid","resourceVersion","parent","labels","relations","status",
///  "origin","created","details"}; every key is always written. "relations" are @p relations.
QJsonObject toJson(const Resource& resource, const QList<Relation>& relations);
/// Same, with the relations stated in the resource itself (Resource::relations).
QJsonObject toJson(const Resource& resource);

/// Parses what toJson() writes. Unknown keys are ignored; a missing optional key takes its
/// default; "kind" and "id" are required. A wrong type or unknown enum name is an Error naming the
/// path ("details.ports[1].port: expected an integer").
Expected<Resource> fromJson(const QJsonObject& object);

/// {"formatVersion":1,"resources":[...]} with resources sorted by id, each with the relations
/// @p relationsOf gives (default: those stated in the resource).
QJsonObject inventoryToJson(const QList<ResourcePtr>& resources, const RelationsOf& relationsOf = {});
/// Same, for everything in @p inventory, with its resolved outgoing relations.
QJsonObject inventoryToJson(const Inventory& inventory);

/// Parses inventoryToJson() output; rejects other format versions.
Expected<QList<ResourcePtr>> inventoryFromJson(const QJsonObject& object);

} // namespace ResourceJson

} // namespace Netloom::Domain
