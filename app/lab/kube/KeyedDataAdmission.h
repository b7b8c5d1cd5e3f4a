#pragma once

#include <QJsonObject>

namespace Netloom::Lab {

struct ResourceKind;

/// What the API server's strategies do on create and update of the kinds whose content is keyed
/// data, ConfigMap and Secret: a Secret's stringData merged into data (base64) and dropped, its type
/// defaulted to Opaque and immutable, kubernetes.io/tls requiring tls.crt and tls.key; keys checked
/// as config keys, base64 values checked, `immutable` enforced, at most 1 MiB of data.
class KeyedDataAdmission final
{
public:
    /// A refusal: HTTP status and the Status body; status 0 means admitted.
    struct Verdict
    {
        int status = 0;
        QJsonObject body;
        bool ok() const { return status == 0; }
    };

    static bool handles(const ResourceKind& kind);
    /// Defaults and checks; `object` is changed in place. `existing` is the stored object on update.
    static Verdict admit(const ResourceKind& kind, QJsonObject& object, const QJsonObject* existing);
};

} // namespace Netloom::Lab
