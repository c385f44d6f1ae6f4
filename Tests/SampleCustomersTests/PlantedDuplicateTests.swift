import CustomerCore
import Foundation
import SampleCustomers
import Testing

/// The truth file against the list it describes, read back from the files: every planted
/// duplicate is named, and the rows it names really share what its kind says — as the import
/// sees it (normalised email, E.164 phone, the address key, the name comparison).
@Suite struct PlantedDuplicateTests {
    let files: SampleFiles
    /// Square's columns, by header.
    let rows: [[String: String]]
    let truth: [(row: Int, cluster: Int, kind: String)]

    init() throws {
        files = try SampleFiles()
        let truthPath = files.path("truth.csv")
        let (header, cells) = try files.records(try files.write(CustomerListOptions(rows: 4_000, duplicateRate: 0.15, seed: 3), truth: truthPath))
        rows = cells.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
        truth = try files.truth(truthPath)
    }

    /// Each planted duplicate beside its person's first row (a line naming a row or a person that
    /// is not there is left out, and `theTruthFileNamesEveryRow…` says so).
    func pairs(_ kind: DuplicateKind) -> [(original: [String: String], duplicate: [String: String])] {
        var first: [Int: Int] = [:]
        for line in truth where line.kind == "original" && first[line.cluster] == nil { first[line.cluster] = line.row }
        return truth.filter { $0.kind == kind.rawValue }.compactMap { line in
            guard let original = first[line.cluster], rows.indices.contains(original - 1), rows.indices.contains(line.row - 1) else { return nil }
            return (rows[original - 1], rows[line.row - 1])
        }
    }

    /// Every person's first row.
    var originals: [[String: String]] { pairs(.original).map(\.duplicate) }

    func e164(_ text: String?) -> String? { try? PhoneNumberParser(defaultRegion: "US").parse(text ?? "").e164 }
    func email(_ row: [String: String]) -> String { EmailAddress.normalize(row["Email Address"] ?? "") }
    func address(_ row: [String: String]) -> PostalAddress {
        PostalAddress(line1: row["Street Address 1"] ?? "", line2: row["Street Address 2"] ?? "", locality: row["City"] ?? "",
                      region: row["State"] ?? "", postalCode: row["Postal Code"] ?? "")
    }

    @Test func theTruthFileNamesEveryRowOnceWithItsPersonAndKind() throws {
        #expect(truth.map(\.row) == Array(1...4_000))
        #expect(truth.map(\.row) == rows.map { Int($0["Reference ID"]?.dropFirst() ?? "") ?? -1 })
        // People are numbered in the order of their first rows; a duplicate repeats one seen before.
        var people = 0
        for line in truth {
            if line.kind == "original" {
                #expect(line.cluster == people)
                people += 1
            } else {
                #expect(line.cluster < people, "row \(line.row)")
            }
        }
        let counts = Dictionary(grouping: truth, by: \.kind).mapValues(\.count)
        // Without `disguises`, no nickname and no swapped names: the list of before they existed.
        let kinds = DuplicateKind.allCases.filter { $0 != .nickname && $0 != .swapped }
        #expect(Set(counts.keys) == Set(kinds.map(\.rawValue)))
        #expect((500...700).contains(4_000 - (counts["original"] ?? 0)), "\(counts)")  // 15 % of 4,000
        for kind in kinds where kind != .original { #expect((counts[kind.rawValue] ?? 0) > 120, "\(kind): \(counts)") }
    }

    @Test func originalsShareNoEmailAndNoPhoneAndEveryPhoneIsValid() throws {
        #expect(Set(originals.map(email)).count == originals.count)
        let phones = originals.map { e164($0["Phone Number"]) }
        #expect(phones.allSatisfy { $0 != nil })
        #expect(Set(phones).count == originals.count)
    }

    @Test func aSameEmailRowHasItsPersonsAddressWrittenAnotherWayAndNoPhone() throws {
        let pairs = pairs(.sameEmail)
        #expect(!pairs.isEmpty)
        for (original, duplicate) in pairs {
            #expect(email(duplicate) == email(original) && !email(original).isEmpty)
            #expect(duplicate["Email Address"] != original["Email Address"], "\(duplicate)")
            #expect(duplicate["Phone Number"] == "")
            let given = original["First Name"]!
            #expect([given, given.prefix(1) + "."].contains(duplicate["First Name"]!) && duplicate["Last Name"] == original["Last Name"])
        }
        #expect(pairs.contains { $0.duplicate["First Name"]!.hasSuffix(".") })
    }

    @Test func aSamePhoneRowHasItsPersonsNumberWrittenAnotherWayAndNoEmail() throws {
        let pairs = pairs(.samePhone)
        #expect(!pairs.isEmpty)
        for (original, duplicate) in pairs {
            #expect(e164(duplicate["Phone Number"]) == e164(original["Phone Number"]) && e164(original["Phone Number"]) != nil)
            #expect(duplicate["Phone Number"] != original["Phone Number"])
            #expect(duplicate["Email Address"] == "")
        }
    }

    @Test func aFuzzyRowHasASlipInTheNameAtTheSameAddressAndNothingElseInCommon() throws {
        let pairs = pairs(.fuzzy)
        #expect(!pairs.isEmpty)
        for (original, duplicate) in pairs {
            for column in ["Street Address 1", "Street Address 2", "City", "Postal Code"] { #expect(duplicate[column] == original[column]) }
            #expect(!AddressKey.make(address(original)).isEmpty && AddressKey.make(address(duplicate)) == AddressKey.make(address(original)))
            #expect(duplicate["First Name"] != original["First Name"], "\(duplicate)")
            #expect(NameSimilarity.compare(given: duplicate["First Name"]!, family: duplicate["Last Name"]!,
                                           withGiven: original["First Name"]!, family: original["Last Name"]!) != nil, "\(original) \(duplicate)")
            #expect(email(duplicate) != email(original) && !email(duplicate).isEmpty)
            #expect(duplicate["Phone Number"] == "")
        }
        // Some slips drop the accents of the family name too.
        #expect(pairs.contains { $0.duplicate["Last Name"] != $0.original["Last Name"] })
    }

    /// Not only the slips one list happens to draw: every given name, slipped many times, is still
    /// the same name to the detector (one slip, never on a letter that folds to two bytes), and
    /// never the name itself.
    @Test func everySlipOfEveryGivenNameIsOneTheDetectorSees() throws {
        var names: [String: SampleName] = [:]
        for index in 0..<3_000 { let name = SamplePerson(index: index, seed: 1).givenName; names[name.written] = name }
        #expect(names.count > 40 && names["Søren"] != nil && names["Łukasz"] != nil)
        var random = SplitMix64(seed: 5)
        for name in names.values {
            for _ in 0..<100 {
                let slipped = NameSlip.apply(to: name, &random)
                #expect(slipped != name.written)
                #expect(NameSimilarity.compare(given: slipped, family: "Núñez", withGiven: name.written, family: "Núñez") != nil,
                        "\(name.written) → \(slipped)")
            }
        }
    }

    /// Far past this list's people, in every city: numbers stay valid and distinct, and each
    /// written form of a number is the same number.
    @Test func phonesStayValidAndDistinctForMillionsOfPeople() throws {
        var cities: [String: SampleCity] = [:]
        for index in 0..<2_000 where cities.count < 10 {
            let city = SamplePerson(index: index, seed: 42).city
            cities[city.name] = city
        }
        #expect(cities.count == 10)
        let indexes = [0, 1, 9_999, 10_000, 109_999, 110_000, 999_999, 1_000_000, 4_321_987, SamplePhone.distinctNumbers - 1]
        for city in cities.values {
            var seen = Set<String>()
            for index in indexes {
                let phone = SamplePhone(index: index, city: city)
                let forms = (0..<SamplePhone.styleCount).map { e164(phone.written(style: $0)) }
                #expect(forms.allSatisfy { $0 != nil && $0 == forms[0] }, "\(city.name), \(index): \(phone)")
                #expect(seen.insert(forms[0] ?? "").inserted, "\(city.name), \(index): \(phone)")
            }
        }
    }
}
