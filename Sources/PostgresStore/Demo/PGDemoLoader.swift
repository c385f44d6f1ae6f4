import CustomerCore
import Foundation

/// Fills a PostgreSQL directory with demo customers, as `DemoLoader` fills a SQLite file: the same
/// profiles and the same rows on their cards for the same seed (the same random draws, in the same
/// order), in one transaction. The profiles go in through `PGBulkCustomerInsert`; the documents'
/// two contents are stored once, content-addressed, inside the same transaction.
public struct PGDemoLoader: DemoStore {
    let store: PostgresClienteleStore

    public func load(count: Int, seed: UInt64, now: Date) throws -> DemoSummary {
        var random = DemoRandom(seed: seed &+ 7)
        let customers = DemoCustomers.make(count: count, seed: seed, now: now, shopRegion: store.region) {
            PhoneNumberParser(defaultRegion: $0)
        }
        let png = Data(base64Encoded: DemoContent.tinyPNG)!
        let pdf = Data(DemoContent.tinyPDF.utf8)
        var summary = DemoSummary()

        try store.link.write { db in
            let pngHash = try Self.storeContent(db, png)
            let pdfHash = try Self.storeContent(db, pdf)
            let fields = try Self.ensureCustomFields(db)
            let groupIDs = try ["VIP", "Walk-ins", "Wedding party \(Calendar.current.component(.year, from: now))"].map { name in
                try db.int("SELECT id FROM customer_group WHERE lower(name) = lower(?)", [name])
                    ?? PGGroupRepository.create(db, name: name, now: now).id!
            }
            if try db.int("SELECT count(*) FROM loyalty_program") == 0 {
                try db.execute("INSERT INTO loyalty_program (id, name, accrual, points, amount_minor) VALUES (1, 'Salon Rewards', 'per_amount', 1, 100)")
                try db.execute("INSERT INTO loyalty_reward (name, points_cost) VALUES ('Free blow-dry', 150), ('10% off a colour', 300), ('Free cut', 600)")
            }
            let ids = try PGBulkCustomerInsert.insert(db, customers)
            summary.customers = ids.count
            let ms = StoredTime.encode
            for (index, id) in ids.enumerated() {
                let customer = customers[index]
                let created = customer.createdAt
                // Groups and custom fields.
                if random.chance(25) {
                    try db.execute("INSERT INTO group_member (group_id, customer_id) VALUES (?, ?) ON CONFLICT DO NOTHING", [random.pick(groupIDs), id])
                }
                let value = "INSERT INTO custom_field_value (customer_id, field_id, value) VALUES (?, ?, ?)"
                if random.chance(60) { try db.execute(value, [id, fields[0], random.pick(["Inès", "Marco", "Dana", "Sam"])]) }
                if random.chance(40) { try db.execute(value, [id, fields[1], random.pick(["Fine", "Thick", "Curly", "Coloured"])]) }
                if random.chance(30) { try db.execute(value, [id, fields[2], random.chance(50) ? "yes" : "no"]) }
                if random.chance(30) { try db.execute(value, [id, fields[3], "6N + 20 vol, 35 min"]) }
                // Notes, some with reminders already due and some ahead.
                for _ in 0..<random.int(0...3) {
                    // Within 300 hours of the profile's creation but never after now.
                    let span = min(300 * 3600, max(0, now.timeIntervalSince(created)))
                    let at = created.addingTimeInterval(span * Double(random.int(1...300)) / 300)
                    let reminder: Int64? = random.chance(30) ? ms(now.addingTimeInterval(Double(random.int(-5...10)) * 86_400)) : nil
                    try db.execute("INSERT INTO note (customer_id, body, is_pinned, created_at, updated_at, reminder_at) VALUES (?, ?, ?, ?, ?, ?)",
                                   [id, random.pick(DemoContent.noteTexts), random.chance(15), ms(at), ms(at), reminder])
                    summary.notes += 1
                }
                // Bookings: past (completed, no-show, cancelled) and upcoming.
                var lastCompleted: Int64?
                for _ in 0..<random.int(0...4) {
                    let upcoming = random.chance(30)
                    let day = upcoming ? Double(random.int(1...40)) : -Double(random.int(1...300))
                    let start = Calendar.current.startOfDay(for: now.addingTimeInterval(day * 86_400)).addingTimeInterval(Double(random.int(9...17)) * 3600)
                    let status = upcoming ? "scheduled" : random.pick(["completed", "completed", "completed", "no_show", "cancelled"])
                    let booking = try db.int("""
                        INSERT INTO booking (customer_id, starts_at, duration_minutes, service, staff, status, notes) VALUES (?, ?, ?, ?, ?, ?, '') RETURNING id
                        """, [id, ms(start), random.pick([30, 45, 60, 90]), random.pick(DemoContent.services), random.pick(["Inès", "Marco", "Dana", "Sam"]), status])
                    if status == "completed" { lastCompleted = booking }
                    summary.bookings += 1
                }
                // Cards on file.
                var cardID: Int64?
                if random.chance(20) {
                    let brand = random.pick([("visa", "4242"), ("mastercard", "4444"), ("amex", "0005")])
                    cardID = try db.int("""
                        INSERT INTO card (customer_id, holder_name, brand, last_four, expiry_month, expiry_year, billing_postal_code, authorization_on_file, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id
                        """, [id, "\(customer.givenName) \(customer.familyName)", brand.0, brand.1, random.int(1...12), random.int(2026...2030),
                              customer.address.postalCode, ms(created)])
                    summary.cards += 1
                }
                // Payments: paid, due later, overdue, refunded.
                for _ in 0..<random.int(0...3) {
                    let status = random.pick(["paid", "paid", "paid", "due", "overdue", "refunded"])
                    let paidAt = now.addingTimeInterval(-Double(random.int(1...200)) * 86_400)
                    let due: Int64? = switch status {
                    case "due": ms(now.addingTimeInterval(Double(random.int(3...30)) * 86_400))
                    case "overdue": ms(now.addingTimeInterval(-Double(random.int(3...60)) * 86_400))
                    default: nil
                    }
                    let currency = customer.address.country == "US" ? "USD" : (customer.address.country == "MX" ? "MXN" : "EUR")
                    try db.execute("""
                        INSERT INTO payment (customer_id, amount_minor, currency, status, paid_at, due_at, method, reference, booking_id, card_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, [id, Int64(random.int(15...250)) * 100 + Int64(random.pick([0, 50, 99])), currency,
                              status, ms(paidAt), due, random.pick(["Card", "Cash", "Transfer"]), "INV-\(id)-\(random.int(100...999))",
                              status == "paid" ? lastCompleted : nil, status == "paid" ? cardID : nil])
                    summary.payments += 1
                }
                // Loyalty members with a history.
                if let phone = customer.phoneE164, random.chance(35) {
                    guard let account = try db.int("INSERT INTO loyalty_account (customer_id, phone_e164, enrolled_at, balance) VALUES (?, ?, ?, 0) RETURNING id",
                                                   [id, phone, ms(created)]) else { throw StoreError.fileProblem("the server returned no id for a loyalty account") }
                    var balance = 0
                    var entries: [(String, Int, String)] = [("enrolled", 0, "")]
                    for _ in 0..<random.int(1...5) {
                        let points = random.int(20...120)
                        entries.append(("earned", points, "Visit"))
                        balance += points
                    }
                    if balance >= 150, random.chance(50) { entries.append(("redeemed", -150, "Free blow-dry")); balance -= 150 }
                    if random.chance(20) { entries.append(("adjusted", 25, "Goodwill: waited 30 minutes")); balance += 25 }
                    for (offset, entry) in entries.enumerated() {
                        try db.execute("INSERT INTO loyalty_entry (account_id, kind, points, reason, created_at) VALUES (?, ?, ?, ?, ?)",
                                       [account, entry.0, entry.1, entry.2, ms(min(created.addingTimeInterval(Double(offset) * 86_400 * 7), now))])
                    }
                    try db.execute("UPDATE loyalty_account SET balance = ? WHERE id = ?", [balance, account])
                    summary.loyaltyMembers += 1
                }
                // Conversations: reminders and invitations sent or waiting in the outbox.
                for _ in 0..<random.int(0...3) {
                    let kind = random.pick(["payment_reminder", "booking_invitation", "free", "received"])
                    let delivery = kind == "received" ? "received" : random.pick(["sent", "sent", "queued"])
                    try db.execute("""
                        INSERT INTO conversation_message (customer_id, kind, channel, delivery, subject, body, created_at) VALUES (?, ?, 'email', ?, ?, ?, ?)
                        """, [id, kind, delivery, DemoContent.subjects[kind]!, random.pick(DemoContent.messageBodies[kind]!),
                              ms(now.addingTimeInterval(-Double(random.int(1...120)) * 86_400))])
                    summary.messages += 1
                }
                // Documents.
                if random.chance(12) {
                    let isPDF = random.chance(50)
                    try db.execute("""
                        INSERT INTO attachment (customer_id, file_name, file_type, byte_count, content_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)
                        """, [id, isPDF ? "card-authorization.pdf" : "colour-before.png", isPDF ? "pdf" : "png",
                              isPDF ? pdf.count : png.count, isPDF ? pdfHash : pngHash, ms(created)])
                    summary.documents += 1
                }
                // No `?` here: the id and now are `$1` and `$2`, each used more than once.
                try db.execute("""
                    UPDATE customer SET last_activity_at = greatest(last_activity_at,
                        coalesce((SELECT max(created_at) FROM note WHERE customer_id = $1), 0),
                        coalesce((SELECT max(starts_at) FROM booking WHERE customer_id = $1 AND starts_at <= $2), 0),
                        coalesce((SELECT max(paid_at) FROM payment WHERE customer_id = $1), 0),
                        coalesce((SELECT max(created_at) FROM conversation_message WHERE customer_id = $1), 0))
                    WHERE id = $1
                    """, [id, ms(now)])
            }
        }
        PGBulkWriteVacuum.run(store.link)
        return summary
    }

    /// Stores a demo document's bytes (once, however often the demo is loaded); their hash.
    static func storeContent(_ db: PGLink, _ data: Data) throws -> String {
        var upload = PGContentUpload(db)
        try upload.append(data)
        return try upload.finish()
    }

    static func ensureCustomFields(_ db: PGLink) throws -> [Int64] {
        let wanted: [(String, String, String)] = [
            ("Preferred stylist", "choice", #"["Inès","Marco","Dana","Sam"]"#),
            ("Hair type", "choice", #"["Fine","Thick","Curly","Coloured"]"#),
            ("Patch test done", "yes_no", "[]"),
            ("Colour formula", "text", "[]"),
        ]
        return try wanted.enumerated().map { index, field in
            if let id = try db.int("SELECT id FROM custom_field WHERE lower(label) = lower(?)", [field.0]) { return id }
            guard let id = try db.int("INSERT INTO custom_field (label, kind, choices, position) VALUES (?, ?, ?, ?) RETURNING id",
                                      [field.0, field.1, field.2, index + 1]) else {
                throw StoreError.fileProblem("the server returned no id for a custom field")
            }
            return id
        }
    }
}
