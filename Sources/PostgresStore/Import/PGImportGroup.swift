import CustomerCore
import Foundation

/// The group an import's profiles join on PostgreSQL, created in the import's transaction when new
/// (`ImportRunner.resolveGroup`'s contract). Names are compared as the table's unique index
/// compares them (`lower(name)`); an insert that meets a name another counter has just taken gives
/// way (`ON CONFLICT DO NOTHING`) instead of failing the transaction.
enum PGImportGroup {
    static func resolve(_ db: PGLink, _ choice: ImportGroupChoice, now: Date, summary: inout ImportSummary) throws -> Int64? {
        switch choice {
        case .none: return nil
        case .existingGroup(let name):
            guard let id = try db.int("SELECT id FROM customer_group WHERE lower(name) = lower(?::text)", [name]) else {
                throw StoreError.notFound(what: "group named “\(name)”", id: 0)
            }
            summary.groupName = name
            return id
        case .newGroup(let name):
            // A name already taken is refused (`StoreError.duplicateName`), never made "VIP (2)":
            // adding to the existing group is a choice the person makes (`existingGroup`).
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            summary.groupName = trimmed
            guard let id = try create(db, name: trimmed, now: now) else { throw StoreError.duplicateName(what: "group", name: trimmed) }
            return id
        case .newDatedGroup(let name):
            // Nobody chose the name: a second import in the same minute gets "… (2)".
            var candidate = name
            var counter = 2
            while true {
                if try db.int("SELECT 1 FROM customer_group WHERE lower(name) = lower(?::text)", [candidate]) == nil,
                   let id = try create(db, name: candidate, now: now) {
                    summary.groupName = candidate
                    return id
                }
                candidate = "\(name) (\(counter))"
                counter += 1
            }
        }
    }

    /// The new group's id, or nil when the name is taken; a name no group may have is refused.
    private static func create(_ db: PGLink, name: String, now: Date) throws -> Int64? {
        if let issue = CustomerGroup.validateName(name) { throw StoreError.invalid(ValidationFailure([issue])) }
        return try db.int("INSERT INTO customer_group (name, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING RETURNING id",
                          [name, StoredTime.encode(now)])
    }
}
