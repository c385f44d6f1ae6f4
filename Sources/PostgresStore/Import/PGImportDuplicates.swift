import CustomerCore
import Foundation

/// After an import, in its transaction: how many of its new profiles share a normalised email or an
/// E.164 phone with a profile before them (a smaller id), or have a similar name at the same street
/// address — what `ImportRunner.countDuplicates` counts on SQLite, and a dry run row by row.
enum PGImportDuplicates {
    static func count(_ db: PGLink, among ids: [CustomerID]) throws -> Int {
        guard !ids.isEmpty else { return 0 }
        var duplicates = Set<Int64>()
        // Set-based: the keys held more than once with their first holder, joined to the new ids,
        // rather than a probe per new row.
        for column in ["email_normalized", "phone_e164"] {
            duplicates.formUnion(try db.query("""
                WITH new(id) AS (SELECT unnest(?::bigint[])),
                     firsts AS (SELECT \(column) AS key, min(id) AS first FROM customer WHERE \(column) IS NOT NULL
                                GROUP BY \(column) HAVING count(*) > 1)
                SELECT n.id FROM new JOIN customer n ON n.id = new.id JOIN firsts f ON f.key = n.\(column)
                WHERE n.id > f.first
                """, [PGArray(ids)]).map { try $0.int(0) })
        }
        // Possible duplicates too: a similar name at the same street address (PRODUCT §5).
        let sameAddress = try db.query("""
            WITH new(id) AS (SELECT unnest(?::bigint[]))
            SELECT n.id, n.given_name, n.family_name, o.given_name AS other_given_name, o.family_name AS other_family_name
            FROM new JOIN customer n ON n.id = new.id
            JOIN customer o ON o.address_key = n.address_key AND o.address_key <> '' AND o.id < n.id
            WHERE n.address_key <> ''
            """, [PGArray(ids)])
        for row in sameAddress {
            if NameSimilarity.compare(given: try row.text("given_name"), family: try row.text("family_name"),
                                      withGiven: try row.text("other_given_name"), family: try row.text("other_family_name")) != nil {
                duplicates.insert(try row.int("id"))
            }
        }
        return duplicates.count
    }
}
