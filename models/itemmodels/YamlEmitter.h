#pragma once

#include "models/domain/Resource.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Netloom::ItemModels {

/// A small YAML 1.2 emitter over QJsonValue (block style, scalars quoted only when they must be),
/// so that the inspector can show a resource as YAML without yaml-cpp.
class YamlEmitter final
{
public:
    /// YAML of @p value; objects emit their keys in @p keyOrder first (top level only), then the
    /// rest in alphabetical order.
    static QString toYaml(const QJsonValue& value, const QStringList& keyOrder = {});
    /// The resource summary (Domain::ResourceJson) as YAML, most telling keys first.
    static QString resourceToYaml(const Domain::Resource& resource);
    /// @p text as a plain or double-quoted YAML scalar.
    static QString scalar(const QString& text);
};

} // namespace Netloom::ItemModels
