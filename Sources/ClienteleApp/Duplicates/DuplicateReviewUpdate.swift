import CustomerCore
import TerminalCore

/// The duplicate review as a modal: move between suggestions, merge, ignore, merge all.
extension DuplicateReviewState: ModalContent {
    public var scope: KeyScope { .duplicateReview }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .duplicateReview(let action)? = action else { return .stay }
        switch action {
        case .cancelModal: return .close
        case .showIgnored:
            app.modals.push(IgnoredPairsState())
            return .stay([.duplicates(.loadIgnoredPairs)])
        case .moveDown, .moveUp:
            guard let clusters, !clusters.isEmpty else { break }
            let next = max(0, min(clusters.count - 1, selected + (action == .moveDown ? 1 : -1)))
            if next != selected {
                selected = next
                return .stay([.duplicates(.loadProfiles(clusters[next]))])
            }
        case .mergeCluster:
            // The first two profiles; the others follow one at a time into the survivor.
            guard let cluster = selectedCluster, cluster.customerIDs.count >= 2 else { break }
            let ids = cluster.customerIDs
            return .stay([.merge(.propose(ids[0], ids[1], keep: nil, then: Array(ids.dropFirst(2))))])
        case .ignoreCluster:
            guard let cluster = selectedCluster else { break }
            return .stay([.duplicates(.ignore(cluster))])
        case .mergeAllExact:
            let exact = exactClusters
            if exact.isEmpty {
                app.say(DuplicatesNote.noExactDuplicates)
                break
            }
            app.modals.push(ConfirmState(DuplicatesQuestion.mergeAllExact(profiles: exactProfileCount, survivors: exact.count),
                                         onYes: ConfirmYes(status: StatusMessage(MergeNote.mergingAll), effects: [.merge(.mergeAllExact)])))
        }
        return .stay
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        DuplicateReviewView(theme: context.theme, phones: context.phones).draw(self, in: screen, on: &buffer)
        return nil
    }
}

/// Opening the review, the count behind the alerts, and the answers from the store.
enum DuplicateReviewUpdate {
    /// `D`: opens the review (or shows the open one) and scans for clusters.
    static func open(_ state: inout AppState) -> [Effect] {
        state.modals.removeAll(DuplicateReviewState.self)
        state.modals.push(DuplicateReviewState())
        return [.duplicates(.loadClusters)]
    }

    /// Asks for a fresh duplicate count; the newest request wins. After changes only: a scan
    /// costs about half a second at a million profiles, too much for every clock tick.
    static func count(_ state: inout AppState) -> Effect {
        state.duplicateCountRequest += 1
        return .duplicates(.count(requestID: state.duplicateCountRequest))
    }

    static func receive(_ msg: DuplicatesMsg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .counted(let requestID, let count):
            if requestID == state.duplicateCountRequest { state.duplicateCount = count }
            return []
        case .clustersLoaded(let clusters):
            // A full scan is also the freshest count (and supersedes any count still running).
            state.duplicateCount = clusters.count
            state.duplicateCountRequest += 1
            return state.modals.update(DuplicateReviewState.self) { review -> [Effect] in
                review.show(clusters)
                guard let cluster = review.selectedCluster, review.profilesClusterID != cluster.id else { return [] }
                return [.duplicates(.loadProfiles(cluster))]
            } ?? []
        case .profilesLoaded(let clusterID, let profiles):
            state.modals.update(DuplicateReviewState.self) { review in
                if review.selectedCluster?.id == clusterID {
                    review.profiles = profiles
                    review.profilesClusterID = clusterID
                }
            }
            return []
        case .ignored(let cluster):
            state.say(DuplicatesNote.ignored(cluster))
            state.duplicateCount = max(0, state.duplicateCount - 1)
            var effects: [Effect] = state.modals.update(DuplicateReviewState.self) { review -> [Effect] in
                review.remove(cluster)
                return review.selectedCluster.map { [Effect.duplicates(.loadProfiles($0))] } ?? []
            } ?? []
            effects.append(count(&state))
            return effects
        case .ignoredPairsLoaded(let pairs):
            state.modals.update(IgnoredPairsState.self) { list in
                list.pairs = pairs
                list.selected = min(list.selected, max(0, pairs.count - 1))
            }
            return []
        case .unignored(let pair):
            let names = state.modals.first(IgnoredPairsState.self)?.pairs?.first { CustomerPair($0.firstID, $0.secondID) == pair }
            state.say(DuplicatesNote.suggestedAgain(names.map { [$0.firstName, $0.secondName] } ?? []))
            // The list, the suggestions (when the review is open) and the count, all fresh.
            var effects: [Effect] = [.duplicates(.loadIgnoredPairs)]
            effects.append(state.modals.contains(DuplicateReviewState.self) ? .duplicates(.loadClusters) : count(&state))
            return effects
        }
    }
}

/// Status messages of the duplicate review.
public enum DuplicatesNote: StatusNote {
    case noExactDuplicates
    case ignored(DuplicateCluster)
    /// The names of a pair un-ignored.
    case suggestedAgain([String])

    public var isError: Bool { false }

    public var text: String {
        switch self {
        case .noExactDuplicates: AppText.current.noExactDuplicates
        case .ignored(let cluster): AppText.current.ignored(cluster)
        case .suggestedAgain(let names): AppText.current.suggestedAgain(names.joined(separator: " · "))
        }
    }
}

/// The review's question: merge every exact suggestion.
public enum DuplicatesQuestion: ConfirmQuestion {
    case mergeAllExact(profiles: Int, survivors: Int)

    public var title: String { AppText.current.mergeAllTitle }
    public var message: String {
        switch self {
        case .mergeAllExact(let profiles, let survivors): AppText.current.mergeAllMessage(profiles, survivors)
        }
    }
}
