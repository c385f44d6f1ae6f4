import Foundation
import CustomerCore
import CustomerStore
import SampleCustomers

/// Precision and recall of duplicate detection, pairwise, against the sample generator's truth file.
/// Truth exact pairs: two rows of one truth cluster, both original/same-email/same-phone (they
/// share an email or a phone). Truth possible pairs: two rows of one truth cluster, at least one
/// `fuzzy`, `nickname` or `swapped` (other email and phone, similar name, same address). Predicted possible pairs leave
/// out pairs already in one predicted exact cluster, as the detector itself does. With `disguises` the
/// list plants nicknames and swapped names too, and the goal for possible pairs is P ≥ 0.98, R ≥ 0.95.
struct DuplicateQualityBench {
    let rows: Int
    let work: URL
    var disguises = false

    func run() throws {
        let name = disguises ? "quality-disguised" : "quality"
        let truthPath = work.appendingPathComponent("\(name)-truth.csv").path
        let (store, summary, seconds) = try DuplicatesBench.generateAndImport(rows: rows, work: work, name: name, truth: truthPath,
                                                                              disguises: disguises)
        print(String(format: "%@: %d rows imported in %.1f s (%d rejected)", name, summary.imported, seconds, summary.rejectedRowCount))
        let truth = try TruthFile(path: truthPath)

        // Customer id → row number, from the Reference ID "R0000042".
        var rowOfCustomer: [CustomerID: Int] = [:]
        var cursor: DirectoryCursor?
        repeat {
            let (customers, next) = try store.customers.customers(filter: DirectoryFilter(), after: cursor, limit: 1_000)
            for customer in customers where customer.referenceID.hasPrefix("R") {
                if let number = Int(customer.referenceID.dropFirst()), let id = customer.id { rowOfCustomer[id] = number }
            }
            cursor = next
        } while cursor != nil

        var clusters: [DuplicateCluster] = []
        let scanMilliseconds = try Stopwatch.measure { clusters = try store.duplicates.clusters() }
        let exactClusters = clusters.filter { $0.kind == .exact }, possibleClusters = clusters.filter { $0.kind == .possible }
        print(String(format: "%@: %d exact and %d possible clusters found in %.0f ms", name, exactClusters.count, possibleClusters.count, scanMilliseconds))

        func rowPairs(_ clusters: [DuplicateCluster]) -> Set<RowPair> {
            var pairs = Set<RowPair>()
            for cluster in clusters {
                let rows = cluster.customerIDs.compactMap { rowOfCustomer[$0] }
                for (index, a) in rows.enumerated() { for b in rows[(index + 1)...] { pairs.insert(RowPair(a, b)) } }
            }
            return pairs
        }
        let predictedExact = rowPairs(exactClusters)
        let predictedPossible = rowPairs(possibleClusters).subtracting(predictedExact)

        let exact = Score(predicted: predictedExact, truth: truth.exactPairs)
        let possible = Score(predicted: predictedPossible, truth: truth.possiblePairs)
        let run = "duplicates\(disguises ? " (disguised)" : ""), \(rows) rows"
        exact.print("exact", figure: run + ", exact", goal: "P = R = 1.0", met: exact.precision == 1 && exact.recall == 1)
        let (precisionGoal, recallGoal) = disguises ? (0.98, 0.95) : (0.95, 0.90)
        let possibleMet = possible.precision >= precisionGoal && possible.recall >= recallGoal
        possible.print("possible", figure: run + ", possible", goal: String(format: "P ≥ %.2f, R ≥ %.2f", precisionGoal, recallGoal), met: possibleMet)

        let profiles = try RowDescriptions(store: store)
        if exact.precision < 1 || exact.recall < 1 { try exact.printExamples("exact", profiles) }
        if !possibleMet || !possible.falsePositives.isEmpty || !possible.falseNegatives.isEmpty { try possible.printExamples("possible", profiles) }
    }

    /// Two row numbers, the smaller first.
    struct RowPair: Hashable, Comparable {
        let first: Int, second: Int
        init(_ a: Int, _ b: Int) { first = min(a, b); second = max(a, b) }
        static func < (lhs: Self, rhs: Self) -> Bool { (lhs.first, lhs.second) < (rhs.first, rhs.second) }
    }

    /// `row,cluster,kind` lines, turned into the two sets of true pairs.
    struct TruthFile {
        var exactPairs = Set<RowPair>()
        var possiblePairs = Set<RowPair>()

        init(path: String) throws {
            var members: [Int: [(row: Int, possible: Bool)]] = [:]
            for line in try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst() {
                let fields = line.split(separator: ",")
                guard fields.count == 3, let row = Int(fields[0]), let cluster = Int(fields[1]) else { continue }
                members[cluster, default: []].append((row, DuplicateKind(rawValue: String(fields[2]))?.isPossible ?? false))
            }
            for rows in members.values where rows.count > 1 {
                for (index, a) in rows.enumerated() {
                    for b in rows[(index + 1)...] {
                        if a.possible || b.possible { possiblePairs.insert(RowPair(a.row, b.row)) } else { exactPairs.insert(RowPair(a.row, b.row)) }
                    }
                }
            }
        }
    }

    /// True and false positives and negatives of one kind.
    struct Score {
        let truePositives: Int
        let falsePositives: [RowPair]
        let falseNegatives: [RowPair]

        init(predicted: Set<RowPair>, truth: Set<RowPair>) {
            truePositives = predicted.intersection(truth).count
            falsePositives = predicted.subtracting(truth).sorted()
            falseNegatives = truth.subtracting(predicted).sorted()
        }

        var precision: Double { let all = truePositives + falsePositives.count; return all == 0 ? 1 : Double(truePositives) / Double(all) }
        var recall: Double { let all = truePositives + falseNegatives.count; return all == 0 ? 1 : Double(truePositives) / Double(all) }

        /// The line, then the goal in the run's table (`figure` names the run and the kind).
        func print(_ kind: String, figure: String, goal: String, met: Bool) {
            Swift.print(String(format: "%@ precision %.4f recall %.4f   TP %d FP %d FN %d", kind.padding(toLength: 9, withPad: " ", startingAt: 0),
                               precision, recall, truePositives, falsePositives.count, falseNegatives.count))
            Scorecard.record(figure + " precision (recall \(String(format: "%.4f", recall)))", precision, unit: "", goal: goal, met: met)
        }

        /// The first ten of each mistake, with what the detector saw, to help tuning.
        func printExamples(_ kind: String, _ profiles: RowDescriptions) throws {
            for (title, pairs) in [("false positives", falsePositives), ("false negatives", falseNegatives)] where !pairs.isEmpty {
                Swift.print("  \(kind) \(title) (first 10 of \(pairs.count)):")
                for pair in pairs.prefix(10) {
                    Swift.print("    row \(pair.first): \(try profiles.describe(pair.first))")
                    Swift.print("    row \(pair.second): \(try profiles.describe(pair.second))")
                    Swift.print("")
                }
            }
        }
    }

    /// A row's profile as one line: name, email, phone, address.
    struct RowDescriptions {
        let store: ClienteleStore

        func describe(_ row: Int) throws -> String {
            let reference = String(format: "R%07d", row)
            guard let found = try store.customers.customers(referenceID: reference).first else { return "\(reference): not imported" }
            let address = found.address
            return "id \(found.id ?? 0) “\(found.givenName) \(found.familyName)” <\(found.emailAddress)> \(found.phoneE164 ?? found.phoneNumber)"
                + " | \(address.line1), \(address.postalCode) \(address.locality) | key \(AddressKey.make(address))"
        }
    }
}
