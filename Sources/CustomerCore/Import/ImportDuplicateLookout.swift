import Foundation

/// A dry run's count of possible duplicates, row by row: the same normalised email or E.164 phone as
/// a profile already stored or an earlier row, or a similar name at the same street address (what a
/// real import counts at its end, in SQL, through `ImportDestination.finish`).
struct ImportDuplicateLookout {
    private var emails: Set<String> = []
    private var phones: Set<String> = []
    private var namesAtAddress: [String: [(given: String, family: String)]] = [:]

    mutating func looksLikeDuplicate(_ customer: Customer, stored: ImportDestination) throws -> Bool {
        var duplicate = false
        let email = customer.emailAddress.isEmpty ? nil : EmailAddress.normalize(customer.emailAddress)
        if let email, !emails.insert(email).inserted { duplicate = true }
        if let phone = customer.phoneE164, !phones.insert(phone).inserted { duplicate = true }
        let addressKey = AddressKey.make(customer.address)
        func similar(_ names: [(given: String, family: String)]) -> Bool {
            names.contains { NameSimilarity.compare(given: customer.givenName, family: customer.familyName, withGiven: $0.given, family: $0.family) != nil }
        }
        if !addressKey.isEmpty {
            if similar(namesAtAddress[addressKey] ?? []) { duplicate = true }
            namesAtAddress[addressKey, default: []].append((customer.givenName, customer.familyName))
        }
        if duplicate { return true }
        return try stored.storedProfileMatches(email: email, phoneE164: customer.phoneE164, addressKey: addressKey, similar: similar)
    }
}
