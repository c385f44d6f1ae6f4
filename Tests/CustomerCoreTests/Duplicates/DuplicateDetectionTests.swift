import Foundation
import Testing
@testable import CustomerCore

@Suite struct NameSimilarityTests {
    func similarity(_ a: (String, String), _ b: (String, String)) -> NameSimilarity? {
        NameSimilarity.compare(given: a.0, family: a.1, withGiven: b.0, family: b.1)
    }

    @Test func accentsAndCaseAreNotDifferences() {
        #expect(similarity(("José", "Núñez"), ("jose", "NUNEZ")) == .accentsOrCase)
        #expect(similarity(("José", "Núñez"), ("José", "Núñez")) == .identical)
    }

    @Test func aDroppedSwappedOrDoubledLetterIsATypo() {
        #expect(similarity(("Camille", "Dubois"), ("Camile", "Dubois")) == .typo)
        #expect(similarity(("María", "García"), ("Mraía", "García")) == .typo)
        #expect(similarity(("Ana", "Silva"), ("Anaa", "Silva")) == .typo)
        #expect(similarity(("Valentina", "Rossi"), ("Valnetnia", "Rossi")) == .typo)  // two slips in a long name
    }

    @Test func anInitialStandsForTheGivenName() {
        #expect(similarity(("J.", "García"), ("José", "Garcia")) == .initial)
        #expect(similarity(("J", "García"), ("Luis", "García")) == nil)
    }

    @Test func differentPeopleOfOneFamilyAreNotSimilar() {
        #expect(similarity(("Ana", "García"), ("Luis", "García")) == nil)
        #expect(similarity(("Emma", "Smith"), ("Emma", "Brown")) == nil)
        #expect(similarity(("Al", "Kim"), ("Ali", "Kim")) == nil)  // too short to call one letter a slip
    }

    @Test func aMissingNameIsNeverAMatch() {
        #expect(similarity(("", "García"), ("", "García")) == nil)
        #expect(similarity(("Ana", ""), ("Ana", "")) == nil)
    }

    @Test func editDistanceCountsAnAdjacentSwapOnce() {
        #expect(NameSimilarity.editDistance(Array("abcd".utf8), Array("abdc".utf8), limit: 3) == 1)
        #expect(NameSimilarity.editDistance(Array("kitten".utf8), Array("sitting".utf8), limit: 5) == 3)
        #expect(NameSimilarity.editDistance(Array("abcdef".utf8), Array("uvwxyz".utf8), limit: 1) == 2)  // stops early past the limit
    }
}

@Suite struct AddressKeyTests {
    @Test func streetWordsPunctuationAndAccentsAreWrittenOneWay() {
        let a = AddressKey.make(PostalAddress(line1: "12, Main Street.", postalCode: "94110"))
        let b = AddressKey.make(PostalAddress(line1: "12 main st", postalCode: "94110"))
        #expect(a == b)
        #expect(a == "12 main st|94110")
        #expect(AddressKey.make(PostalAddress(line1: "3 Avenida Libertad", postalCode: "28-001"))
                == AddressKey.make(PostalAddress(line1: "3 av. libertad", postalCode: "28001")))
    }

    @Test func withoutAPostalCodeTheCityTellsPlacesApart() {
        let paris = AddressKey.make(PostalAddress(line1: "5 Rue de la Paix", locality: "Paris"))
        let lyon = AddressKey.make(PostalAddress(line1: "5 rue de la paix", locality: "Lyon"))
        #expect(paris != lyon)
        #expect(paris == AddressKey.make(PostalAddress(line1: "5 r de la paix", locality: "PARIS")))
    }

    @Test func noStreetMeansNoKey() {
        #expect(AddressKey.make(PostalAddress(locality: "Paris", postalCode: "75001")) == "")
    }
}

@Suite struct DuplicateDetectorTests {
    func candidate(_ id: CustomerID, _ given: String, _ family: String, street: String = "12 Main St", postal: String = "94110") -> DuplicateCandidate {
        let address = PostalAddress(line1: street, postalCode: postal)
        return DuplicateCandidate(id: id, givenName: given, familyName: family, addressKey: AddressKey.make(address),
                                  addressLine: street, postalCode: postal)
    }

    @Test func sharedEmailsAndPhonesJoinIntoOneExactCluster() throws {
        let clusters = DuplicateDetector().exactClusters([
            .init(reason: .sameEmail("ana@example.com"), ids: [1, 2]),
            .init(reason: .samePhone("+14155550134"), ids: [2, 3]),
            .init(reason: .samePhone("+14155550199"), ids: [7, 8]),
        ])
        #expect(DuplicateCluster.sortedByCertainty(clusters).map(\.customerIDs) == [[1, 2, 3], [7, 8]])
        let joined = try #require(clusters.first { $0.customerIDs == [1, 2, 3] })
        #expect(joined.kind == .exact)
        #expect(joined.reason == "same email: ana@example.com; same phone: +14155550134")
        #expect(joined.matchingFields == [.emailAddress, .phoneNumber])
    }

    @Test func anIgnoredPairIsNotLinkedButANewcomerStillIs() {
        let detector = DuplicateDetector(ignored: [CustomerPair(2, 1)])
        #expect(detector.exactClusters([.init(reason: .sameEmail("a@b.co"), ids: [1, 2])]).isEmpty)
        #expect(detector.exactClusters([.init(reason: .sameEmail("a@b.co"), ids: [1, 2, 5])]).map(\.customerIDs) == [[1, 2, 5]])
    }

    @Test func similarNamesAtOneAddressArePossibleDuplicatesWithTheReason() {
        let clusters = DuplicateDetector().possibleClusters(
            sameAddress: [[candidate(1, "Camille", "Dubois"), candidate(2, "Camile", "Dubois"), candidate(3, "Hugo", "Dubois")]],
            samePostalCode: [], exact: [])
        #expect(clusters.map(\.customerIDs) == [[1, 2]])
        #expect(clusters[0].kind == .possible)
        #expect(clusters[0].reason == "nearly the same name (Camille Dubois / Camile Dubois) at the same address: 12 Main St, 94110")
    }

    @Test func samePostalCodeLinksOnlyWhenOneHasNoStreet() {
        let detector = DuplicateDetector()
        let otherStreet = detector.possibleClusters(sameAddress: [], samePostalCode: [[candidate(1, "Ana", "Silva"), candidate(2, "Ana", "Silva", street: "9 Oak Ave")]], exact: [])
        #expect(otherStreet.isEmpty)  // two households of the same name
        let noStreet = detector.possibleClusters(sameAddress: [], samePostalCode: [[candidate(1, "Ana", "Silva"), candidate(2, "Ana", "Silva", street: "")]], exact: [])
        #expect(noStreet.map(\.customerIDs) == [[1, 2]])
        #expect(noStreet[0].reason.contains("same postal code: 94110"))
    }

    @Test func profilesAlreadyInOneExactClusterAreNotSuggestedAgainAsPossible() {
        let detector = DuplicateDetector()
        let exact = detector.exactClusters([.init(reason: .sameEmail("a@b.co"), ids: [1, 2])])
        let possible = detector.possibleClusters(sameAddress: [[candidate(1, "Ana", "Silva"), candidate(2, "Ana", "Silva")]], samePostalCode: [], exact: exact)
        #expect(possible.isEmpty)
    }

    @Test func exactClustersComeBeforePossibleOnes() {
        let detector = DuplicateDetector()
        let all = detector.clusters(keyGroups: [.init(reason: .sameEmail("z@b.co"), ids: [40, 41])],
                                    links: detector.links(sameAddress: [candidate(1, "Ana", "Silva"), candidate(2, "Ana", "Silva")]))
        #expect(all.map(\.kind) == [.exact, .possible])
    }
}

@Suite struct AmbiguousPostalCodeTests {
    @Test func aProfileWithoutAStreetDoesNotGlueTwoHouseholdsTogether() {
        func candidate(_ id: CustomerID, _ street: String) -> DuplicateCandidate {
            DuplicateCandidate(id: id, givenName: "Ana", familyName: "Silva",
                               addressKey: AddressKey.make(PostalAddress(line1: street, postalCode: "94110")), addressLine: street, postalCode: "94110")
        }
        let clusters = DuplicateDetector().possibleClusters(
            sameAddress: [], samePostalCode: [[candidate(1, "12 Main St"), candidate(2, "40 Oak Ave"), candidate(3, ""), candidate(4, "")]], exact: [])
        #expect(clusters.map(\.customerIDs) == [[3, 4]])
    }
}

@Suite struct LargeBlockTests {
    @Test func aBigBlockIsSplitByFamilyNameSoPairsStayFew() {
        let address = PostalAddress(line1: "1 Main St", postalCode: "94110")
        let names = ["Silva", "Smith", "Brown", "Núñez", "Garcia", "Kim", "Li", "Park"]
        let block = (0..<400).map { index in
            DuplicateCandidate(id: CustomerID(index), givenName: "Person\(index)", familyName: names[index % names.count],
                               addressKey: AddressKey.make(address), addressLine: address.line1, postalCode: address.postalCode)
        }
        let pieces = DuplicateDetector.manageable(block)
        #expect(pieces.allSatisfy { $0.count <= DuplicateDetector.largestBlockCompared || Set($0.map { SearchFolding.fold($0.familyName).prefix(2) }).count == 1 })
        #expect(Set(pieces.flatMap { $0.map(\.id) }).count == 400)  // nobody lost who could match someone
        // Two spellings of one person still meet in the same piece.
        var withPair = block
        withPair.append(DuplicateCandidate(id: 1000, givenName: "Ana", familyName: "Silva", addressKey: block[0].addressKey, addressLine: "1 Main St", postalCode: "94110"))
        withPair.append(DuplicateCandidate(id: 1001, givenName: "Anna", familyName: "Silva", addressKey: block[0].addressKey, addressLine: "1 Main St", postalCode: "94110"))
        let clusters = DuplicateDetector().possibleClusters(sameAddress: [withPair], samePostalCode: [], exact: [])
        #expect(clusters.contains { $0.customerIDs == [1000, 1001] })
    }

    @Test func smallBlocksAreLeftWhole() {
        let address = PostalAddress(line1: "1 Main St", postalCode: "94110")
        let block = (0..<10).map { DuplicateCandidate(id: CustomerID($0), givenName: "A", familyName: "Z\($0)", addressKey: AddressKey.make(address),
                                                       addressLine: address.line1, postalCode: address.postalCode) }
        #expect(DuplicateDetector.manageable(block).map(\.count) == [10])
    }
}

@Suite struct ClusterOrderTests {
    @Test func mostCertainFirstExactThenMoreReasonsThenCloserNames() {
        let typo = DuplicateCluster(kind: .possible, reasons: [.similarNamesSameAddress(.typo, names: ["A"], address: "1 Main St")], customerIDs: [1, 2])
        let same = DuplicateCluster(kind: .possible, reasons: [.similarNamesSameAddress(.identical, names: ["A"], address: "1 Main St")], customerIDs: [3, 4])
        let email = DuplicateCluster(kind: .exact, reasons: [.sameEmail("a@b.co")], customerIDs: [9, 10])
        let emailAndPhone = DuplicateCluster(kind: .exact, reasons: [.sameEmail("c@d.co"), .samePhone("+14155550100")], customerIDs: [7, 8])
        let earlierEmail = DuplicateCluster(kind: .exact, reasons: [.sameEmail("e@f.co")], customerIDs: [5, 6])
        #expect(DuplicateCluster.sortedByCertainty([typo, same, email, emailAndPhone, earlierEmail]).map(\.customerIDs)
                == [[7, 8], [5, 6], [9, 10], [3, 4], [1, 2]])
    }
}
