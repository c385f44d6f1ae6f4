import CustomerCore
import TerminalCore

/// Keys and answers for the duplicate review.
enum DuplicateReviewUpdate {
    /// `D`: opens the review (or shows the open one) and scans for clusters.
    static func open(_ state: inout AppState) -> [Effect] {
        state.modals.removeAll { if case .duplicateReview = $0 { return true }; return false }
        state.modals.append(.duplicateReview(DuplicateReviewState()))
        return [.loadDuplicateClusters]
    }

    static func handle(_ key: KeyEvent, _ review: inout DuplicateReviewState, _ state: inout AppState, keyMap: KeyMap) -> [Effect] {
        var effects: [Effect] = []
        let action = keyMap.action(for: key, in: .duplicateReview)
        switch action {
        case .cancelModal:
            state.modals.removeLast()
            return []
        case .moveDown, .moveUp:
            guard let clusters = review.clusters, !clusters.isEmpty else { break }
            let step = action == .moveDown ? 1 : -1
            let next = max(0, min(clusters.count - 1, review.selected + step))
            if next != review.selected {
                review.selected = next
                effects = [.loadDuplicateProfiles(clusters[next])]
            }
        case .mergeCluster:
            // The first two profiles; the others follow one at a time into the survivor.
            guard let cluster = review.selectedCluster, cluster.customerIDs.count >= 2 else { break }
            let ids = cluster.customerIDs
            effects = [.proposeMerge(ids[0], ids[1], keep: nil, then: Array(ids.dropFirst(2)))]
        case .ignoreCluster:
            guard let cluster = review.selectedCluster else { break }
            effects = [.ignoreDuplicates(cluster)]
        case .mergeAllExact:
            let exact = review.exactClusters
            if exact.isEmpty {
                state.status = StatusMessage(text: AppText.current.noExactDuplicates, kind: .info)
                break
            }
            state.modals[state.modals.count - 1] = .duplicateReview(review)
            state.modals.append(.confirm(ConfirmState(title: AppText.current.mergeAllTitle,
                                                      message: AppText.current.mergeAllMessage(review.exactProfileCount, exact.count),
                                                      purpose: .mergeAllExact)))
            return []
        default:
            break
        }
        state.modals[state.modals.count - 1] = .duplicateReview(review)
        return effects
    }

    /// Answers from the effect runner: clusters, profiles, an ignore.
    static func receive(_ msg: Msg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .duplicateClustersLoaded(let clusters):
            // A full scan is also the freshest count (and supersedes any count still running).
            state.duplicateCount = clusters.count
            state.duplicateCountRequest += 1
            return updateReview(&state) { review in
                review.show(clusters)
                guard let cluster = review.selectedCluster, review.profilesClusterID != cluster.id else { return [] }
                return [.loadDuplicateProfiles(cluster)]
            }
        case .duplicateProfilesLoaded(let clusterID, let profiles):
            return updateReview(&state) { review in
                if review.selectedCluster?.id == clusterID {
                    review.profiles = profiles
                    review.profilesClusterID = clusterID
                }
                return []
            }
        case .duplicatesIgnored(let cluster):
            state.status = StatusMessage(text: AppText.current.ignored(cluster), kind: .info)
            state.duplicateCount = max(0, state.duplicateCount - 1)
            var effects = updateReview(&state) { review in
                review.remove(cluster)
                return review.selectedCluster.map { [.loadDuplicateProfiles($0)] } ?? []
            }
            effects.append(AppUpdate.countDuplicates(&state))
            return effects
        default:
            return []
        }
    }

    /// Changes the open review (wherever it is in the stack); nothing when it was closed.
    static func updateReview(_ state: inout AppState, _ change: (inout DuplicateReviewState) -> [Effect]) -> [Effect] {
        guard let index = state.modals.lastIndex(where: { if case .duplicateReview = $0 { return true }; return false }),
              case .duplicateReview(var review) = state.modals[index] else { return [] }
        let effects = change(&review)
        state.modals[index] = .duplicateReview(review)
        return effects
    }

    static func isOpen(_ state: AppState) -> Bool {
        state.modals.contains { if case .duplicateReview = $0 { return true }; return false }
    }
}
