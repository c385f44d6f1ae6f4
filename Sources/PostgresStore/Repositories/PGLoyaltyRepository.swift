import CustomerCore
import Foundation

/// The loyalty program, accounts and their activity log on PostgreSQL (`LoyaltyRepository`'s
/// contract). The balance moves in the same transaction as its ledger entry; where the new balance
/// depends on the one read (a redemption, a refund taking points back), the account row is locked
/// first (`FOR UPDATE`), so that two counters spending the same points never both pass the check —
/// the second waits, then sees the first's balance. The table's CHECK (balance >= 0) stays the last word.
public struct PGLoyaltyRepository: LoyaltyStore {
    let link: PGLink

    public func program() throws -> LoyaltyProgram? {
        try link.snapshot { db in
            guard let (name, accrual) = try Self.rule(db) else { return nil }
            let rewards = try db.query("SELECT id, name, points_cost FROM loyalty_reward ORDER BY points_cost, id").map { reward in
                LoyaltyReward(id: try reward.int("id"), name: try reward.text("name"), pointsCost: Int(try reward.int("points_cost")))
            }
            return LoyaltyProgram(name: name, accrual: accrual, rewards: rewards)
        }
    }

    /// The program's name and rule, read in the caller's transaction (nil: no program).
    static func rule(_ db: PGLink) throws -> (name: String, accrual: LoyaltyProgram.Accrual)? {
        guard let row = try db.one("SELECT name, accrual, points, amount_minor FROM loyalty_program WHERE id = 1") else { return nil }
        let points = Int(try row.int("points"))
        let accrual: LoyaltyProgram.Accrual = try row.text("accrual") == "per_amount"
            ? .perAmount(points: points, amountMinor: try row.optionalInt("amount_minor") ?? 100) : .perVisit(points: points)
        return (try row.text("name"), accrual)
    }

    /// Points earned by the program's rule, inside the caller's transaction: a completed visit
    /// (`visit`) under a per-visit program, or money received (`spendMinor`) under a per-amount one.
    /// Nothing when there is no program or the customer is not enrolled. The points earned.
    /// Adding is one `balance = balance + ?`: no lock needed, two earnings at once both count.
    @discardableResult
    static func earn(_ db: PGLink, customerID: CustomerID, visit: Bool, spendMinor: Int64?, reason: String, at now: Date) throws -> Int {
        guard let (name, accrual) = try rule(db),
              let accountID = try db.int("SELECT id FROM loyalty_account WHERE customer_id = ?", [customerID]) else { return 0 }
        let program = LoyaltyProgram(name: name, accrual: accrual)
        let points: Int = switch accrual {
        case .perVisit: visit ? program.pointsEarned(forSpendMinor: 0) : 0
        case .perAmount: spendMinor.map { program.pointsEarned(forSpendMinor: $0) } ?? 0
        }
        guard points > 0 else { return 0 }
        try db.execute("INSERT INTO loyalty_entry (account_id, kind, points, reason, created_at) VALUES (?, 'earned', ?, ?, ?)",
                       [accountID, points, reason, StoredTime.encode(now)])
        try db.execute("UPDATE loyalty_account SET balance = balance + ? WHERE id = ?", [points, accountID])
        return points
    }

    /// A refund takes back what its payment earned under a per-amount program, in the caller's
    /// transaction — at most the balance (points already spent stay spent), read with the account
    /// locked so that a redemption at another counter cannot slip between the read and the update.
    /// The points taken.
    @discardableResult
    static func takeBack(_ db: PGLink, customerID: CustomerID, spendMinor: Int64, reason: String, at now: Date) throws -> Int {
        guard let (name, accrual) = try rule(db), case .perAmount = accrual,
              let account = try db.one("SELECT id, balance FROM loyalty_account WHERE customer_id = ? FOR UPDATE", [customerID]) else { return 0 }
        let program = LoyaltyProgram(name: name, accrual: accrual)
        let points = min(program.pointsEarned(forSpendMinor: spendMinor), Int(try account.int("balance")))
        guard points > 0 else { return 0 }
        let accountID = try account.int("id")
        try db.execute("INSERT INTO loyalty_entry (account_id, kind, points, reason, created_at) VALUES (?, 'adjusted', ?, ?, ?)",
                       [accountID, -points, reason, StoredTime.encode(now)])
        try db.execute("UPDATE loyalty_account SET balance = balance - ? WHERE id = ?", [points, accountID])
        return points
    }

    public func saveProgram(_ program: LoyaltyProgram) throws {
        // The program's and rewards' names are stored texts too: no card number in them.
        for (label, text) in [("Program", program.name)] + program.rewards.map({ ("Reward", $0.name) }) {
            if let finding = SensitiveDataGuard.scan(text) {
                throw StoreError.invalid(ValidationFailure([ValidationIssue(fieldLabel: label, problem: ValidationProblem(finding))]))
            }
        }
        try link.write { db in
            let (kind, points, amount): (String, Int, Int64?) = switch program.accrual {
            case .perVisit(let points): ("per_visit", points, nil)
            case .perAmount(let points, let amount): ("per_amount", points, amount)
            }
            // The upsert locks the program's one row first: a second counter saving at once waits
            // here, so its DELETE below sees (and replaces) the first one's rewards, never mixes with them.
            try db.execute("""
                INSERT INTO loyalty_program (id, name, accrual, points, amount_minor) VALUES (1, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, accrual = excluded.accrual, points = excluded.points, amount_minor = excluded.amount_minor
                """, [program.name, kind, points, amount])
            try db.execute("DELETE FROM loyalty_reward")
            for reward in program.rewards {
                try db.execute("INSERT INTO loyalty_reward (name, points_cost) VALUES (?, ?)", [reward.name, reward.pointsCost])
            }
        }
    }

    public func account(for customerID: CustomerID) throws -> LoyaltyAccount? {
        try Self.account(link, customerID: customerID)
    }

    static func account(_ db: PGLink, customerID: CustomerID) throws -> LoyaltyAccount? {
        try db.one("SELECT id, customer_id, phone_e164, enrolled_at, balance FROM loyalty_account WHERE customer_id = ?", [customerID]).map {
            LoyaltyAccount(id: try $0.int("id"), customerID: try $0.int("customer_id"), phoneE164: try $0.text("phone_e164"),
                           enrolledAt: StoredTime.decode(try $0.int("enrolled_at")), balance: Int(try $0.int("balance")))
        }
    }

    /// Enrols a customer by their phone number (seed 002); refused without a valid phone. Two counters
    /// enrolling the same profile at once: the second's insert waits on the unique customer_id, finds
    /// the first's account and returns it (as the SQLite store returns an existing one).
    public func enroll(customerID: CustomerID, now: Date) throws -> LoyaltyAccount {
        try link.write { db in
            if let existing = try Self.account(db, customerID: customerID) { return existing }
            guard let phone = try db.one("SELECT phone_e164 FROM customer WHERE id = ?", [customerID]).flatMap({ try $0.optionalText(0) }) else {
                throw StoreError.invalid(ValidationFailure([ValidationIssue(field: .phoneNumber,
                    message: "loyalty members are enrolled by phone number; add a phone to the profile first")]))
            }
            guard let accountID = try db.int("""
                INSERT INTO loyalty_account (customer_id, phone_e164, enrolled_at, balance) VALUES (?, ?, ?, 0)
                ON CONFLICT (customer_id) DO NOTHING RETURNING id
                """, [customerID, phone, StoredTime.encode(now)]) else {
                guard let theirs = try Self.account(db, customerID: customerID) else { throw StoreError.notFound(what: "loyalty account", id: customerID) }
                return theirs
            }
            try db.execute("INSERT INTO loyalty_entry (account_id, kind, points, reason, created_at) VALUES (?, 'enrolled', 0, '', ?)",
                           [accountID, StoredTime.encode(now)])
            return LoyaltyAccount(id: accountID, customerID: customerID, phoneE164: phone, enrolledAt: now, balance: 0)
        }
    }

    /// Adds one activity entry and moves the balance with it, atomically; the balance is checked
    /// with the account row locked (a redemption at another counter waits for this one, then sees it).
    @discardableResult
    public func record(_ entry: LoyaltyEntry) throws -> LoyaltyAccount {
        try link.write { db in
            guard let row = try db.one("SELECT customer_id, balance FROM loyalty_account WHERE id = ? FOR UPDATE", [entry.accountID]) else {
                throw StoreError.notFound(what: "loyalty account", id: entry.accountID)
            }
            let issues = entry.issues(currentBalance: Int(try row.int("balance")))
            guard issues.isEmpty else { throw StoreError.invalid(ValidationFailure(issues)) }
            try db.execute("INSERT INTO loyalty_entry (account_id, kind, points, reason, created_at) VALUES (?, ?, ?, ?, ?)",
                           [entry.accountID, entry.kind.rawValue, entry.points,
                            entry.reason.trimmingCharacters(in: .whitespaces), StoredTime.encode(entry.createdAt)])
            try db.execute("UPDATE loyalty_account SET balance = balance + ? WHERE id = ?", [entry.points, entry.accountID])
            let customerID = try row.int("customer_id")
            try PGCustomerRepository.touchActivity(db, customerID: customerID, at: entry.createdAt)
            guard let account = try Self.account(db, customerID: customerID) else { throw StoreError.notFound(what: "loyalty account", id: entry.accountID) }
            return account
        }
    }

    static let entryColumns = "id, account_id, kind, points, reason, created_at"

    static func entry(_ row: PGRow) throws -> LoyaltyEntry {
        LoyaltyEntry(id: try row.int("id"), accountID: try row.int("account_id"), kind: LoyaltyEntry.Kind(rawValue: try row.text("kind")) ?? .adjusted,
                     points: Int(try row.int("points")), reason: try row.text("reason"), createdAt: StoredTime.decode(try row.int("created_at")))
    }

    /// The activity log, newest first.
    public func entries(accountID: Int64) throws -> [LoyaltyEntry] {
        try link.query("SELECT \(Self.entryColumns) FROM loyalty_entry WHERE account_id = ? ORDER BY created_at DESC, id DESC", [accountID])
            .map(Self.entry)
    }
}
