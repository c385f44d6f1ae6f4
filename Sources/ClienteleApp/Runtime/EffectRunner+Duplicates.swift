import CustomerCore
import CustomerStore
import Foundation

/// Duplicate suggestions, merges and their undo, against `store.duplicates` and `store.merges`.
extension EffectRunner {
    func performDuplicates(_ effect: Effect) throws -> [Msg] {
        switch effect {
        case .countDuplicates(let requestID):
            let store = self.store
            inBackground { .duplicatesCounted(requestID: requestID, count: try store.duplicates.count()) }
            return []
        case .loadDuplicateClusters:
            let store = self.store
            inBackground { .duplicateClustersLoaded(try store.duplicates.clusters()) }
            return []
        case .loadDuplicateProfiles(let cluster):
            return [.duplicateProfilesLoaded(clusterID: cluster.id, try store.duplicates.profiles(of: cluster))]
        case .ignoreDuplicates(let cluster):
            try store.duplicates.ignore(cluster, now: clock())
            return [.duplicatesIgnored(cluster)]
        case .proposeMerge(let first, let second, let keep, let remaining):
            return [proposeMerge(first, second, keep: keep, then: remaining)]
        case .applyMerge(let plan):
            return [applyMerge(plan)]
        case .mergeAllExact:
            let store = self.store, now = clock()
            inBackground {
                let clusters = try store.duplicates.exactClusters()
                let outcome = try store.merges.mergeAll(clusters, now: now)
                return .mergedAll(profiles: outcome.mergedProfiles, survivors: outcome.survivors, skipped: outcome.skipped.count)
            }
            return []
        case .undoMerge(let mergeID):
            do {
                return [.mergeUndone(try store.merges.undo(mergeID: mergeID, now: clock()))]
            } catch let refusal as MergeRefusal {
                return [.operationFailed(AppText.current.undoRefused(refusal.description))]
            }
        case .searchMergeCandidates(let requestID, let query, let excluded):
            let result = try store.customers.search(query, filter: DirectoryFilter(), limit: MergePickerUpdate.resultLimit + 1, now: clock())
            return [.mergeCandidatesFound(requestID: requestID, result.rows.filter { $0.id != excluded })]
        default:
            return []
        }
    }

    func proposeMerge(_ first: CustomerID, _ second: CustomerID, keep: CustomerID?, then remaining: [CustomerID]) -> Msg {
        do {
            return .mergePlanProposed(try store.merges.proposedPlan(first, second, keep: keep), then: remaining)
        } catch let refusal as MergeRefusal {
            return .mergeFailed(refusal.description)
        } catch {
            return .mergeFailed(String(describing: error))
        }
    }

    /// Applies a reviewed plan. A conflict answers with a fresh plan (same survivor) to review again.
    func applyMerge(_ plan: MergePlan) -> Msg {
        do {
            return .merged(try store.merges.apply(plan, now: clock()))
        } catch StoreError.conflict {
            guard let survivor = plan.survivor.id, let absorbed = plan.absorbed.id,
                  let fresh = try? store.merges.proposedPlan(survivor, absorbed, keep: survivor) else {
                return .mergeFailed(AppText.current.mergeProfileGone)
            }
            return .mergeConflicted(fresh)
        } catch let refusal as MergeRefusal {
            return .mergeFailed(refusal.description)
        } catch {
            return .mergeFailed(String(describing: error))
        }
    }

    /// Runs `work` on its own thread (the UI keeps drawing) and posts its answer to the inbox.
    func inBackground(_ work: @escaping @Sendable () throws -> Msg) {
        let inbox = self.inbox
        inbox.startedUncancellable()
        // A new thread starts without task-locals: it keeps the language of the loop that started it.
        let language = AppText.language
        Thread.detachNewThread {
            defer { inbox.finished() }
            AppText.$language.withValue(language) {
                do { inbox.post(try work()) } catch { inbox.post(.operationFailed(String(describing: error))) }
            }
        }
    }
}
