import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation

/// `clientele merge ID ID`, `clientele merge --undo MERGE_ID` and `clientele merge --purge-older-than DAYS`:
/// the merge review's default choices (each field keeps the most recently updated non-empty value), for scripts.
struct Merge: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge two customers into one (the older keeps its ID unless --keep says), undo a merge, or purge old merge history.",
        discussion: """
            IDs are the `id` values that `clientele find --json` and `clientele duplicates --json` print. Everything of the \
            absorbed profile moves to the survivor in one transaction; `clientele merge --undo MERGE_ID` gives both back. \
            `clientele merge --purge-older-than DAYS --yes` deletes the records of merges made more than DAYS days ago (and the \
            document files only they kept); those merges can no longer be undone. Without --yes it says how many would go (exit 3). \
            Exit 1 when an ID or merge does not exist, 3 when the merge is refused (nothing changed), 4 on a database problem, \
            64 for bad usage.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: ArgumentHelp("The two customers' IDs.", valueName: "id"))
    var ids: [Int64] = []

    @Option(help: ArgumentHelp("The customer that keeps its ID (one of the two; default: the older).", valueName: "id"))
    var keep: Int64?

    @Flag(help: "When the two hold more than 100 documents together, keep the newest 100 (the others come back on undo).")
    var keepNewestDocuments = false

    @Option(help: ArgumentHelp("Undo this merge: both profiles come back.", valueName: "merge-id"))
    var undo: Int64?

    @Option(help: ArgumentHelp("Purge the history of merges made more than this many days ago (at least 1); they can no longer be undone.",
                               valueName: "days"))
    var purgeOlderThan: Int?

    @Flag(help: "Confirm --purge-older-than.")
    var yes = false

    @Flag(help: "Print the result as JSON.")
    var json = false

    func validate() throws {
        if let days = purgeOlderThan {
            guard ids.isEmpty, keep == nil, !keepNewestDocuments, undo == nil else {
                throw ValidationError("--purge-older-than takes only a number of days (and --yes)")
            }
            guard days >= 1 else { throw ValidationError("--purge-older-than needs at least 1 day (got \(days))") }
            return
        }
        if yes { throw ValidationError("--yes confirms --purge-older-than; a merge or an undo needs no confirmation") }
        if undo != nil {
            guard ids.isEmpty, keep == nil, !keepNewestDocuments else {
                throw ValidationError("--undo takes only the merge's ID (no customer IDs, --keep or --keep-newest-documents)")
            }
            return
        }
        guard ids.count == 2 else {
            throw ValidationError("give the two customers' IDs (got \(ids.count)), or --undo MERGE_ID")
        }
        guard ids[0] != ids[1] else { throw ValidationError("both IDs are \(ids[0]); a profile cannot be merged with itself") }
        if let keep, !ids.contains(keep) {
            throw ValidationError("--keep \(keep) is neither of the two customers (\(ids[0]), \(ids[1]))")
        }
    }

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        if let purgeOlderThan {
            try purge(olderThanDays: purgeOlderThan, in: opened)
        } else if let undo {
            try undoMerge(undo, in: opened)
        } else {
            try merge(ids[0], ids[1], in: opened)
        }
    }

    func merge(_ first: Int64, _ second: Int64, in opened: any ClienteleStoring) throws {
        let record: MergeRecord
        do {
            var plan = try opened.merges.proposedPlan(first, second, keep: keep)
            if plan.exceedsAttachmentLimit {
                let total = plan.survivorAttachmentCount + plan.absorbedAttachmentCount
                guard keepNewestDocuments else {
                    Stderr.print("clientele merge: \(MergeRefusal.documentsOverLimit(total: total)); add --keep-newest-documents to keep the newest \(AttachmentRules.maximumFilesPerCustomer) — nothing was merged")
                    throw ExitStatus.invalidData
                }
                plan.attachmentOverflow = .keepNewest
            }
            record = try opened.merges.apply(plan)
        } catch {
            throw Self.exitStatus(for: error, command: "merge")
        }
        if json {
            print(try JSONOutput.string(jsonObject: ["mergeId": record.id, "survivor": record.survivorID], options: [.sortedKeys]))
        } else {
            say("Merge \(record.id): customer \(record.absorbedID) (\(record.absorbedName)) merged into customer \(record.survivorID), which keeps its ID.")
            print("Undo with: clientele merge --undo \(record.id)")
        }
    }

    func undoMerge(_ mergeID: Int64, in opened: any ClienteleStoring) throws {
        let record: MergeRecord
        let names: [CustomerID: String]
        do {
            record = try opened.merges.undo(mergeID: mergeID)
            names = Dictionary(uniqueKeysWithValues: try opened.customers.customers(ids: [record.survivorID, record.absorbedID])
                .compactMap { customer in customer.id.map { ($0, customer.displayName) } })
        } catch MergeRefusal.purged(let purged) {
            // Said plainly, with both names: the record is gone, only its marker is left.
            let survivor = (try? opened.customers.customer(id: purged.survivorID))?.displayName ?? "customer \(purged.survivorID)"
            Stderr.print("clientele merge --undo: the merge of \(purged.absorbedName) into \(survivor) on \(Self.day(purged.createdAt)) was purged "
                         + "from the history on \(Self.day(purged.purgedAt ?? purged.createdAt)); it can no longer be undone")
            throw ExitStatus.invalidData
        } catch {
            throw Self.exitStatus(for: error, command: "merge --undo")
        }
        if json {
            let object: [String: Any] = ["mergeId": record.id, "survivor": record.survivorID, "restored": record.absorbedID]
            print(try JSONOutput.string(jsonObject: object, options: [.sortedKeys]))
        } else {
            let back = [record.survivorID, record.absorbedID].map { "customer \($0) (\(names[$0] ?? "?"))" }.joined(separator: " and ")
            say("Undid merge \(record.id): \(back) are back as they were.")
        }
    }

    /// Without `--yes`, how many would go (exit 3, nothing changed); with it, the purge in one transaction.
    func purge(olderThanDays days: Int, in opened: any ClienteleStoring) throws {
        let command = "merge --purge-older-than"
        guard yes else {
            let count = try CardWork.run(command) { try opened.merges.purgeableCount(olderThanDays: days, now: Date()) }
            Stderr.print("clientele \(command): \(counted(count, "merge record is", "merge records are")) older than "
                         + "\(counted(days, "day", "days")) and would go (those merges could no longer be undone); add --yes to purge — nothing was changed")
            throw ExitStatus.invalidData
        }
        let purged = try CardWork.run(command) { try opened.merges.purgeHistory(olderThanDays: days, now: Date()) }
        if json {
            print(try JSONOutput.string(jsonObject: ["records": purged.records, "files": purged.files, "days": days], options: [.sortedKeys]))
        } else if purged.records == 0 {
            say("No merge record is older than \(counted(days, "day", "days")); nothing was purged.")
        } else {
            say("Purged \(counted(purged.records, "merge record", "merge records")) older than \(counted(days, "day", "days"))"
                + " and \(counted(purged.files, "document file", "document files")) only they kept; those merges can no longer be undone.")
        }
    }

    /// "2026-12-02", in the machine's time zone (where the shop is).
    static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .current
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }

    /// A failure as a message on stderr and the exit code scripts read: 1 for an unknown ID,
    /// 3 for a refusal (nothing changed), 4 for anything the database said.
    static func exitStatus(for error: Error, command: String) -> Error {
        switch error {
        case let exit as ExitCode:
            return exit
        case StoreError.notFound(let what, let id):
            Stderr.print("clientele \(command): no \(what) with id \(id)")
            return ExitStatus.notFound
        case let refusal as MergeRefusal:
            Stderr.print("clientele \(command): \(refusal) — nothing was changed")
            return ExitStatus.invalidData
        case StoreError.conflict:
            Stderr.print("clientele \(command): \(error) — nothing was changed")
            return ExitStatus.invalidData
        default:
            Stderr.print("clientele \(command): \(error)")
            return ExitStatus.databaseProblem
        }
    }
}
