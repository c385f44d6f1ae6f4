import Foundation
import GRDB
import CustomerCore

/// Mapping between `Customer` and the `customer` table, by hand: the table holds derived
/// lookup columns (normalised email, phone keys, sort key) that the domain type does not.
extension Customer {
    static let selectColumns = """
        id, given_name, family_name, nickname, company_name, email_address, phone_number, phone_e164,
        address_line1, address_line2, locality, region, postal_code, country, birthday, reference_id, memo,
        email_subscription, status, creation_source, created_at, updated_at, last_activity_at, version
        """

    static let insertSQL = """
        INSERT INTO customer (given_name, family_name, nickname, company_name, email_address, email_normalized,
            phone_number, phone_e164, phone_reversed, address_line1, address_line2, locality, region,
            postal_code, country, birthday, reference_id, memo, email_subscription, status, creation_source,
            created_at, updated_at, last_activity_at, version, sort_key, address_key)
        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
        """

    static let updateSQL = """
        UPDATE customer SET given_name = ?, family_name = ?, nickname = ?, company_name = ?, email_address = ?,
            email_normalized = ?, phone_number = ?, phone_e164 = ?, phone_reversed = ?,
            address_line1 = ?, address_line2 = ?, locality = ?, region = ?, postal_code = ?, country = ?, birthday = ?,
            reference_id = ?, memo = ?, email_subscription = ?, status = ?, creation_source = ?, created_at = ?,
            updated_at = ?, last_activity_at = ?, version = ?, sort_key = ?, address_key = ?
        WHERE id = ? AND version = ?
        """

    /// The same insert with the id given: a merge's undo puts a profile back under its own id.
    static let insertWithIDSQL = insertSQL
        .replacingOccurrences(of: "INSERT INTO customer (", with: "INSERT INTO customer (id, ")
        .replacingOccurrences(of: "VALUES (", with: "VALUES (?,")

    /// The 27 values of `insertSQL`/`updateSQL`, derived lookup keys included.
    func storedValues() -> [DatabaseValueConvertible?] {
        let derived = DerivedCustomerColumns(self)
        return [
            givenName, familyName, nickname, companyName, emailAddress, derived.normalizedEmail,
            phoneNumber, phoneE164, derived.phoneReversed,
            address.line1, address.line2, address.locality, address.region, address.postalCode, address.country,
            derived.birthday, referenceID, memo, emailSubscription.rawValue, status.rawValue, creationSource.rawValue,
            StoredTime.encode(createdAt), StoredTime.encode(updatedAt), StoredTime.encode(lastActivityAt ?? createdAt), version,
            derived.sortKey, derived.addressKey,
        ]
    }

    init(row: Row) {
        self.init(
            id: row[0], givenName: row[1], familyName: row[2], nickname: row[3], companyName: row[4],
            emailAddress: row[5], phoneNumber: row[6], phoneE164: row[7],
            address: PostalAddress(line1: row[8], line2: row[9], locality: row[10], region: row[11],
                                   postalCode: row[12], country: row[13]),
            birthday: (row[14] as String?).flatMap(Birthday.init),
            referenceID: row[15], memo: row[16],
            emailSubscription: EmailSubscription(rawValue: row[17]) ?? .unknown,
            status: CustomerStatus(rawValue: row[18]) ?? .client,
            creationSource: CreationSource(rawValue: row[19]) ?? .manual,
            createdAt: StoredTime.decode(row[20] as Int64), updatedAt: StoredTime.decode(row[21] as Int64),
            lastActivityAt: StoredTime.decode(row[22] as Int64), version: row[23]
        )
    }
}

/// The columns the store derives from a profile: lookup and sort keys, and the birthday's stored
/// form. Computed apart from the insert so that an import computes them on its conversion threads,
/// not on its one writing thread (they were a third of that thread's time).
struct DerivedCustomerColumns: Sendable {
    let normalizedEmail: String?
    /// The column that makes "last digits" lookups an index range scan: the E.164 digits reversed
    /// ("…0134" typed from the end becomes a prefix, "4310…"). Whole numbers and their starts use
    /// the E.164 column itself.
    let phoneReversed: String?
    let birthday: String?
    let sortKey: String
    let addressKey: String

    init(_ customer: Customer) {
        normalizedEmail = customer.emailAddress.isEmpty ? nil : EmailAddress.normalize(customer.emailAddress)
        phoneReversed = customer.phoneE164.map { String($0.dropFirst().reversed()) }
        birthday = customer.birthday?.description
        sortKey = customer.sortKey
        addressKey = AddressKey.make(customer.address)
    }
}

extension DirectoryRow {
    /// The list's columns, qualified with the `c` alias the directory queries use.
    static let qualifiedColumns = """
        c.id, c.given_name, c.family_name, c.nickname, c.company_name, c.email_address, c.phone_number, c.phone_e164, \
        c.status, c.created_at, c.last_activity_at
        """

    init(row: Row) {
        let customer = Customer(givenName: row[1], familyName: row[2], nickname: row[3], companyName: row[4],
                                emailAddress: row[5], phoneNumber: row[6])
        self.init(id: row[0], displayName: customer.displayName, companyName: row[4], emailAddress: row[5],
                  phoneNumber: row[6], phoneE164: row[7], status: CustomerStatus(rawValue: row[8]) ?? .client,
                  createdAt: StoredTime.decode(row[9] as Int64), lastActivityAt: StoredTime.decode(row[10] as Int64))
    }
}
