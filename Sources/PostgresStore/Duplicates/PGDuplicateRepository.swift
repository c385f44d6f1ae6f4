import CustomerCore
import Foundation

// UNPORTED STUB (branch postgres only): replace every method with the real one.
public struct PGDuplicateRepository: DuplicatesStore {
    let link: PGLink

    public func clusters() throws -> [DuplicateCluster] { throw PGUnported(part: "DuplicatesStore") }
    public func count() throws -> Int { throw PGUnported(part: "DuplicatesStore") }
    public func exactClusters() throws -> [DuplicateCluster] { throw PGUnported(part: "DuplicatesStore") }
    public func ignore(_ cluster: DuplicateCluster, now: Date) throws { throw PGUnported(part: "DuplicatesStore") }
    public func ignoredPairs() throws -> [IgnoredPair] { throw PGUnported(part: "DuplicatesStore") }
    @discardableResult
    public func unignore(_ first: CustomerID, _ second: CustomerID) throws -> Bool { throw PGUnported(part: "DuplicatesStore") }
    public func profiles(of cluster: DuplicateCluster) throws -> [DuplicateProfile] { throw PGUnported(part: "DuplicatesStore") }
}
