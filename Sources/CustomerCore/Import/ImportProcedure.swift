import Foundation

/// An import from its plan to its summary, the same on every backend: the header refusals, the
/// rows read in chunks and converted on every core while the previous chunk is written, refused
/// rows named, duplicates counted, the progress callback's cancel, and the summary. Where the rows
/// go is the `ImportDestination`'s part.
public enum ImportProcedure {
    /// Rows per chunk read and converted at once (memory stays flat whatever the file's size).
    public static let rowsPerChunk = 2_000
    /// Chunks converting at once, the one to write next included.
    static let chunksConvertingAhead = 3

    /// Reads the header line and proposes the mapping; the reader is left at the first row.
    public static func plan(path: String, group: ImportGroupChoice?, existing definitions: [CustomFieldDefinition]) throws -> (plan: ImportPlan, reader: CSVReader) {
        let reader = try CSVReader(path: path)
        guard let header = try reader.next() else { throw CSVError(line: 0, message: "the file has no header line") }
        let name = ImportPlan.defaultGroupName(fileName: URL(fileURLWithPath: path).lastPathComponent)
        var plan = ImportPlan(headers: header.fields, group: group ?? .newDatedGroup(name))
        plan.existingCustomFieldLabels = definitions.map(\.label)
        return (plan, reader)
    }

    /// Imports the rows `reader` has left into `destination` (or only checks them, `dryRun`).
    /// `progress` is called after each chunk with rows and bytes read; returning false cancels
    /// (`ImportCancelled`, nothing written).
    public static func run(_ plan: ImportPlan, reader: CSVReader, into destination: ImportDestination, region: String, dryRun: Bool, now: Date,
                           progress: (_ rows: Int, _ bytesRead: Int) -> Bool) throws -> ImportSummary {
        try refuseSensitiveHeaders(plan)
        var summary = ImportSummary()
        summary.isDryRun = dryRun
        summary.encoding = reader.encoding
        summary.delimiter = reader.delimiter
        let definitions = try destination.customFieldDefinitions()
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
        let converter = ImportRowConverter(plan: plan, region: region, customFields: definitions)
        var lookout = ImportDuplicateLookout()

        func work() throws {
            if dryRun {
                switch plan.group {
                case .newGroup(let name), .newDatedGroup(let name), .existingGroup(let name): summary.groupName = name
                case .none: break
                }
            } else {
                try destination.begin(plan, now: now, summary: &summary)
            }
            var batch: [ConvertedImportRow] = []
            // In parts of the destination's current size, the rest kept for the next.
            func flush(force: Bool) throws {
                while !batch.isEmpty, force || batch.count >= destination.rowsPerWrite {
                    let part = Array(batch.prefix(dryRun ? batch.count : destination.rowsPerWrite))
                    if !dryRun { try destination.write(part) }
                    summary.imported += part.count
                    batch.removeFirst(part.count)
                }
            }
            // Rows are read in chunks; each chunk is converted on every core at once (the
            // conversion — libphonenumber, validation — costs more than the insert) while the
            // previous chunk is written, then taken in file order, so ids, rejects and duplicate
            // counts do not depend on the threads. Only this thread reads the file and writes.
            func readChunk() throws -> [CSVRecord] {
                var chunk: [CSVRecord] = []
                chunk.reserveCapacity(rowsPerChunk)
                while chunk.count < rowsPerChunk, let record = try reader.next() {
                    if record.fields.allSatisfy({ CustomerValidator.trimmed($0).isEmpty }) { continue }
                    chunk.append(record)
                }
                return chunk
            }
            // Several chunks convert ahead of the one being written, so the conversion threads
            // always have work while this thread reads and writes (with one chunk ahead, the
            // cores sat idle between a chunk's end and the next read, 0.4 of a core on average).
            var inFlight: [ImportChunkConversion] = []
            var fileRead = false
            func readAhead() throws {
                while !fileRead && inFlight.count < chunksConvertingAhead {
                    let chunk = try readChunk()
                    if chunk.count < rowsPerChunk { fileRead = true }
                    if !chunk.isEmpty { inFlight.append(ImportChunkConversion(chunk, converter: converter, now: now)) }
                }
            }
            // Before unwinding, the conversion threads finish (they hold the chunks).
            func settle() { for conversion in inFlight { _ = conversion.wait() } }
            try readAhead()
            while !inFlight.isEmpty {
                let conversion = inFlight.removeFirst()
                let results = conversion.wait()
                summary.rowsRead += results.count
                do { try readAhead() } catch { settle(); throw error }
                for result in results {
                    switch result {
                    case .success(let converted):
                        // A dry run checks row by row; a real import counts once at the end, in SQL.
                        if dryRun {
                            do {
                                if try lookout.looksLikeDuplicate(converted.row.customer, stored: destination) { summary.possibleDuplicates += 1 }
                            } catch { settle(); throw error }
                        }
                        batch.append(converted)
                    case .failure(let refusal):
                        summary.rejected += refusal.issues
                        if let line = refusal.issues.first?.line { summary.rejectedLines.insert(line) }
                    }
                }
                do { try flush(force: false) } catch { settle(); throw error }
                if !dryRun { destination.progress(bytesRead: reader.bytesRead) }
                if !progress(summary.rowsRead, reader.bytesRead) {
                    settle()
                    throw ImportCancelled()
                }
            }
            try flush(force: true)
            _ = progress(summary.rowsRead, reader.bytesRead)
            if !dryRun {
                // Nothing valid: leave no empty group or unused custom fields behind.
                if summary.imported == 0 { throw NothingImported() }
                summary.possibleDuplicates = try destination.finish()
            }
        }
        if dryRun {
            try work()
            return summary
        }
        do {
            try destination.allOrNothing(work)
        } catch is NothingImported {
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
}

/// Rolls back an import in which no row was valid.
struct NothingImported: Error {}
