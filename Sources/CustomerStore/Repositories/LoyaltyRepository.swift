import Foundation
import GRDB
import CustomerCore

/// The loyalty program, accounts and their activity log (PRODUCT §9). The balance is kept in
/// the same transaction as each ledger entry, and a CHECK keeps it from going negative.
public struct LoyaltyRepository: LoyaltyStore {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func program() throws -> LoyaltyProgram? {
        try database.writer.read { db in
            guard let (name, accrual) = try Self.rule(db) else { return nil }
            let rewards = try db.mapRows(sql: "SELECT id, name, points_cost FROM loyalty_reward ORDER BY points_cost, id") { reward in
                LoyaltyReward(id: reward["id"], name: reward["name"], pointsCost: reward["points_cost"])
            }
            return LoyaltyProgram(name: name, accrual: accrual, rewards: rewards)
        }
    }

    /// The program's name and rule, read in the caller's transaction (nil: no program).
    static func rule(_ db: Database) throws -> (name: String, accrual: LoyaltyProgram.Accrual)? {
        guard let row = try Row.fetchOne(db, sql: "SELECT name, accrual, points, amount_minor FROM loyalty_program WHERE id = 1") else { return nil }
        let accrual: LoyaltyProgram.Accrual = (row["accrual"] as String) == "per_amount"
            ? .perAmount(points: row["points"], amountMinor: row["amount_minor"] ?? 100) : .perVisit(points: row["points"])
        return (row["name"], accrual)
    }

    /// Points earned by the program's rule, inside the caller's transaction: a completed visit
    /// (`visit`) under a per-visit program, or money received (`spendMinor`) under a per-amount one.
    /// Nothing when there is no program or the customer is not enrolled. The points earned.
    @discardableResult
    static func earn(_ db: Database, customerID: CustomerID, visit: Bool, spendMinor: Int64?, reason: String, at now: Date) throws -> Int {
        guard let (name, accrual) = try rule(db),
              let accountID = try Int64.fetchOne(db, sql: "SELECT id FROM loyalty_account WHERE customer_id = ?", arguments: [customerID]) else { return 0 }
        let program = LoyaltyProgram(name: name, accrual: accrual)
        let points: Int = switch accrual {
        case .perVisit: visit ? program.pointsEarned(forSpendMinor: 0) : 0
        case .perAmount: spendMinor.map { program.pointsEarned(forSpendMinor: $0) } ?? 0
        }
        guard points > 0 else { return 0 }
        try db.execute(sql: "INSERT INTO loyalty_entry (account_id, kind, points, reason, created_at) VALUES (?, 'earned', ?, ?, ?)",
                       arguments: [accountID, points, reason, StoredTime.encode(now)])
        try db.execute(sql: "UPDATE loyalty_account SET balance = balance + ? WHERE id = ?", arguments: [points, accountID])
        return points
    }

    /// A refund takes back what its payment earned under a per-amount program, in the caller's
    /// transaction — at most the balance (points already spent stay spent). The points taken.
    @discardableResult
    static func takeBack(_ db: Database, customerID: CustomerID, spendMinor: Int64, reason: String, at now: Date) throws -> Int {
        guard let (name, accrual) = try rule(db), case .perAmount = accrual,
              let account = try Row.fetchOne(db, sql: "SELECT id, balance FROM loyalty_account WHERE customer_id = ?", arguments: [customerID]) else { return 0 }
        let program = LoyaltyProgram(name: name, accrual: accrual)
        let points = min(program.pointsEarned(forSpendMinor: spendMinor), account["balance"] as Int)
        guard points > 0 else { return 0 }
        let accountID: Int64 = account["id"]
        try db.execute(sql: "INSERT INTO loyalty_entry (account_id, kind, points, reason, created_at) VALUES (?, 'adjusted', ?, ?, ?)",
                       arguments: [accountID, -points, reason, StoredTime.encode(now)])
        try db.execute(sql: "UPDATE loyalty_account SET balance = balance - ? WHERE id = ?", arguments: [points, accountID])
        return points
    }

    public func saveProgram(_ program: LoyaltyProgram) throws {
        // The program's and rewards' names are stored texts too: no card number in them.
        for (label, text) in [("Program", program.name)] + program.rewards.map({ ("Reward", $0.name) }) {
            if let finding = SensitiveDataGuard.scan(text) {
                throw StoreError.invalid(ValidationFailure([ValidationIssue(fieldLabel: label, problem: ValidationProblem(finding))]))
            }
        }
        try database.writer.write { db in
            let (kind, points, amount): (String, Int, Int64?) = switch program.accrual {
            case .perVisit(let points): ("per_visit", points, nil)
            case .perAmount(let points, let amount): ("per_amount", points, amount)
            }
            try db.execute(sql: """
                INSERT INTO loyalty_program (id, name, accrual, points, amount_minor) VALUES (1, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, accrual = excluded.accrual, points = excluded.points, amount_minor = excluded.amount_minor
                """, arguments: [program.name, kind, points, amount])
            try db.execute(sql: "DELETE FROM loyalty_reward")
            for reward in program.rewards {
                try db.execute(sql: "INSERT INTO loyalty_reward (name, points_cost) VALUES (?, ?)", arguments: [reward.name, reward.pointsCost])
            }
        }
    }

    public func account(for customerID: CustomerID) throws -> LoyaltyAccount? {
        try database.writer.read { db in try Self.account(db, customerID: customerID) }
    }

    static func account(_ db: Database, customerID: CustomerID) throws -> LoyaltyAccount? {
        try Row.fetchOne(db, sql: "SELECT id, customer_id, phone_e164, enrolled_at, balance FROM loyalty_account WHERE customer_id = ?",
                         arguments: [customerID]).map {
            LoyaltyAccount(id: $0["id"], customerID: $0["customer_id"], phoneE164: $0["phone_e164"],
                           enrolledAt: StoredTime.decode($0["enrolled_at"] as Int64), balance: $0["balance"])
        }
    }

    /// Enrols a customer by their phone number (seed 002); refused without a valid phone.
    public func enroll(customerID: CustomerID, now: Date = Date()) throws -> LoyaltyAccount {
        try database.writer.write { db in
            if let existing = try Self.account(db, customerID: customerID) { return existing }
            guard let phone = try String.fetchOne(db, sql: "SELECT phone_e164 FROM customer WHERE id = ?", arguments: [customerID]) else {
                throw StoreError.invalid(ValidationFailure([ValidationIssue(field: .phoneNumber,
                    message: "loyalty members are enrolled by phone number; add a phone to the profile first")]))
            }
            try db.execute(sql: "INSERT INTO loyalty_account (customer_id, phone_e164, enrolled_at, balance) VALUES (?, ?, ?, 0)",
                           arguments: [customerID, phone, StoredTime.encode(now)])
            let accountID = db.lastInsertedRowID
            try db.execute(sql: "INSERT INTO loyalty_entry (account_id, kind, points, reason, created_at) VALUES (?, 'enrolled', 0, '', ?)",
                           arguments: [accountID, StoredTime.encode(now)])
            return LoyaltyAccount(id: accountID, customerID: customerID, phoneE164: phone, enrolledAt: now, balance: 0)
        }
    }

    /// Adds one activity entry and moves the balance with it, atomically.
    @discardableResult
    public func record(_ entry: LoyaltyEntry) throws -> LoyaltyAccount {
        try database.writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT customer_id, balance FROM loyalty_account WHERE id = ?", arguments: [entry.accountID]) else {
                throw StoreError.notFound(what: "loyalty account", id: entry.accountID)
            }
            let issues = entry.issues(currentBalance: row["balance"])
            guard issues.isEmpty else { throw StoreError.invalid(ValidationFailure(issues)) }
            try db.execute(sql: "INSERT INTO loyalty_entry (account_id, kind, points, reason, created_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [entry.accountID, entry.kind.rawValue, entry.points,
                                       entry.reason.trimmingCharacters(in: .whitespaces), StoredTime.encode(entry.createdAt)])
            try db.execute(sql: "UPDATE loyalty_account SET balance = balance + ? WHERE id = ?", arguments: [entry.points, entry.accountID])
            let customerID: CustomerID = row["customer_id"]
            try CustomerRepository.touchActivity(db, customerID: customerID, at: entry.createdAt)
            return try Self.account(db, customerID: customerID)!
        }
    }

    static let entryColumns = "id, account_id, kind, points, reason, created_at"

    static func entry(_ row: Row) -> LoyaltyEntry {
        LoyaltyEntry(id: row["id"], accountID: row["account_id"], kind: LoyaltyEntry.Kind(rawValue: row["kind"]) ?? .adjusted,
                     points: row["points"], reason: row["reason"], createdAt: StoredTime.decode(row["created_at"] as Int64))
    }

    /// The activity log, newest first.
    public func entries(accountID: Int64) throws -> [LoyaltyEntry] {
        try database.writer.read { db in
            try db.mapRows(sql: "SELECT \(Self.entryColumns) FROM loyalty_entry WHERE account_id = ? ORDER BY created_at DESC, id DESC",
                           arguments: [accountID], Self.entry)
        }
    }
}
