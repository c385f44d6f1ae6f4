import CustomerCore
import Foundation

/// Merges and their undo, against `store.merges`; the picker's search.
extension EffectRunner {
    func perform(_ effect: MergeEffect) throws -> [Msg] {
        switch effect {
        case .propose(let first, let second, let keep, let remaining):
            return [proposeMerge(first, second, keep: keep, then: remaining)]
        case .apply(let plan):
            return [applyMerge(plan)]
        case .mergeAllExact:
            let store = self.store, now = clock()
            inBackground {
                let clusters = try store.duplicates.exactClusters()
                let outcome = try store.merges.mergeAll(clusters, keepNewestDocuments: false, now: now)
                return .merge(.mergedAll(profiles: outcome.mergedProfiles, survivors: outcome.survivors, skipped: outcome.skipped.count))
            }
            return []
        case .undo(let mergeID):
            do {
                return [.merge(.undone(try store.merges.undo(mergeID: mergeID, now: clock())))]
            } catch MergeRefusal.purged(let record) {
                // Purged at another counter since the card was loaded: worded like ctrl+z on a purged merge.
                return [.merge(.undoFoundPurged(record))]
            } catch let refusal as MergeRefusal {
                return [.merge(.undoRefused(refusal.description))]
            }
        case .searchCandidates(let requestID, let query, let excluded):
            let result = try store.customers.search(query, filter: DirectoryFilter(), limit: MergePickerUpdate.resultLimit + 1, now: clock())
            return [.merge(.candidatesFound(requestID: requestID, result.rows.filter { $0.id != excluded }))]
        }
    }

    func proposeMerge(_ first: CustomerID, _ second: CustomerID, keep: CustomerID?, then remaining: [CustomerID]) -> Msg {
        do {
            return .merge(.planProposed(try store.merges.proposedPlan(first, second, keep: keep), then: remaining))
        } catch let refusal as MergeRefusal {
            return .merge(.failed(.refused(refusal.description)))
        } catch {
            return .merge(.failed(.refused(String(describing: error))))
        }
    }

    /// Applies a reviewed plan. A conflict answers with a fresh plan (same survivor) to review again.
    func applyMerge(_ plan: MergePlan) -> Msg {
        do {
            return .merge(.merged(try store.merges.apply(plan, now: clock())))
        } catch StoreError.conflict {
            guard let survivor = plan.survivor.id, let absorbed = plan.absorbed.id,
                  let fresh = try? store.merges.proposedPlan(survivor, absorbed, keep: survivor) else {
                return .merge(.failed(.profileGone))
            }
            return .merge(.conflicted(fresh))
        } catch let refusal as MergeRefusal {
            return .merge(.failed(.refused(refusal.description)))
        } catch {
            return .merge(.failed(.refused(String(describing: error))))
        }
    }
}
