import CustomerCore
import Foundation

/// `Customer` ↔ the `customer` table, as `Customer+Row` in the SQLite store: the same columns and
/// derived keys (`DerivedCustomerColumns`, shared, so both backends find the same duplicates and
/// sort the same way).
enum PGCustomerRow {
    static let selectColumns = """
        id, given_name, family_name, nickname, company_name, email_address, phone_number, phone_e164,
        address_line1, address_line2, locality, region, postal_code, country, birthday, reference_id, memo,
        email_subscription, status, creation_source, created_at, updated_at, last_activity_at, version
        """

    /// `selectColumns` qualified with the `c` alias.
    static let qualifiedSelectColumns = selectColumns.split(separator: ",")
        .map { "c." + $0.trimmingCharacters(in: .whitespacesAndNewlines) }.joined(separator: ", ")

    static let storedColumns = """
        given_name, family_name, nickname, company_name, email_address, email_normalized,
        phone_number, phone_e164, phone_reversed, address_line1, address_line2, locality, region,
        postal_code, country, birthday, reference_id, memo, email_subscription, status, creation_source,
        created_at, updated_at, last_activity_at, version, sort_key, address_key
        """

    static let insertSQL = "INSERT INTO customer (\(storedColumns)) VALUES (\(Array(repeating: "?", count: 27).joined(separator: ","))) RETURNING id"

    /// The same insert with the id given: a merge's undo puts a profile back under its own id.
    static let insertWithIDSQL = "INSERT INTO customer (id, \(storedColumns)) VALUES (\(Array(repeating: "?", count: 28).joined(separator: ",")))"

    static let updateSQL = """
        UPDATE customer SET given_name = ?, family_name = ?, nickname = ?, company_name = ?, email_address = ?,
            email_normalized = ?, phone_number = ?, phone_e164 = ?, phone_reversed = ?,
            address_line1 = ?, address_line2 = ?, locality = ?, region = ?, postal_code = ?, country = ?, birthday = ?,
            reference_id = ?, memo = ?, email_subscription = ?, status = ?, creation_source = ?, created_at = ?,
            updated_at = ?, last_activity_at = ?, version = ?, sort_key = ?, address_key = ?
        WHERE id = ? AND version = ?
        """

    /// The 27 values of `insertSQL`/`updateSQL`, in `storedColumns` order.
    /// `derived`: the columns the import's conversion threads already computed for this profile
    /// (computing them again on the writing thread was most of its own work).
    static func storedValues(_ customer: Customer, derived known: DerivedCustomerColumns? = nil) -> [any PGBindable] {
        let derived = known ?? DerivedCustomerColumns(customer)
        return [
            customer.givenName, customer.familyName, customer.nickname, customer.companyName, customer.emailAddress, derived.normalizedEmail,
            customer.phoneNumber, customer.phoneE164, derived.phoneReversed,
            customer.address.line1, customer.address.line2, customer.address.locality, customer.address.region,
            customer.address.postalCode, customer.address.country,
            derived.birthday, customer.referenceID, customer.memo, customer.emailSubscription.rawValue, customer.status.rawValue,
            customer.creationSource.rawValue,
            StoredTime.encode(customer.createdAt), StoredTime.encode(customer.updatedAt),
            StoredTime.encode(customer.lastActivityAt ?? customer.createdAt), customer.version,
            derived.sortKey, derived.addressKey,
        ]
    }

    /// A profile from a row holding `selectColumns`.
    static func customer(_ row: PGRow) throws -> Customer {
        Customer(
            id: try row.int("id"), givenName: try row.text("given_name"), familyName: try row.text("family_name"),
            nickname: try row.text("nickname"), companyName: try row.text("company_name"),
            emailAddress: try row.text("email_address"), phoneNumber: try row.text("phone_number"), phoneE164: try row.optionalText("phone_e164"),
            address: PostalAddress(line1: try row.text("address_line1"), line2: try row.text("address_line2"), locality: try row.text("locality"),
                                   region: try row.text("region"), postalCode: try row.text("postal_code"), country: try row.text("country")),
            birthday: try row.optionalText("birthday").flatMap(Birthday.init),
            referenceID: try row.text("reference_id"), memo: try row.text("memo"),
            emailSubscription: EmailSubscription(rawValue: try row.text("email_subscription")) ?? .unknown,
            status: CustomerStatus(rawValue: try row.text("status")) ?? .client,
            creationSource: CreationSource(rawValue: try row.text("creation_source")) ?? .manual,
            createdAt: StoredTime.decode(try row.int("created_at")), updatedAt: StoredTime.decode(try row.int("updated_at")),
            lastActivityAt: StoredTime.decode(try row.int("last_activity_at")), version: Int(try row.int("version"))
        )
    }

    /// The list's columns, qualified with the `c` alias the directory queries use.
    static let listColumns = """
        c.id, c.given_name, c.family_name, c.nickname, c.company_name, c.email_address, c.phone_number, c.phone_e164, \
        c.status, c.created_at, c.last_activity_at
        """

    /// A list row from a row holding `listColumns`.
    static func listRow(_ row: PGRow) throws -> DirectoryRow {
        let names = Customer(givenName: try row.text("given_name"), familyName: try row.text("family_name"), nickname: try row.text("nickname"),
                             companyName: try row.text("company_name"), emailAddress: try row.text("email_address"),
                             phoneNumber: try row.text("phone_number"))
        return DirectoryRow(id: try row.int("id"), displayName: names.displayName, companyName: names.companyName,
                            emailAddress: names.emailAddress, phoneNumber: names.phoneNumber, phoneE164: try row.optionalText("phone_e164"),
                            status: CustomerStatus(rawValue: try row.text("status")) ?? .client,
                            createdAt: StoredTime.decode(try row.int("created_at")),
                            lastActivityAt: StoredTime.decode(try row.int("last_activity_at")))
    }
}
