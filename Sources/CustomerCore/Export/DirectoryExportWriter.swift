import Foundation

/// What an export reads of a store, a page at a time: the backend's own batched queries (the custom
/// values and the bookkeeping of a page of customers in one read each), behind one shape so that
/// the file written — CSV, vCard, JSON — is the same bytes whichever backend holds the directory.
public protocol DirectoryExportSource {
    func exportGroups() throws -> [CustomerGroup]
    func exportFieldDefinitions() throws -> [CustomFieldDefinition]
    /// Whole profiles in name order after `cursor` (`DirectoryStore.customers(filter:after:limit:now:)`).
    func exportPage(filter: DirectoryFilter, after cursor: DirectoryCursor?, limit: Int, now: Date) throws -> (customers: [Customer], next: DirectoryCursor?)
    /// Every profile the filter lets through, in name order, handed to `body` `size` at a time. By
    /// default the keyset pages of `exportPage`; a backend that can read them through one cursor in
    /// one snapshot does so (PostgreSQL).
    func forEachExportPage(filter: DirectoryFilter, now: Date, size: Int, _ body: ([Customer]) throws -> Void) throws
    /// The stored custom values of these customers, by customer then field id.
    func exportCustomValues(for ids: [CustomerID]) throws -> [CustomerID: [Int64: String]]
    /// Completed visits and payments received of these customers.
    func exportActivity(for ids: [CustomerID]) throws -> [CustomerID: ExportActivity]
}

extension DirectoryExportSource {
    public func forEachExportPage(filter: DirectoryFilter, now: Date, size: Int, _ body: ([Customer]) throws -> Void) throws {
        var cursor: DirectoryCursor?
        repeat {
            let (customers, next) = try exportPage(filter: filter, after: cursor, limit: size, now: now)
            if !customers.isEmpty { try body(customers) }
            cursor = next
        } while cursor != nil
    }
}

/// Square's bookkeeping columns of one customer: visits are completed bookings, transactions payments received.
public struct ExportActivity: Sendable {
    public var firstVisit: Date?
    public var lastVisit: Date?
    public var transactions = 0
    /// Per currency, in minor units.
    public var spend: [String: Int64] = [:]

    public init(firstVisit: Date? = nil, lastVisit: Date? = nil, transactions: Int = 0, spend: [String: Int64] = [:]) {
        self.firstVisit = firstVisit
        self.lastVisit = lastVisit
        self.transactions = transactions
        self.spend = spend
    }
}

/// Writes the directory (or the profiles a filter lets through: one group, a status…) as CSV with
/// Square's headers, vCard 4.0 or JSON, page by page through its source (never the whole directory
/// in memory). A CSV export imports back to the same profiles. Shared by both backends' `ExportStore`.
public struct DirectoryExportWriter {
    let source: any DirectoryExportSource

    public init(source: any DirectoryExportSource) { self.source = source }

    /// Square's 23 export columns in Square's order, then Country and Status (ours: Square has no
    /// column for them, and without them an export would not re-import whole), then one per custom field.
    public static let squareHeaders = ["Reference ID", "First Name", "Last Name", "Email Address", "Phone Number", "Nickname", "Company Name",
                                       "Street Address 1", "Street Address 2", "City", "State", "Postal Code", "Birthday", "Memo",
                                       "Square Customer ID", "Creation Source", "First Visit", "Last Visit", "Transaction Count", "Lifetime Spend",
                                       "Email Subscription Status", "Instant Profile", "Blocked from online booking"]
    public static let csvHeaders = squareHeaders + ["Country", "Status"]

    /// How much of the file is held before it is written: memory stays flat at any directory size.
    static let flushSize = 1 << 20

    /// Exports the profiles `filter` lets through to `output` (`groupName`, the command line's
    /// `--group`, narrows it to that group); returns the number of profiles written. `now` is what
    /// "reminders due" and "overdue" are measured against.
    @discardableResult
    public func export(format: DirectoryExportFormat, filter directoryFilter: DirectoryFilter, groupName: String?,
                       now: Date, to output: FileHandle) throws -> Int {
        var filter = directoryFilter
        if let groupName {
            guard let group = try source.exportGroups().first(where: { $0.name.caseInsensitiveCompare(groupName) == .orderedSame }) else {
                throw StoreError.notFound(what: "group named “\(groupName)”", id: 0)
            }
            filter.groupID = group.id
        }
        let fields = try source.exportFieldDefinitions()
        let phoneColumns = Self.phoneColumns(fields: fields)
        var count = 0
        // Every record is appended in place to one buffer, written out a megabyte at a time.
        var buffer = ""
        buffer.reserveCapacity(Self.flushSize + (64 << 10))  // a record past the mark fits without growing
        func flushIfFull() throws {
            if buffer.utf8.count > Self.flushSize { try output.write(contentsOf: Data(buffer.utf8)); buffer.removeAll(keepingCapacity: true) }
        }
        func emit(_ text: String) throws {
            buffer += text
            try flushIfFull()
        }
        switch format {
        case .csv: try emit(CSVWriter.line(Self.csvHeaders + fields.map(CustomFieldHeader.header(for:))))
        case .json: try emit("[")
        case .vcard: break
        }
        try source.forEachExportPage(filter: filter, now: now, size: 1_000) { customers in
            let ids = customers.compactMap(\.id)
            let values = try source.exportCustomValues(for: ids)
            let activity = format == .csv ? try activityText(source.exportActivity(for: ids)) : [:]
            for customer in customers {
                let custom = values[customer.id!] ?? [:]
                switch format {
                case .csv:
                    appendCSVLine(customer, activity: activity[customer.id!] ?? ActivityText(), fields: fields, values: custom,
                                  phoneColumns: phoneColumns, to: &buffer)
                    try flushIfFull()
                case .vcard:
                    Self.appendVCard(customer, to: &buffer)
                    try flushIfFull()
                case .json:
                    buffer.append(count == 0 ? "\n" : ",\n")
                    appendJSON(customer, fields: fields, values: custom, to: &buffer)
                    try flushIfFull()
                }
                count += 1
            }
        }
        if format == .json { try emit(count == 0 ? "]\n" : "\n]\n") }
        try output.write(contentsOf: Data(buffer.utf8))
        return count
    }

    /// The CSV columns holding phone numbers (Phone Number and phone custom fields): the only ones
    /// whose cells may start with + or - unescaped.
    static func phoneColumns(fields: [CustomFieldDefinition]) -> Set<Int> {
        var columns: Set<Int> = [csvHeaders.firstIndex(of: "Phone Number")!]
        for (index, field) in fields.enumerated() where field.kind == .phone { columns.insert(csvHeaders.count + index) }
        return columns
    }

    /// The bookkeeping of one customer as the CSV writes it.
    struct ActivityText {
        /// YYYY-MM-DD in the shop's time zone.
        var firstVisit = ""
        var lastVisit = ""
        var transactions = 0
        var spend: [String: Int64] = [:]
    }

    /// One formatter a page, not one a row.
    func activityText(_ activity: [CustomerID: ExportActivity]) -> [CustomerID: ActivityText] {
        guard !activity.isEmpty else { return [:] }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .current
        formatter.dateFormat = "yyyy-MM-dd"
        return activity.mapValues { found in
            ActivityText(firstVisit: found.firstVisit.map(formatter.string(from:)) ?? "", lastVisit: found.lastVisit.map(formatter.string(from:)) ?? "",
                         transactions: found.transactions, spend: found.spend)
        }
    }

    /// One profile's CSV line appended to the export's buffer.
    func appendCSVLine(_ c: Customer, activity: ActivityText, fields: [CustomFieldDefinition], values: [Int64: String], phoneColumns: Set<Int>,
                       to out: inout String) {
        // The international form when the number was understood — E.164, "+33612345678" — so that it re-imports
        // the same in any region (the spaced form would cost libphonenumber a parse a row: see DECISIONS).
        let phone = c.phoneE164 ?? c.phoneNumber
        let spend = activity.spend.keys.sorted().map { Money(minorUnits: activity.spend[$0]!, currency: $0).decimalString + (activity.spend.count > 1 ? " " + $0 : "") }
            .joined(separator: " + ")
        CSVWriter.appendLine([c.referenceID, c.givenName, c.familyName, c.emailAddress, phone, c.nickname, c.companyName,
                               c.address.line1, c.address.line2, c.address.locality, c.address.region, c.address.postalCode,
                               c.birthday?.description ?? "", c.memo, "", c.creationSource.label, activity.firstVisit, activity.lastVisit,
                               activity.transactions == 0 ? "" : String(activity.transactions), spend, c.emailSubscription.label, "No", "No",
                               c.address.country, c.status.label]
                              + fields.map { values[$0.id ?? -1] ?? "" }, phoneColumns: phoneColumns, to: &out)
    }

    /// vCard 4.0 (RFC 6350): text escaped, lines folded at 75 octets.
    public static func vCard(_ c: Customer) -> String {
        var out = ""
        appendVCard(c, to: &out)
        return out
    }

    /// The card appended to `out`, each property built in one reused line and folded only when it
    /// is longer than 75 octets: the export writes a million cards, and a card built as an array of
    /// lines then joined cost twice the CSV's time (issue 19).
    public static func appendVCard(_ c: Customer, to out: inout String) {
        var line = ""
        line.reserveCapacity(256)
        func end() {
            appendFolded(line, to: &out)
            out.append("\r\n")
            line.removeAll(keepingCapacity: true)
        }
        func property(_ name: String, _ value: String) {
            line.append(name)
            ASCIIEscaping.appendVCardText(value, to: &line)
            end()
        }
        out.append("BEGIN:VCARD\r\nVERSION:4.0\r\n")
        property("FN:", c.displayName)
        line.append("N:")
        ASCIIEscaping.appendVCardText(c.familyName, to: &line)
        line.append(";")
        ASCIIEscaping.appendVCardText(c.givenName, to: &line)
        line.append(";;;")
        end()
        if !c.nickname.isEmpty { property("NICKNAME:", c.nickname) }
        if !c.companyName.isEmpty { property("ORG:", c.companyName) }
        if !c.emailAddress.isEmpty { property("EMAIL:", c.emailAddress) }
        if let e164 = c.phoneE164 {
            line.append("TEL;VALUE=uri:tel:")
            line.append(e164)
            end()
        } else if !c.phoneNumber.isEmpty { property("TEL:", c.phoneNumber) }
        if !c.address.isEmpty {
            let a = c.address
            line.append("ADR:;")
            for (index, part) in [a.line2, a.line1, a.locality, a.region, a.postalCode, a.country].enumerated() {
                if index > 0 { line.append(";") }
                ASCIIEscaping.appendVCardText(part, to: &line)
            }
            end()
        }
        if let birthday = c.birthday {
            line.append("BDAY:")
            if let year = birthday.year { ASCIIEscaping.appendPadded(year, width: 4, to: &line) } else { line.append("--") }
            ASCIIEscaping.appendPadded(birthday.month, width: 2, to: &line)
            ASCIIEscaping.appendPadded(birthday.day, width: 2, to: &line)
            end()
        }
        if !c.memo.isEmpty { property("NOTE:", c.memo) }
        if let id = c.id {
            line.append("UID:urn:clientele:")
            line.append(String(id))
            end()
        }
        out.append("END:VCARD\r\n")
    }

    public static func fold(_ line: String) -> String {
        var result = ""
        appendFolded(line, to: &result)
        return result
    }

    /// `line` folded at 75 octets (a continuation starts with a space, which counts), never inside a character.
    static func appendFolded(_ line: String, to out: inout String) {
        // A line that fits is most lines: no character-by-character copy.
        if line.utf8.count <= 75 { out.append(line); return }
        var count = 0
        for character in line {
            let size = character.utf8.count
            if count + size > 75 { out.append("\r\n "); count = 1 }
            out.append(character)
            count += size
        }
    }

    /// One profile as a compact JSON object, keys sorted (the order `JSONSerialization` gave with `.sortedKeys`).
    public func json(_ c: Customer, fields: [CustomFieldDefinition], values: [Int64: String]) -> String {
        var out = ""
        out.reserveCapacity(512)
        appendJSON(c, fields: fields, values: values, to: &out)
        return out
    }

    /// The object appended to `out` (the export's buffer): no string of its own to build and copy.
    /// The text between two values — a comma, a key, its quotes — is one literal appended once: an
    /// append into the buffer costs about as much as the bytes it copies, and a member written as
    /// five appends (comma, quote, key, quote and colon, quote) spent a third of the export's time
    /// in appending.
    public func appendJSON(_ c: Customer, fields: [CustomFieldDefinition], values: [Int64: String], to out: inout String) {
        let a = c.address
        out.append("  {\"address\":{\"country\":\""); JSONText.appendEscaped(a.country, to: &out)
        out.append("\",\"line1\":\""); JSONText.appendEscaped(a.line1, to: &out)
        out.append("\",\"line2\":\""); JSONText.appendEscaped(a.line2, to: &out)
        out.append("\",\"locality\":\""); JSONText.appendEscaped(a.locality, to: &out)
        out.append("\",\"postalCode\":\""); JSONText.appendEscaped(a.postalCode, to: &out)
        out.append("\",\"region\":\""); JSONText.appendEscaped(a.region, to: &out)
        out.append("\"}")
        JSONText.member("birthday", c.birthday?.description, to: &out)
        out.append(",\"companyName\":\""); JSONText.appendEscaped(c.companyName, to: &out)
        out.append("\",\"creationSource\":\""); JSONText.appendEscaped(c.creationSource.rawValue, to: &out)
        out.append("\",\"customFields\":{")
        var custom: [(String, String)] = []
        for field in fields { if let value = values[field.id ?? -1] { custom.append((field.label, value)) } }
        for (index, (label, value)) in custom.sorted(by: { $0.0 < $1.0 }).enumerated() { JSONText.member(label, value, to: &out, first: index == 0) }
        out.append("},\"email\":\""); JSONText.appendEscaped(c.emailAddress, to: &out)
        out.append("\",\"emailSubscription\":\""); JSONText.appendEscaped(c.emailSubscription.rawValue, to: &out)
        out.append("\",\"familyName\":\""); JSONText.appendEscaped(c.familyName, to: &out)
        out.append("\",\"givenName\":\""); JSONText.appendEscaped(c.givenName, to: &out)
        out.append("\",\"id\":"); out.append(String(c.id ?? 0))
        out.append(",\"memo\":\""); JSONText.appendEscaped(c.memo, to: &out)
        out.append("\",\"nickname\":\""); JSONText.appendEscaped(c.nickname, to: &out)
        out.append("\"")
        JSONText.member("phone", c.phoneE164, to: &out)
        out.append(",\"phoneAsTyped\":\""); JSONText.appendEscaped(c.phoneNumber, to: &out)
        out.append("\",\"referenceId\":\""); JSONText.appendEscaped(c.referenceID, to: &out)
        out.append("\",\"status\":\""); JSONText.appendEscaped(c.status.rawValue, to: &out)
        out.append("\"}")
    }

    /// The object as `JSONSerialization` wrote it before `json` was written by hand: the reference
    /// the equivalence test holds the fast path to.
    public func jsonThroughFoundation(_ c: Customer, fields: [CustomFieldDefinition], values: [Int64: String]) -> String {
        var object: [String: Any] = [
            "id": c.id ?? 0, "givenName": c.givenName, "familyName": c.familyName, "nickname": c.nickname, "companyName": c.companyName,
            "email": c.emailAddress, "phone": c.phoneE164 as Any, "phoneAsTyped": c.phoneNumber, "referenceId": c.referenceID,
            "address": ["line1": c.address.line1, "line2": c.address.line2, "locality": c.address.locality, "region": c.address.region,
                        "postalCode": c.address.postalCode, "country": c.address.country],
            "birthday": c.birthday?.description as Any, "memo": c.memo, "emailSubscription": c.emailSubscription.rawValue,
            "status": c.status.rawValue, "creationSource": c.creationSource.rawValue,
        ]
        var custom: [String: String] = [:]
        for field in fields { if let value = values[field.id ?? -1] { custom[field.label] = value } }
        object["customFields"] = custom
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return "  " + String(decoding: data, as: UTF8.self)
    }
}
