import Foundation

/// How the directory is ordered (PRODUCT §2).
public enum DirectorySort: String, CaseIterable, Sendable, Codable {
    case name, recentlyAdded = "recently_added", lastActivity = "last_activity"

    public var label: String {
        switch self {
        case .name: "Name"
        case .recentlyAdded: "Recently added"
        case .lastActivity: "Last activity"
        }
    }
}

/// Narrows the directory; nil means "any".
public struct DirectoryFilter: Hashable, Sendable, Codable {
    public var groupID: Int64?
    public var status: CustomerStatus?
    public var emailSubscription: EmailSubscription?
    public var loyaltyMembersOnly: Bool
    public var remindersDueOnly: Bool
    public var overduePaymentsOnly: Bool
    public var createdFrom: Date?
    public var createdBefore: Date?
    /// Only these profiles (the directory's marked rows, for an export of them); nil: any.
    public var customerIDs: Set<CustomerID>?

    public init(groupID: Int64? = nil, status: CustomerStatus? = nil, emailSubscription: EmailSubscription? = nil,
                loyaltyMembersOnly: Bool = false, remindersDueOnly: Bool = false, overduePaymentsOnly: Bool = false,
                createdFrom: Date? = nil, createdBefore: Date? = nil, customerIDs: Set<CustomerID>? = nil) {
        self.groupID = groupID
        self.status = status
        self.emailSubscription = emailSubscription
        self.loyaltyMembersOnly = loyaltyMembersOnly
        self.remindersDueOnly = remindersDueOnly
        self.overduePaymentsOnly = overduePaymentsOnly
        self.createdFrom = createdFrom
        self.createdBefore = createdBefore
        self.customerIDs = customerIDs
    }

    public var isEmpty: Bool { self == DirectoryFilter() }
}

/// One line of the directory list: only what the list shows, never the whole profile.
public struct DirectoryRow: Hashable, Sendable, Codable, Identifiable {
    public var id: CustomerID
    public var displayName: String
    public var companyName: String
    public var emailAddress: String
    public var phoneNumber: String
    public var phoneE164: String?
    public var status: CustomerStatus
    public var createdAt: Date
    public var lastActivityAt: Date?

    public init(id: CustomerID, displayName: String, companyName: String, emailAddress: String, phoneNumber: String,
                phoneE164: String?, status: CustomerStatus, createdAt: Date, lastActivityAt: Date?) {
        self.id = id
        self.displayName = displayName
        self.companyName = companyName
        self.emailAddress = emailAddress
        self.phoneNumber = phoneNumber
        self.phoneE164 = phoneE164
        self.status = status
        self.createdAt = createdAt
        self.lastActivityAt = lastActivityAt
    }
}

/// Where the next page of the directory starts: the last row's sort value and id (keyset pagination).
public struct DirectoryCursor: Hashable, Sendable, Codable {
    public var sortValue: String
    public var id: CustomerID

    public init(sortValue: String, id: CustomerID) {
        self.sortValue = sortValue
        self.id = id
    }
}

/// A page of the directory and the cursor of the page after it (nil at the end).
public struct DirectoryPage: Hashable, Sendable {
    public var rows: [DirectoryRow]
    public var next: DirectoryCursor?

    public init(rows: [DirectoryRow], next: DirectoryCursor?) {
        self.rows = rows
        self.next = next
    }
}
