#pragma once

#include "models/domain/Resource.h"

#include <QList>
#include <QMetaType>

namespace Netloom::Domain {

/// What changed in the Inventory during one event-loop turn, coalesced per id against the state at
/// the start of the batch: add+update = added, add+remove = nothing, update+remove = removed,
/// remove+add = updated. Each id appears in at most one list. Lists are in the order each id was
/// first touched in the batch.
struct ChangeBatch
{
    /// New ids, with their current value.
    QList<ResourcePtr> added;
    /// Ids that existed before and still exist, with their current value.
    QList<ResourcePtr> updated;
    /// Same length and order as updated: the value each had at the start of the batch
    /// (for views that must move an item whose parent changed).
    QList<ResourcePtr> updatedBefore;
    /// Ids that existed before and are gone, with the last value they had.
    QList<ResourcePtr> removed;
    /// Relations (resolved by the Inventory's RelationResolver) that exist now and did not at the
    /// start of the batch, and the reverse; in no particular order. A relation whose two ends are
    /// both removed is in relationsRemoved too.
    QList<ResolvedRelation> relationsAdded;
    QList<ResolvedRelation> relationsRemoved;
    /// Raw mutations recorded (every upsert or removal that changed the store), before coalescing.
    qsizetype mutationCount = 0;

    bool isEmpty() const
    {
        return added.isEmpty() && updated.isEmpty() && removed.isEmpty() && relationsAdded.isEmpty()
            && relationsRemoved.isEmpty();
    }
};

} // namespace Netloom::Domain

Q_DECLARE_METATYPE(Netloom::Domain::ChangeBatch)
