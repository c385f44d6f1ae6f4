import Foundation

/// The columns the store derives from a profile: lookup and sort keys, and the birthday's stored
/// form. Computed apart from the insert so that an import computes them on its conversion threads,
/// not on its one writing thread (they were a third of that thread's time).
public struct DerivedCustomerColumns: Sendable {
    public let normalizedEmail: String?
    /// The column that makes "last digits" lookups an index range scan: the E.164 digits reversed
    /// ("…0134" typed from the end becomes a prefix, "4310…"). Whole numbers and their starts use
    /// the E.164 column itself.
    public let phoneReversed: String?
    public let birthday: String?
    public let sortKey: String
    public let addressKey: String

    public init(_ customer: Customer) {
        normalizedEmail = customer.emailAddress.isEmpty ? nil : EmailAddress.normalize(customer.emailAddress)
        phoneReversed = customer.phoneE164.map { String($0.dropFirst().reversed()) }
        birthday = customer.birthday?.description
        sortKey = customer.sortKey
        addressKey = AddressKey.make(customer.address)
    }
}
