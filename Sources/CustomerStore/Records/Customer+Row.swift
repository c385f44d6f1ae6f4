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

    /// A profile from a row holding `selectColumns` (by name, in any order).
    init(row: Row) { self.init(row: row, at: Columns(row)) }

    /// A profile from a row whose columns were found by `Columns`: once for a whole statement.
    init(row: Row, at c: Columns) {
        self.init(
            id: row[c.id], givenName: row[c.givenName], familyName: row[c.familyName], nickname: row[c.nickname], companyName: row[c.companyName],
            emailAddress: row[c.emailAddress], phoneNumber: row[c.phoneNumber], phoneE164: row[c.phoneE164],
            address: PostalAddress(line1: row[c.addressLine1], line2: row[c.addressLine2], locality: row[c.locality], region: row[c.region],
                                   postalCode: row[c.postalCode], country: row[c.country]),
            birthday: (row[c.birthday] as String?).flatMap(Birthday.init),
            referenceID: row[c.referenceID], memo: row[c.memo],
            emailSubscription: EmailSubscription(rawValue: row[c.emailSubscription]) ?? .unknown,
            status: CustomerStatus(rawValue: row[c.status]) ?? .client,
            creationSource: CreationSource(rawValue: row[c.creationSource]) ?? .manual,
            createdAt: StoredTime.decode(row[c.createdAt] as Int64), updatedAt: StoredTime.decode(row[c.updatedAt] as Int64),
            lastActivityAt: StoredTime.decode(row[c.lastActivityAt] as Int64), version: row[c.version]
        )
    }

    /// Where each of `selectColumns` is in a statement's rows, by name.
    struct Columns {
        let id, givenName, familyName, nickname, companyName, emailAddress, phoneNumber, phoneE164: Int
        let addressLine1, addressLine2, locality, region, postalCode, country, birthday, referenceID, memo: Int
        let emailSubscription, status, creationSource, createdAt, updatedAt, lastActivityAt, version: Int

        init(_ row: Row) {
            let positions = ColumnPositions(row)
            id = positions["id"]; givenName = positions["given_name"]; familyName = positions["family_name"]
            nickname = positions["nickname"]; companyName = positions["company_name"]; emailAddress = positions["email_address"]
            phoneNumber = positions["phone_number"]; phoneE164 = positions["phone_e164"]
            addressLine1 = positions["address_line1"]; addressLine2 = positions["address_line2"]; locality = positions["locality"]
            region = positions["region"]; postalCode = positions["postal_code"]; country = positions["country"]
            birthday = positions["birthday"]; referenceID = positions["reference_id"]; memo = positions["memo"]
            emailSubscription = positions["email_subscription"]; status = positions["status"]; creationSource = positions["creation_source"]
            createdAt = positions["created_at"]; updatedAt = positions["updated_at"]; lastActivityAt = positions["last_activity_at"]
            version = positions["version"]
        }
    }

    /// Every profile `sql` selects (`selectColumns`, in any order), the columns found once.
    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments()) throws -> [Customer] {
        var columns: Columns?
        return try db.mapRows(sql: sql, arguments: arguments) { row in
            let found = columns ?? Columns(row)
            columns = found
            return Customer(row: row, at: found)
        }
    }
}

extension DirectoryRow {
    /// The list's columns, qualified with the `c` alias the directory queries use.
    static let qualifiedColumns = """
        c.id, c.given_name, c.family_name, c.nickname, c.company_name, c.email_address, c.phone_number, c.phone_e164, \
        c.status, c.created_at, c.last_activity_at
        """

    /// A list row from a row holding `qualifiedColumns` (by name, in any order).
    init(row: Row) { self.init(row: row, at: Columns(row)) }

    /// A list row from a row whose columns were found by `Columns`: once for a whole statement.
    init(row: Row, at c: Columns) {
        let customer = Customer(givenName: row[c.givenName], familyName: row[c.familyName], nickname: row[c.nickname],
                                companyName: row[c.companyName], emailAddress: row[c.emailAddress], phoneNumber: row[c.phoneNumber])
        self.init(id: row[c.id], displayName: customer.displayName, companyName: row[c.companyName], emailAddress: row[c.emailAddress],
                  phoneNumber: row[c.phoneNumber], phoneE164: row[c.phoneE164], status: CustomerStatus(rawValue: row[c.status]) ?? .client,
                  createdAt: StoredTime.decode(row[c.createdAt] as Int64), lastActivityAt: StoredTime.decode(row[c.lastActivityAt] as Int64))
    }

    /// Where each of `qualifiedColumns` is in a statement's rows, by name.
    struct Columns {
        let id, givenName, familyName, nickname, companyName, emailAddress, phoneNumber, phoneE164, status, createdAt, lastActivityAt: Int

        init(_ row: Row) {
            let positions = ColumnPositions(row)
            id = positions["id"]; givenName = positions["given_name"]; familyName = positions["family_name"]
            nickname = positions["nickname"]; companyName = positions["company_name"]; emailAddress = positions["email_address"]
            phoneNumber = positions["phone_number"]; phoneE164 = positions["phone_e164"]; status = positions["status"]
            createdAt = positions["created_at"]; lastActivityAt = positions["last_activity_at"]
        }
    }
}
