import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation

/// `clientele import FILE`: a customer list from Square, Mailchimp, Constant Contact or a spreadsheet.
struct Import: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import customers from a CSV file, in one transaction, into a group.",
        discussion: """
            Columns are matched from their headers (Square, Mailchimp, Constant Contact, English, Spanish and French
            spreadsheets); unknown columns become custom fields unless --map says otherwise. Invalid rows are reported
            with their line, column and reason and left out; the rest is imported. Exit 0 when every row was imported, 2 when
            some were and others refused, 3 when every row was refused or the file cannot be read (nothing stored), 4 on a
            database problem. --json prints the summary whatever the exit code.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "The CSV file.") var file: String

    @Option(help: "Add the customers to this existing group.") var group: String?
    @Option(help: "Add them to a new group of this name (default: \"Import FILE DATE\").") var newGroup: String?
    @Flag(help: "Add them to no group.") var noGroup = false
    @Option(name: .customLong("map"), help: ArgumentHelp("Send a column somewhere: \"Header=field\" (a field such as phone or givenName, memo, ignore, address, custom:Label).", valueName: "Header=field"))
    var mappings: [String] = []
    @Flag(help: "Read and check everything, write nothing.") var dryRun = false
    @Option(help: "Write the refused rows, with the reason, to this CSV.") var rejects: String?
    @Flag(help: "Print the summary as JSON.") var json = false
    @Option(help: ArgumentHelp("Agree to create up to N new custom fields (more than \(ImportPlan.customFieldsWithoutConfirmation) need this).", valueName: "N"))
    var createCustomFields: Int?
    @Option(help: ArgumentHelp("Read phone numbers without a country code as this country's (a list from another country than the shop's).", valueName: "CC"))
    var phoneRegion: String?
    @Flag(help: "Keep a row whose phone number cannot be read, with the number moved to the memo, instead of refusing it.")
    var keepUnreadablePhones = false

    func validate() throws {
        if [group != nil, newGroup != nil, noGroup].filter({ $0 }).count > 1 {
            throw ValidationError("choose one of --group, --new-group and --no-group")
        }
        if let phoneRegion, !RegionCodes.supported.contains(phoneRegion.uppercased()) {
            throw ValidationError(RegionCodes.refusal(phoneRegion, option: "--phone-region"))
        }
    }

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let runner = opened.imports
        let choice: ImportGroupChoice? = noGroup ? ImportGroupChoice.none : group.map { .existingGroup($0) } ?? newGroup.map { .newGroup($0) }
        var (plan, reader): (ImportPlan, CSVReader)
        do { (plan, reader) = try runner.plan(path: file, group: choice) } catch {
            Stderr.print("clientele import: \(file): \(error)")
            throw ExitStatus.invalidData
        }
        for mapping in mappings {
            let parts = mapping.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let target = ColumnMapping.target(named: parts[1]) else {
                throw ValidationError("--map \"\(mapping)\": expected \"Header=field\" with a known field, memo, ignore, address or custom:Label")
            }
            guard let index = plan.headers.firstIndex(where: { $0.caseInsensitiveCompare(parts[0]) == .orderedSame }) else {
                throw ValidationError("--map \"\(mapping)\": the file has no column “\(parts[0])” (columns: \(plan.headers.joined(separator: ", ")))")
            }
            plan.targets[index] = target
        }
        if let createCustomFields { plan.allowedNewCustomFields = max(createCustomFields, ImportPlan.customFieldsWithoutConfirmation) }
        plan.phoneRegion = phoneRegion?.uppercased()
        plan.keepsUnreadablePhones = keepUnreadablePhones
        // Numbers that read as another country's are pointed out (the run itself reads them as told).
        let regionGuess = phoneRegion == nil ? guessPhoneRegion(runner: runner, targets: plan.targets, shopRegion: opened.region) : nil
        let summary: ImportSummary
        do {
            summary = try runner.run(plan, reader: reader, dryRun: dryRun)
        } catch let error as ImportNeedsConfirmation {
            Stderr.print("clientele import: \(file): \(error); nothing was imported: run again with --create-custom-fields \(error.newCustomFields) to create them, or --map the columns elsewhere")
            throw ExitCode(64)
        } catch let error as CSVError {
            Stderr.print("clientele import: \(file): \(error) — nothing was imported")
            throw ExitStatus.invalidData
        } catch StoreError.duplicateName(_, let name) {
            Stderr.print("clientele import: a group named “\(name)” exists already: add to it with --group \"\(name)\", or choose another --new-group name — nothing was imported")
            throw ExitStatus.invalidData
        } catch {
            Stderr.print("clientele import: \(error) — nothing was imported")
            throw ExitStatus.databaseProblem
        }
        if let rejects, !summary.rejectedLines.isEmpty { try runner.writeRejects(of: file, summary: summary, to: rejects) }
        if json {
            let object: [String: Any] = ["imported": summary.imported, "rejected": summary.rejectedRowCount, "possibleDuplicates": summary.possibleDuplicates,
                                         "group": summary.groupName as Any, "dryRun": summary.isDryRun, "encoding": summary.encoding.rawValue,
                                         "delimiter": String(summary.delimiter),
                                         "problems": summary.rejected.map { ["line": $0.line, "column": $0.column, "reason": $0.reason] },
                                         "suggestedPhoneRegion": regionGuess?.region as Any]
            print(try JSONOutput.string(jsonObject: object))
        } else {
            let verb = summary.isDryRun ? "Would import" : "Imported"
            let lookAlikes = summary.possibleDuplicates == 1 ? "1 looks like a duplicate" : "\(summary.possibleDuplicates) look like duplicates"
            say("\(verb) \(counted(summary.imported, "customer", "customers"))\(summary.groupName.map { " into “\($0)”" } ?? ""); "
                  + "\(counted(summary.rejectedRowCount, "row", "rows")) rejected\(summary.rejectedRowCount > 0 ? " (not stored, listed below)" : ""); \(lookAlikes).")
            say("Read as \(summary.encoding.rawValue), separated by “\(summary.delimiter == "\t" ? "tab" : String(summary.delimiter))”.")
            if let regionGuess {
                Stderr.print("clientele import: \(regionGuess.readable) of \(regionGuess.sampled) phone numbers sampled read as \(PhoneNumberParser.regionName(regionGuess.region)) (+\(regionGuess.countryCode)), "
                             + "\(regionGuess.readableInShopRegion) as \(PhoneNumberParser.regionName(opened.region)): run again with --phone-region \(regionGuess.region) to read them so")
            }
            for issue in summary.rejected.prefix(50) { Stderr.print("  \(issue)") }
            if summary.rejected.count > 50 { Stderr.print("  … and \(counted(summary.rejected.count - 50, "more problem", "more problems"))\(rejects == nil ? " (use --rejects FILE to save them all)" : "")") }
        }
        // Some stored and some refused is "done with some refused" (2); all refused stored nothing (3).
        if summary.rejectedRowCount > 0 { throw summary.imported > 0 ? ExitStatus.partlyDone : ExitStatus.invalidData }
    }

    /// The guess from the file's first rows, read by a reader of its own.
    func guessPhoneRegion(runner: some ImportStore, targets: [ImportTarget], shopRegion: String) -> PhoneRegionGuess? {
        guard let (_, reader) = try? runner.plan(path: file, group: nil), let cells = try? PhoneRegionGuess.phoneCells(from: reader, targets: targets) else { return nil }
        return PhoneRegionGuess.guess(phones: cells, shopRegion: shopRegion)
    }
}
