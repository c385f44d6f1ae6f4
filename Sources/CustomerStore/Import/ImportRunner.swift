import Foundation
import GRDB
import CustomerCore

/// Applies an import plan to a file, in short transactions that let other counters read and save
/// between them (`SlicedImportWriter`), and all or nothing: interrupted at any point (Ctrl-C, a
/// crash, power loss), the import is removed whole (`InterruptedImports`).
public struct ImportRunner: ImportStore {
    let store: ClienteleStore

    public init(store: ClienteleStore) { self.store = store }

    /// Rows inserted per prepared-statement batch (memory stays flat whatever the file's size).
    static let batchSize = 2_000
    /// Chunks converting at once, the one to insert next included.
    static let chunksConvertingAhead = 3

    /// Reads the header line and proposes the mapping.
    public func plan(path: String, group: ImportGroupChoice? = nil) throws -> (plan: ImportPlan, reader: CSVReader) {
        let reader = try CSVReader(path: path)
        guard let header = try reader.next() else { throw CSVError(line: 0, message: "the file has no header line") }
        let name = ImportPlan.defaultGroupName(fileName: URL(fileURLWithPath: path).lastPathComponent)
        var plan = ImportPlan(headers: header.fields, group: group ?? .newDatedGroup(name))
        plan.existingCustomFieldLabels = try store.customFields.definitions().map(\.label)
        return (plan, reader)
    }

    /// Imports the rows `reader` has left. `progress` is called now and then with rows read and
    /// the bytes read so far; returning false cancels (nothing is written).
    public func run(_ plan: ImportPlan, reader: CSVReader, dryRun: Bool, now: Date = Date(),
                    progress: (_ rows: Int, _ bytesRead: Int) -> Bool = { _, _ in true }) throws -> ImportSummary {
        try Self.refuseSensitiveHeaders(plan)
        var summary = ImportSummary()
        summary.isDryRun = dryRun
        summary.encoding = reader.encoding
        summary.delimiter = reader.delimiter
        let definitions = try store.customFields.definitions()
        // Refused before any row is read: two headers that would be one field, or more new
        // fields than were agreed to.
        if let clash = (plan.customFieldLabelClashes + plan.customFieldDeclarationIssues).first {
            throw CSVError(line: 1, message: "column “\(clash.column)”: \(clash.reason)")
        }
        var checked = plan
        checked.existingCustomFieldLabels = definitions.map(\.label)
        let newLabels = checked.newCustomFieldLabels
        if newLabels.count > plan.allowedNewCustomFields {
            throw ImportNeedsConfirmation(newCustomFields: newLabels.count, allowed: plan.allowedNewCustomFields)
        }
        let converter = ImportRowConverter(plan: plan, region: store.region, customFields: definitions)
        var seen = SeenKeys()

        // A real import writes in slices (`SlicedImportWriter`): other counters read and save between
        // them. A dry run writes nothing and checks duplicates row by row.
        let writer = dryRun ? nil : SlicedImportWriter(database: store.database, fileSize: reader.fileSize, now: now)
        func work() throws {
            var fieldIDs: [String: Int64] = [:]
            var groupID: Int64?
            var lastExistingID: Int64 = 0
            if let writer {
                try writer.begin { db, created in
                    lastExistingID = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM customer") ?? 0
                    groupID = try Self.resolveGroup(db, plan.group, now: now, summary: &summary, created: &created.group)
                    // In the file's column order (a Set gave a new order every run), positions after
                    // the last one, counted once rather than with a max() per field.
                    var position = try Int.fetchOne(db, sql: "SELECT coalesce(max(position), 0) FROM custom_field") ?? 0
                    let declared = Dictionary(plan.declaredCustomFields.map { (SearchFolding.fold($0.label), $0) }, uniquingKeysWith: { first, _ in first })
                    for label in plan.customFieldLabels where fieldIDs[SearchFolding.fold(label)] == nil {
                        let definition = declared[SearchFolding.fold(label)] ?? CustomFieldDefinition(label: label, kind: .text)
                        let (id, isNew) = try Self.ensureCustomField(db, definition, position: &position)
                        fieldIDs[SearchFolding.fold(label)] = id
                        if isNew { created.fields.append(id) }
                    }
                }
            } else if case .newGroup(let name) = plan.group {
                summary.groupName = name
            } else if case .newDatedGroup(let name) = plan.group {
                summary.groupName = name
            } else if case .existingGroup(let name) = plan.group {
                summary.groupName = name
            }
            var batch: [ConvertedRow] = []
            // In slices of the writer's current size (smaller than a chunk while another counter writes
            // and each slice starts with a cold cache), the rest kept for the next.
            func flush(force: Bool) throws {
                while !batch.isEmpty, force || batch.count >= (writer?.rowsPerSlice ?? Self.batchSize) {
                    let part = Array(batch.prefix(writer?.rowsPerSlice ?? batch.count))
                    try write(part)
                    summary.imported += part.count
                    batch.removeFirst(part.count)
                }
            }
            func write(_ batch: [ConvertedRow]) throws {
                if let writer {
                    try writer.slice { db, insert in
                        let ids = try insert.insert(batch.map(\.row.customer), derived: batch.map(\.columns))
                        if !fieldIDs.isEmpty {
                            let value = try db.cachedStatement(sql: "INSERT OR REPLACE INTO custom_field_value (customer_id, field_id, value) VALUES (?, ?, ?)")
                            for (converted, id) in zip(batch, ids) {
                                for (label, fieldValue) in converted.row.customValues {
                                    if let fieldID = fieldIDs[SearchFolding.fold(label)] { try value.execute(arguments: [id, fieldID, fieldValue.storageText]) }
                                }
                            }
                        }
                        if let groupID, let first = ids.first, let last = ids.last {
                            try db.execute(sql: "INSERT INTO group_member (group_id, customer_id) SELECT ?, id FROM customer WHERE id BETWEEN ? AND ? ORDER BY id",
                                           arguments: [groupID, first, last])
                        }
                        return ids
                    }
                }
            }
            // Rows are read in chunks; each chunk is converted on every core at once (the
            // conversion — libphonenumber, validation — costs more than the insert) while the
            // previous chunk is inserted, then taken in file order, so ids, rejects and duplicate
            // counts do not depend on the threads. Only this thread reads the file and writes.
            func readChunk() throws -> [CSVRecord] {
                var chunk: [CSVRecord] = []
                chunk.reserveCapacity(Self.batchSize)
                while chunk.count < Self.batchSize, let record = try reader.next() {
                    if record.fields.allSatisfy({ CustomerValidator.trimmed($0).isEmpty }) { continue }
                    chunk.append(record)
                }
                return chunk
            }
            // Several chunks convert ahead of the one being inserted, so the conversion threads
            // always have work while this thread reads and inserts (with one chunk ahead, the
            // cores sat idle between a chunk's end and the next read, 0.4 of a core on average).
            var inFlight: [ChunkConversion] = []
            var fileRead = false
            func readAhead() throws {
                while !fileRead && inFlight.count < Self.chunksConvertingAhead {
                    let chunk = try readChunk()
                    if chunk.count < Self.batchSize { fileRead = true }
                    if !chunk.isEmpty { inFlight.append(ChunkConversion(chunk, converter: converter, now: now)) }
                }
            }
            try readAhead()
            while !inFlight.isEmpty {
                let conversion = inFlight.removeFirst()
                let results = conversion.wait()
                summary.rowsRead += results.count
                try readAhead()
                for result in results {
                    switch result {
                    case .success(let converted):
                        // A dry run checks row by row; a real import counts once at the end, in SQL.
                        if writer == nil, try Self.looksLikeDuplicate(converted.row.customer, store: store, seen: &seen) {
                            summary.possibleDuplicates += 1
                        }
                        batch.append(converted)
                    case .failure(let refusal):
                        summary.rejected += refusal.issues
                        if let line = refusal.issues.first?.line { summary.rejectedLines.insert(line) }
                    }
                }
                do { try flush(force: false) } catch { for conversion in inFlight { _ = conversion.wait() }; throw error }
                writer?.progress(bytesRead: reader.bytesRead)
                if !progress(summary.rowsRead, reader.bytesRead) {
                    for conversion in inFlight { _ = conversion.wait() }  // let the workers finish before unwinding
                    throw ImportCancelled()
                }
            }
            try flush(force: true)
            _ = progress(summary.rowsRead, reader.bytesRead)
            // Nothing valid: leave no empty group or unused custom fields behind.
            if let writer {
                if summary.imported == 0 { throw NothingImported() }
                try writer.finish()
                summary.possibleDuplicates = try store.database.writer.read { db in try Self.countDuplicates(db, after: lastExistingID) }
            }
        }
        do {
            try work()
        } catch {
            // Cancelled, refused or failed half-way: what the slices wrote goes, whole.
            try writer?.abandon()
            guard error is NothingImported else { throw error }
            summary.groupName = nil
        }
        return summary
    }

    /// A column whose header is a card number would become a custom field with that label: the
    /// import refuses before writing anything and names the column (by number, its header masked).
    static func refuseSensitiveHeaders(_ plan: ImportPlan) throws {
        var issues: [ValidationIssue] = []
        for (index, target) in plan.targets.enumerated() {
            guard case .customField(let label) = target, let finding = SensitiveDataGuard.scan(label) else { continue }
            let header = SensitiveDataGuard.maskingCardNumbers(index < plan.headers.count ? plan.headers[index] : label)
            issues.append(ValidationIssue(fieldLabel: "Column \(index + 1) (“\(header)”)", problem: ValidationProblem(finding)))
        }
        if !issues.isEmpty { throw StoreError.invalid(ValidationFailure(issues)) }
    }

    /// The group the rows join, created in the same transaction when new.
    static func resolveGroup(_ db: Database, _ choice: ImportGroupChoice, now: Date, summary: inout ImportSummary, created: inout Int64?) throws -> Int64? {
        switch choice {
        case .none: return nil
        case .existingGroup(let name):
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM customer_group WHERE name = ? COLLATE NOCASE", arguments: [name]) else {
                throw StoreError.notFound(what: "group named “\(name)”", id: 0)
            }
            summary.groupName = name
            return id
        case .newGroup(let name):
            // A name already taken is refused (`StoreError.duplicateName`), never made "VIP (2)":
            // adding to the existing group is a choice the person makes (`existingGroup`).
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            summary.groupName = trimmed
            created = try GroupRepository.create(db, name: trimmed, now: now).id
            return created
        case .newDatedGroup(let name):
            var candidate = name
            var counter = 2
            while try Bool.fetchOne(db, sql: "SELECT 1 FROM customer_group WHERE name = ? COLLATE NOCASE", arguments: [candidate]) == true {
                candidate = "\(name) (\(counter))"
                counter += 1
            }
            summary.groupName = candidate
            created = try GroupRepository.create(db, name: candidate, now: now).id
            return created
        }
    }

    /// The field of that label (as stored: cut at 100), created at the next position when new,
    /// of the kind and with the options its header declared (text when it declared none). An
    /// existing field keeps its kind: the file's cells were read as it.
    static func ensureCustomField(_ db: Database, _ definition: CustomFieldDefinition, position: inout Int) throws -> (id: Int64, isNew: Bool) {
        let stored = ImportPlan.storedLabel(definition.label)
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM custom_field WHERE label = ? COLLATE NOCASE", arguments: [stored]) { return (id, false) }
        position += 1
        let choices = String(decoding: try JSONEncoder().encode(definition.kind == .choice ? definition.choices : []), as: UTF8.self)
        try db.execute(sql: "INSERT INTO custom_field (label, kind, choices, position) VALUES (?, ?, ?, ?)",
                       arguments: [stored, definition.kind.rawValue, choices, position])
        return (db.lastInsertedRowID, true)
    }

    /// Converts records on all cores, the stored columns derived from each profile included;
    /// results in the records' order.
    static func convert(_ records: [CSVRecord], with converter: ImportRowConverter, now: Date) -> [Result<ConvertedRow, ImportRowRefusal>] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        guard records.count >= 64, workers > 1 else { return records.map { ConvertedRow.convert($0, with: converter, now: now) } }
        let results = ResultSlots(count: records.count)
        // More slices than threads, so a thread that finishes early takes another slice.
        let slices = workers * 4
        let slice = (records.count + slices - 1) / slices
        DispatchQueue.concurrentPerform(iterations: slices) { worker in
            let range = min(records.count, worker * slice)..<min(records.count, (worker + 1) * slice)
            for index in range { results.set(index, ConvertedRow.convert(records[index], with: converter, now: now)) }
        }
        return results.values
    }

    /// New profiles (ids after `lastExistingID`) sharing a normalised email or an E.164 phone with a
    /// profile before them, or a similar name at the same street address.
    static func countDuplicates(_ db: Database, after lastExistingID: Int64) throws -> Int {
        // Set-based, from the keys two profiles share (one pass over each index), rather than
        // probing for every new row: 2.9 s → well under a second after an import of a million.
        var duplicates = Set<Int64>()
        for (column, index) in [("email_normalized", "customer_by_email"), ("phone_e164", "customer_by_phone_e164")] {
            duplicates.formUnion(try Int64.fetchAll(db, sql: """
                SELECT n.id FROM customer n INDEXED BY \(index)
                WHERE n.\(column) IS NOT NULL
                  AND n.\(column) IN (SELECT \(column) FROM customer WHERE \(column) IS NOT NULL GROUP BY \(column) HAVING count(*) > 1)
                  AND n.id > ?1
                  AND n.id > (SELECT min(o.id) FROM customer o INDEXED BY \(index) WHERE o.\(column) = n.\(column))
                """, arguments: [lastExistingID]))
        }
        // Possible duplicates too: a similar name at the same street address (PRODUCT §5).
        let sameAddress = try Row.fetchCursor(db, sql: """
            SELECT n.id, n.given_name, n.family_name, o.given_name AS other_given_name, o.family_name AS other_family_name
            FROM customer n INDEXED BY customer_by_address_key
            JOIN customer o INDEXED BY customer_by_address_key ON o.address_key = n.address_key AND o.address_key <> '' AND o.id < n.id
            WHERE n.address_key <> ''
              AND n.address_key IN (SELECT address_key FROM customer WHERE address_key <> '' GROUP BY address_key HAVING count(*) > 1)
              AND n.id > ?
            """, arguments: [lastExistingID])
        var columns: (id: Int, given: Int, family: Int, otherGiven: Int, otherFamily: Int)?  // found by name in the first row
        while let row = try sameAddress.next() {
            let c = columns ?? {
                let positions = ColumnPositions(row)
                return (positions["id"], positions["given_name"], positions["family_name"], positions["other_given_name"], positions["other_family_name"])
            }()
            columns = c
            if NameSimilarity.compare(given: row[c.given], family: row[c.family], withGiven: row[c.otherGiven], family: row[c.otherFamily]) != nil {
                duplicates.insert(row[c.id])
            }
        }
        return duplicates.count
    }

    /// Same normalised email or E.164 phone as a profile already stored or an earlier row, or a
    /// similar name at the same street address (what `countDuplicates` counts after a real import).
    static func looksLikeDuplicate(_ customer: Customer, store: ClienteleStore, seen: inout SeenKeys) throws -> Bool {
        var duplicate = false
        let email = customer.emailAddress.isEmpty ? nil : EmailAddress.normalize(customer.emailAddress)
        if let email {
            if !seen.emails.insert(email).inserted { duplicate = true }
        }
        if let phone = customer.phoneE164 {
            if !seen.phones.insert(phone).inserted { duplicate = true }
        }
        let addressKey = AddressKey.make(customer.address)
        func similar(_ names: [(String, String)]) -> Bool {
            names.contains { NameSimilarity.compare(given: customer.givenName, family: customer.familyName, withGiven: $0.0, family: $0.1) != nil }
        }
        if !addressKey.isEmpty {
            if similar(seen.namesAtAddress[addressKey] ?? []) { duplicate = true }
            seen.namesAtAddress[addressKey, default: []].append((customer.givenName, customer.familyName))
        }
        if duplicate { return true }
        let check: (Database) throws -> Bool = { db in
            if let email, try Bool.fetchOne(db, sql: "SELECT 1 FROM customer WHERE email_normalized = ? LIMIT 1", arguments: [email]) == true { return true }
            if let phone = customer.phoneE164, try Bool.fetchOne(db, sql: "SELECT 1 FROM customer WHERE phone_e164 = ? LIMIT 1", arguments: [phone]) == true { return true }
            if !addressKey.isEmpty {
                let names = try db.mapRows(sql: "SELECT given_name, family_name FROM customer WHERE address_key = ?", arguments: [addressKey]) {
                    ($0["given_name"] as String, $0["family_name"] as String)
                }
                if similar(names) { return true }
            }
            return false
        }
        return try store.database.writer.read(check)
    }

    /// What a dry run has seen of the file so far, to count duplicates within it.
    struct SeenKeys {
        var emails: Set<String> = []
        var phones: Set<String> = []
        var namesAtAddress: [String: [(String, String)]] = [:]
    }

    /// Writes the refused rows of `path` to `rejectsPath` as CSV, with a first column saying
    /// what is wrong, so the file can be fixed and imported again. It is written as the source
    /// was — encoding, byte order mark, delimiter and line end — so the spreadsheet that made
    /// the file opens it the same way; importing it again ignores the Problem column. Streamed through a file beside
    /// the destination, 1 MB at a time, then renamed over it: memory does not grow with the
    /// number of refused rows, and a failure half-way leaves no half-written rejects file.
    public func writeRejects(of path: String, summary: ImportSummary, to rejectsPath: String) throws {
        let reader = try CSVReader(path: path)
        guard let header = try reader.next() else { return }
        var reasons: [Int: [String]] = [:]
        for issue in summary.rejected { reasons[issue.line, default: []].append((issue.column.isEmpty ? "" : "\(issue.column): ") + issue.reason) }
        let destination = URL(fileURLWithPath: rejectsPath)
        let partial = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).partial")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: partial.path) else {
            throw StoreError.fileProblem("cannot write the rejects file in \(destination.deletingLastPathComponent().path)")
        }
        do {
            // The refused rows are written back for fixing, but never a card number: a row refused
            // for one would otherwise put it in a file beside the shop's exports (masked, `•••• 1111`).
            let mask = SensitiveDataGuard.maskingCardNumbers
            let encoder = RejectsEncoder(encoding: reader.encoding, byteOrderMark: reader.hasByteOrderMark)
            func line(_ cells: [String]) -> String {
                CSVWriter.line(cells, delimiter: reader.delimiter, lineEnding: reader.lineEnding.rawValue)
            }
            var text = line([ColumnMapping.rejectsProblemHeader] + header.fields.map(mask))
            try handle.write(contentsOf: encoder.byteOrderMark)
            while !summary.rejectedLines.isEmpty, let record = try reader.next() {
                guard let reason = reasons[record.line] else { continue }
                text += line([mask("line \(record.line): " + reason.joined(separator: "; "))] + record.fields.map(mask))
                if text.utf8.count >= 1 << 20 {
                    try handle.write(contentsOf: encoder.bytes(text))
                    text = ""
                }
            }
            try handle.write(contentsOf: encoder.bytes(text))
            try handle.close()
            guard rename(partial.path, destination.path) == 0 else {
                throw StoreError.fileProblem("cannot write \(destination.path): \(String(cString: strerror(errno)))")
            }
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
    }
}

/// A valid row and the columns the store derives from its profile, computed on a conversion thread.
struct ConvertedRow: Sendable {
    let row: ImportedRow
    let columns: DerivedCustomerColumns

    static func convert(_ record: CSVRecord, with converter: ImportRowConverter, now: Date) -> Result<ConvertedRow, ImportRowRefusal> {
        converter.convert(record, now: now).map { ConvertedRow(row: $0, columns: DerivedCustomerColumns($0.customer)) }
    }
}

/// Rolls back an import in which no row was valid.
struct NothingImported: Error {}

/// A chunk being converted on other threads; `wait()` returns the results in record order.
final class ChunkConversion: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var results: [Result<ConvertedRow, ImportRowRefusal>] = []

    init(_ records: [CSVRecord], converter: ImportRowConverter, now: Date) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.results = ImportRunner.convert(records, with: converter, now: now)
            self.done.signal()
        }
    }

    func wait() -> [Result<ConvertedRow, ImportRowRefusal>] {
        done.wait()
        done.signal()  // a second wait returns at once
        return results
    }
}

/// Slots the conversion threads fill, each thread its own indices (no two write the same slot).
/// Raw memory, not an Array, so no copy-on-write check races between threads.
final class ResultSlots: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Result<ConvertedRow, ImportRowRefusal>?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func set(_ index: Int, _ value: Result<ConvertedRow, ImportRowRefusal>) { storage[index] = value }

    var values: [Result<ConvertedRow, ImportRowRefusal>] { storage.map { $0! } }
}
