import ArgumentParser
import CustomerCore
import Foundation

/// `clientele duplicates`: the duplicate suggestions of the review screen, for scripts, and
/// "Merge all" of the exact ones.
struct Duplicates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List duplicate suggestions, most certain first; --merge-all --yes merges the exact ones.",
        discussion: """
            "exact" clusters share an email address or a phone number; "possible" ones have similar names at the same \
            street address or postal code. --merge-all merges every exact cluster into its oldest profile (each merge can \
            be undone with `clientele merge --undo MERGE_ID`); it needs --yes, since a script has no prompt to answer. \
            Exit 0 when listed (also when there is none), 64 for --merge-all without --yes, 4 on a database problem.
            """)

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print JSON: {\"clusters\": [...]}; with --merge-all {\"merged\", \"into\", \"mergeIds\"}.")
    var json = false

    @Flag(help: "Merge every exact cluster into its oldest profile.")
    var mergeAll = false

    @Flag(help: "Confirm --merge-all.")
    var yes = false

    @Flag(help: "With --merge-all: when a cluster's profiles hold more than 100 documents together, keep the newest 100 (the others stay in the merge's history) instead of skipping the cluster.")
    var keepNewestDocuments = false

    func validate() throws {
        if yes && !mergeAll { throw ValidationError("--yes only confirms --merge-all") }
        if keepNewestDocuments && !mergeAll { throw ValidationError("--keep-newest-documents goes with --merge-all") }
    }

    func run() throws {
        let opened = try StoreOpener.open(store)
        if mergeAll {
            try mergeExactClusters(opened)
            return
        }
        let clusters: [DuplicateCluster]
        let customers: [CustomerID: Customer]
        do {
            clusters = try opened.duplicates.clusters()
            let ids = Array(Set(clusters.flatMap(\.customerIDs)))
            customers = Dictionary(uniqueKeysWithValues: try opened.customers.customers(ids: ids).compactMap { customer in
                customer.id.map { ($0, customer) }
            })
        } catch {
            Stderr.print("clientele duplicates: \(error)")
            throw ExitStatus.databaseProblem
        }
        if json {
            let report = DuplicatesJSON(clusters: clusters.map { cluster in
                DuplicatesJSON.Cluster(kind: cluster.kind.rawValue, reason: cluster.reason,
                                       customers: cluster.customerIDs.compactMap { customers[$0] }.map(DuplicatesJSON.Profile.init))
            })
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
            return
        }
        guard !clusters.isEmpty else {
            print("no duplicate suggestions")
            return
        }
        for (index, cluster) in clusters.enumerated() {
            if index > 0 { print("") }
            print("\(cluster.kind.rawValue): \(cluster.reason)")
            for id in cluster.customerIDs {
                guard let customer = customers[id] else { continue }
                let phone = customer.phoneE164 ?? customer.phoneNumber
                print("  " + [String(id), customer.displayName, customer.emailAddress, phone, customer.referenceID]
                    .map { $0.isEmpty ? "-" : $0 }.joined(separator: "\t"))
            }
        }
        let exact = clusters.filter { $0.kind == .exact }.count
        print("\n\(clusters.count) suggestions: \(exact) exact, \(clusters.count - exact) possible")
    }

    /// "Merge all": every exact cluster into its oldest profile, one transaction per cluster, so an
    /// interruption leaves each cluster either merged or untouched. Skipped clusters are named.
    func mergeExactClusters(_ opened: any ClienteleStoring) throws {
        let clusters: [DuplicateCluster]
        do { clusters = try opened.duplicates.exactClusters() } catch {
            Stderr.print("clientele duplicates: \(error)")
            throw ExitStatus.databaseProblem
        }
        let profiles = clusters.reduce(0) { $0 + $1.customerIDs.count }
        guard yes else {
            Stderr.print("clientele duplicates --merge-all: this would merge \(profiles) profiles into \(clusters.count); add --yes to do it (there is no prompt)")
            throw ExitCode.validationFailure
        }
        let outcome: MergeAllOutcome
        do { outcome = try opened.merges.mergeAll(clusters, keepNewestDocuments: keepNewestDocuments) } catch {
            Stderr.print("clientele duplicates --merge-all: \(error) — the clusters merged before it are kept (each merge can be undone)")
            throw ExitStatus.databaseProblem
        }
        for skipped in outcome.skipped {
            Stderr.print("skipped \(skipped.cluster.customerIDs.map(String.init).joined(separator: ", ")): \(skipped.reason)")
        }
        if json {
            let object: [String: Any] = ["merged": outcome.mergedProfiles, "into": outcome.survivors, "mergeIds": outcome.records.map(\.id),
                                         "skipped": outcome.skipped.map { $0.cluster.customerIDs }]
            print(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted]), as: UTF8.self))
        } else if outcome.records.isEmpty && outcome.skipped.isEmpty {
            print("no exact duplicates to merge")
        } else {
            print("Merged \(outcome.mergedProfiles) profiles into \(outcome.survivors) (\(counted(outcome.records.count, "merge", "merges")); undo one with `clientele merge --undo MERGE_ID`)"
                  + (outcome.skipped.isEmpty ? "." : "; \(outcome.skipped.count) clusters skipped (above)."))
        }
    }
}

/// `clientele duplicates --json`: stable keys, the phone in E.164 (null when none could be read).
struct DuplicatesJSON: Encodable {
    struct Cluster: Encodable {
        let kind: String
        let reason: String
        let customers: [Profile]
    }

    struct Profile: Encodable {
        let id: Int64
        let referenceId, givenName, familyName, email: String
        let phone: String?

        init(_ customer: Customer) {
            id = customer.id ?? 0
            referenceId = customer.referenceID
            givenName = customer.givenName
            familyName = customer.familyName
            email = customer.emailAddress
            phone = customer.phoneE164
        }

        enum CodingKeys: String, CodingKey { case id, referenceId, givenName, familyName, email, phone }

        /// Written by hand so a missing phone is an explicit null: every profile has the same keys.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(referenceId, forKey: .referenceId)
            try container.encode(givenName, forKey: .givenName)
            try container.encode(familyName, forKey: .familyName)
            try container.encode(email, forKey: .email)
            try container.encode(phone, forKey: .phone)
        }
    }

    let clusters: [Cluster]
}
