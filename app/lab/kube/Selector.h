#pragma once

#include "models/core/Expected.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Netloom::Lab {

/// A parsed labelSelector or fieldSelector. Labels support =, ==, !=, in, notin, exists and !key;
/// fields support =, == and != on metadata.name and metadata.namespace (what the API server
/// supports for every kind) and on the kind's own selectable fields (ResourceKind::fieldSelectors,
/// e.g. a Secret's `type`), read by their dotted path.
class Selector final
{
public:
    static Expected<Selector> parseLabels(const QString& text);
    static Expected<Selector> parseFields(const QString& text, const QStringList& kindFields = {});

    bool isEmpty() const { return m_requirements.isEmpty(); }
    bool matches(const QJsonObject& object) const;

private:
    enum class Op { Equals, NotEquals, In, NotIn, Exists, DoesNotExist };
    struct Requirement
    {
        QString key;
        Op op;
        QStringList values;
    };

    bool m_fields = false;
    QList<Requirement> m_requirements;
};

} // namespace Netloom::Lab
