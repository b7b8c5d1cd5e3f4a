#pragma once

#include "app/lab/kube/ResourceKind.h"

#include <QJsonObject>

#include <vector>

namespace Netloom::Lab {

class ResourceCatalog;

/// What the apiextensions-apiserver does with a CustomResourceDefinition: its checks and defaults, the
/// status its controllers would write (acceptedNames, NamesAccepted, Established, storedVersions), and the
/// kinds (one per served version) the server registers for it.
class CustomResourceDefinitions final
{
public:
    struct Verdict
    {
        int status = 200;
        QJsonObject body; ///< a Status when refused
        bool ok() const { return status < 300; }
    };

    /// Checks and defaults `crd` (a create when `existing` is null) and sets its status. `catalog` tells
    /// which names other kinds already use (a conflict leaves the CRD NamesAccepted=False, not Established).
    static Verdict admit(
        const ResourceKind& crdKind, QJsonObject& crd, const QJsonObject* existing, const ResourceCatalog& catalog);
    /// The kinds of an Established CRD's served versions (none when it is not Established).
    static std::vector<ResourceKind> kindsFor(const QJsonObject& crd);
    /// The CRD's status condition of that type is "True".
    static bool hasCondition(const QJsonObject& crd, const QString& type);
    /// The CRD as it is while its objects are being deleted: Terminating=True (InstanceDeletionInProgress).
    static QJsonObject terminating(QJsonObject crd, const QString& now);
};

} // namespace Netloom::Lab
