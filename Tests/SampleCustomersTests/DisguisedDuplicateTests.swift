import CustomerCore
import Foundation
import SampleCustomers
import Testing

/// With `disguises`, the list plants duplicates a person still recognises but no slip explains: a
/// short form of the given name, or the given and family names swapped — at the person's address,
/// with an email and phone of their own — and the truth file names them.
@Suite struct DisguisedDuplicateTests {
    let files: SampleFiles
    let rows: [[String: String]]
    let truth: [(row: Int, cluster: Int, kind: String)]

    init() throws {
        files = try SampleFiles()
        let truthPath = files.path("truth.csv")
        let options = CustomerListOptions(rows: 4_000, duplicateRate: 0.15, seed: 3, disguises: true)
        let (header, cells) = try files.records(try files.write(options, truth: truthPath))
        rows = cells.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
        truth = try files.truth(truthPath)
    }

    func pairs(_ kind: DuplicateKind) -> [(original: [String: String], duplicate: [String: String])] {
        var first: [Int: Int] = [:]
        for line in truth where line.kind == "original" && first[line.cluster] == nil { first[line.cluster] = line.row }
        return truth.filter { $0.kind == kind.rawValue }.compactMap { line in
            guard let original = first[line.cluster] else { return nil }
            return (rows[original - 1], rows[line.row - 1])
        }
    }

    func address(_ row: [String: String]) -> PostalAddress {
        PostalAddress(line1: row["Street Address 1"] ?? "", line2: row["Street Address 2"] ?? "", locality: row["City"] ?? "",
                      region: row["State"] ?? "", postalCode: row["Postal Code"] ?? "")
    }

    func similarity(_ a: [String: String], _ b: [String: String]) -> NameSimilarity? {
        NameSimilarity.compare(given: a["First Name"]!, family: a["Last Name"]!, withGiven: b["First Name"]!, family: b["Last Name"]!)
    }

    func sharesOnlyTheAddress(_ original: [String: String], _ duplicate: [String: String]) {
        #expect(!AddressKey.make(address(original)).isEmpty && AddressKey.make(address(duplicate)) == AddressKey.make(address(original)))
        #expect(EmailAddress.normalize(duplicate["Email Address"]!) != EmailAddress.normalize(original["Email Address"]!))
        #expect(duplicate["Phone Number"] == "")
    }

    @Test func everyKindIsPlantedAndTheTruthFileNamesIt() {
        let counts = Dictionary(grouping: truth, by: \.kind).mapValues(\.count)
        #expect(Set(counts.keys) == Set(DuplicateKind.allCases.map(\.rawValue)))
        for kind in [DuplicateKind.nickname, .swapped] { #expect((counts[kind.rawValue] ?? 0) > 30, "\(kind): \(counts)") }
        #expect(DuplicateKind.nickname.isPossible && DuplicateKind.swapped.isPossible && !DuplicateKind.samePhone.isPossible)
    }

    @Test func aNicknameRowIsAShortFormOfTheGivenNameTheDetectorKnows() {
        let pairs = pairs(.nickname)
        #expect(!pairs.isEmpty)
        for (original, duplicate) in pairs {
            sharesOnlyTheAddress(original, duplicate)
            #expect(duplicate["First Name"] != original["First Name"])
            #expect([.shortForm, .compoundPart].contains(similarity(duplicate, original)), "\(original) \(duplicate)")
        }
        #expect(pairs.contains { $0.original["First Name"] == "José" && ["Pepe", "Pepito"].contains($0.duplicate["First Name"]) })
    }

    @Test func aSwappedRowHasTheGivenAndFamilyNamesTheOtherWayRound() {
        let pairs = pairs(.swapped)
        #expect(!pairs.isEmpty)
        for (original, duplicate) in pairs {
            sharesOnlyTheAddress(original, duplicate)
            #expect(duplicate["First Name"] == original["Last Name"] && duplicate["Last Name"] == original["First Name"])
            #expect(similarity(duplicate, original) == .swapped, "\(original) \(duplicate)")
        }
    }
}
