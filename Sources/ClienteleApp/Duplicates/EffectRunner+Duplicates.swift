import CustomerCore
import Foundation

/// Duplicate suggestions, against `store.duplicates`.
extension EffectRunner {
    func perform(_ effect: DuplicatesEffect) throws -> [Msg] {
        switch effect {
        case .count(let requestID):
            let store = self.store
            inBackground { .duplicates(.counted(requestID: requestID, count: try store.duplicates.count())) }
            return []
        case .loadClusters:
            let store = self.store
            inBackground { .duplicates(.clustersLoaded(try store.duplicates.clusters())) }
            return []
        case .loadProfiles(let cluster):
            return [.duplicates(.profilesLoaded(clusterID: cluster.id, try store.duplicates.profiles(of: cluster)))]
        case .ignore(let cluster):
            try store.duplicates.ignore(cluster, now: clock())
            return [.duplicates(.ignored(cluster))]
        case .loadIgnoredPairs:
            return [.duplicates(.ignoredPairsLoaded(try store.duplicates.ignoredPairs()))]
        case .unignore(let pair):
            try store.duplicates.unignore(pair.first, pair.second)
            return [.duplicates(.unignored(pair))]
        }
    }
}
