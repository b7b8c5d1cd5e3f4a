#pragma once

#include "models/domain/Resource.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace Netloom::Topology {

/// Which resources the topology shows. Empty sets mean "all".
struct TopologyFilter
{
    QSet<Domain::ResourceKind> kinds;
    QStringList namespaces; ///< "" selects cluster-scoped and cloud resources
    QString text;           ///< case-insensitive substring of name, namespace, kind or details

    bool isEmpty() const { return kinds.isEmpty() && namespaces.isEmpty() && text.isEmpty(); }
    bool matches(const Domain::Resource& resource) const;

    bool operator==(const TopologyFilter&) const = default;
};

/// The text a search or a text filter looks in: name, namespace, kind name and details, lower case.
QString searchableText(const Domain::Resource& resource);

} // namespace Netloom::Topology
