import Foundation

/// Identifier of a customer profile: the SQLite rowid, stable across merges for the survivor.
public typealias CustomerID = Int64

/// One customer profile with every field of PRODUCT §1, named the way Square names them.
public struct Customer: Hashable, Sendable, Codable {
    /// nil until the store has saved it.
    public var id: CustomerID?
    public var givenName: String
    public var familyName: String
    public var nickname: String
    public var companyName: String
    public var emailAddress: String
    /// The phone number exactly as it was typed or imported.
    public var phoneNumber: String
    /// The same number in E.164 ("+14155550134"), derived by libphonenumber; nil when there is no phone.
    public var phoneE164: String?
    public var address: PostalAddress
    public var birthday: Birthday?
    public var referenceID: String
    public var memo: String
    public var emailSubscription: EmailSubscription
    public var status: CustomerStatus
    public var creationSource: CreationSource
    public var createdAt: Date
    public var updatedAt: Date
    /// Last time something happened on the profile (a note, booking, payment, message).
    public var lastActivityAt: Date?
    /// Optimistic-concurrency counter: a save against an older version is a conflict.
    public var version: Int

    public init(
        id: CustomerID? = nil, givenName: String = "", familyName: String = "", nickname: String = "",
        companyName: String = "", emailAddress: String = "", phoneNumber: String = "", phoneE164: String? = nil,
        address: PostalAddress = PostalAddress(), birthday: Birthday? = nil, referenceID: String = "",
        memo: String = "", emailSubscription: EmailSubscription = .unknown, status: CustomerStatus = .client,
        creationSource: CreationSource = .manual, createdAt: Date = Date(), updatedAt: Date = Date(),
        lastActivityAt: Date? = nil, version: Int = 0
    ) {
        self.id = id
        self.givenName = givenName
        self.familyName = familyName
        self.nickname = nickname
        self.companyName = companyName
        self.emailAddress = emailAddress
        self.phoneNumber = phoneNumber
        self.phoneE164 = phoneE164
        self.address = address
        self.birthday = birthday
        self.referenceID = referenceID
        self.memo = memo
        self.emailSubscription = emailSubscription
        self.status = status
        self.creationSource = creationSource
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.lastActivityAt = lastActivityAt
        self.version = version
    }

    /// "Given Family", else nickname, company, email or phone: what a list shows for the person.
    public var displayName: String {
        // Without arrays filtered and joined: computed for every row a list or an export shows.
        if !givenName.isEmpty { return familyName.isEmpty ? givenName : givenName + " " + familyName }
        if !familyName.isEmpty { return familyName }
        for candidate in [nickname, companyName, emailAddress, phoneNumber] where !candidate.isEmpty {
            return candidate
        }
        return "(no name)"
    }

    /// The key the directory sorts by: family name first, folded for case and accents.
    public var sortKey: String {
        // Appended in place rather than an array filtered and joined: computed for every imported row.
        var joined = ""
        joined.reserveCapacity(familyName.utf8.count + givenName.utf8.count + companyName.utf8.count + emailAddress.utf8.count + 24)
        func add(_ part: String) {
            guard !part.isEmpty else { return }
            if !joined.isEmpty { joined += " " }
            joined += part
        }
        add(familyName); add(givenName); add(companyName); add(emailAddress); add(phoneE164 ?? phoneNumber)
        return SearchFolding.fold(joined)
    }
}

/// A postal address as Square stores it.
public struct PostalAddress: Hashable, Sendable, Codable {
    public var line1: String
    public var line2: String
    public var locality: String
    public var region: String
    public var postalCode: String
    public var country: String

    public init(line1: String = "", line2: String = "", locality: String = "", region: String = "",
                postalCode: String = "", country: String = "") {
        self.line1 = line1
        self.line2 = line2
        self.locality = locality
        self.region = region
        self.postalCode = postalCode
        self.country = country
    }

    public var isEmpty: Bool {
        [line1, line2, locality, region, postalCode, country].allSatisfy(\.isEmpty)
    }

    /// One line for lists: "12 Main St, Apt 1, Springfield, IL 62701, US".
    public var singleLine: String {
        let cityLine = [locality, [region, postalCode].filter { !$0.isEmpty }.joined(separator: " ")]
            .filter { !$0.isEmpty }.joined(separator: ", ")
        return [line1, line2, cityLine, country].filter { !$0.isEmpty }.joined(separator: ", ")
    }
}

/// Whether the customer agreed to receive marketing email.
public enum EmailSubscription: String, CaseIterable, Sendable, Codable {
    case subscribed, unsubscribed, unknown

    /// Square's wording, used in forms and exports.
    public var label: String {
        switch self {
        case .subscribed: "Subscribed"
        case .unsubscribed: "Unsubscribed"
        case .unknown: "Unknown"
        }
    }
}

/// vcita's "estado": where the person stands with the business.
public enum CustomerStatus: String, CaseIterable, Sendable, Codable {
    case lead, client, inactive

    public var label: String {
        switch self {
        case .lead: "Lead"
        case .client: "Client"
        case .inactive: "Inactive"
        }
    }
}

/// How a profile came to exist.
public enum CreationSource: String, CaseIterable, Sendable, Codable {
    case manual, `import`, merge, booking, loyalty, invoice

    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
