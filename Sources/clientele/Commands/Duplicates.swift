import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation

/// `clientele duplicates`: the duplicate suggestions of the review screen, for scripts, and
/// "Merge all" of the exact ones.
struct Duplicates: StoreCommand {
    /// Reads, unless it is asked to change something: then it writes (and may create the file).
    var storeAccess: StoreAccess { mergeAll || !unignore.isEmpty ? .writes : .reads }
    static let configuration = CommandConfiguration(
        commandName: "duplicates",
        abstract: "List duplicate suggestions, most certain first; --merge-all --yes merges the exact ones.",
        discussion: """
            "exact" clusters share an email address or a phone number; "possible" ones have similar names at the same \
            street address or postal code. --merge-all merges every exact cluster into its oldest profile (each merge can \
            be undone with `clientele merge --undo MERGE_ID`); it needs --yes, since a script has no prompt to answer. \
            --ignored lists the pairs someone said are not the same person (the review's "i"); --unignore ID ID \
            suggests such a pair again. Exit 0 when listed (also when there is none) or un-ignored, 1 when --unignore \
            names a pair that was not ignored, 2 when --merge-all merged some clusters and skipped others (named on \
            stderr), 64 for --merge-all without --yes, 4 on a database problem.
            """)

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print JSON: {\"clusters\": [...]}; with --merge-all {\"merged\", \"into\", \"mergeIds\"}.")
    var json = false

    @Flag(help: "Merge every exact cluster into its oldest profile.")
    var mergeAll = false

    @Flag(help: "List the pairs ignored as not duplicates, newest first (JSON: {\"ignored\": [{\"ignoredAt\", \"customers\": [{\"id\", \"name\"}]}]}).")
    var ignored = false

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Suggest an ignored pair again.", valueName: "ID ID"))
    var unignore: [Int64] = []

    @Flag(help: "Confirm --merge-all.")
    var yes = false

    @Flag(help: "With --merge-all: when a cluster's profiles hold more than 100 documents together, keep the newest 100 (the others stay in the merge's history) instead of skipping the cluster.")
    var keepNewestDocuments = false

    func validate() throws {
        if yes && !mergeAll { throw ValidationError("--yes only confirms --merge-all") }
        if keepNewestDocuments && !mergeAll { throw ValidationError("--keep-newest-documents goes with --merge-all") }
        if !unignore.isEmpty && unignore.count != 2 { throw ValidationError("--unignore takes two customer ids (the pair), not \(unignore.count)") }
        if [mergeAll, ignored, !unignore.isEmpty].filter({ $0 }).count > 1 {
            throw ValidationError("choose one of --merge-all, --ignored and --unignore")
        }
    }

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        if mergeAll {
            try mergeExactClusters(opened)
            return
        }
        if ignored { return try listIgnored(opened) }
        if unignore.count == 2 { return try suggestAgain(unignore[0], unignore[1], opened) }
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
            print(try JSONOutput.string(report))
            return
        }
        guard !clusters.isEmpty else {
            print("no duplicate suggestions")
            return
        }
        for (index, cluster) in clusters.enumerated() {
            if index > 0 { print("") }
            say("\(cluster.kind.rawValue): \(cluster.reason)")
            for id in cluster.customerIDs {
                guard let customer = customers[id] else { continue }
                let phone = customer.phoneE164 ?? customer.phoneNumber
                print("  " + HumanText.row([String(id), customer.displayName, customer.emailAddress, phone, customer.referenceID]))
            }
        }
        let exact = clusters.filter { $0.kind == .exact }.count
        print("\n\(counted(clusters.count, "suggestion", "suggestions")): \(exact) exact, \(clusters.count - exact) possible")
    }

    /// The pairs said not to be duplicates, newest first.
    func listIgnored(_ opened: any ClienteleStoring) throws {
        let pairs: [IgnoredPair]
        do { pairs = try opened.duplicates.ignoredPairs() } catch {
            Stderr.print("clientele duplicates --ignored: \(error)")
            throw ExitStatus.databaseProblem
        }
        if json {
            let report = IgnoredPairsJSON(ignored: pairs.map { pair in
                IgnoredPairsJSON.Pair(ignoredAt: ISO8601DateFormatter().string(from: pair.ignoredAt),
                                      customers: [.init(id: pair.firstID, name: pair.firstName), .init(id: pair.secondID, name: pair.secondName)])
            })
            print(try JSONOutput.string(report))
            return
        }
        guard !pairs.isEmpty else {
            print("no ignored pairs")
            return
        }
        for pair in pairs {
            print(HumanText.row([String(pair.firstID), pair.firstName, String(pair.secondID), pair.secondName,
                                 "ignored \(ISO8601DateFormatter().string(from: pair.ignoredAt))"]))
        }
        print("\n\(counted(pairs.count, "ignored pair", "ignored pairs")); suggest one again with `clientele duplicates --unignore ID ID`")
    }

    func suggestAgain(_ first: CustomerID, _ second: CustomerID, _ opened: any ClienteleStoring) throws {
        let removed: Bool
        do { removed = try opened.duplicates.unignore(first, second) } catch {
            Stderr.print("clientele duplicates --unignore: \(error)")
            throw ExitStatus.databaseProblem
        }
        guard removed else {
            Stderr.print("clientele duplicates --unignore: \(first) and \(second) are not an ignored pair (see --ignored)")
            throw ExitStatus.notFound
        }
        print("\(first) and \(second) will be suggested again when they look alike")
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
            print(try JSONOutput.string(jsonObject: object))
        } else if outcome.records.isEmpty && outcome.skipped.isEmpty {
            print("no exact duplicates to merge")
        } else {
            print("Merged \(outcome.mergedProfiles) profiles into \(outcome.survivors) (\(counted(outcome.records.count, "merge", "merges")); undo one with `clientele merge --undo MERGE_ID`)"
                  + (outcome.skipped.isEmpty ? "." : "; \(outcome.skipped.count) clusters skipped (above)."))
        }
        // Merged some, skipped others: done with some items refused.
        if !outcome.skipped.isEmpty { throw ExitStatus.partlyDone }
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

/// `clientele duplicates --ignored --json`.
struct IgnoredPairsJSON: Encodable {
    struct Pair: Encodable {
        let ignoredAt: String
        let customers: [Named]
    }

    struct Named: Encodable {
        let id: Int64
        let name: String
    }

    let ignored: [Pair]
}
