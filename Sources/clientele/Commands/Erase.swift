import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation

/// `clientele erase ID --yes`: a privacy request — the customer and everything that goes with them.
struct Erase: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: "Erase a customer on a privacy request: the profile, everything on the card, the merge history that could bring it back (needs --yes).",
        discussion: """
            Removes the notes, documents (their files too when no other profile refers to them), bookings, payments, cards \
            on file, loyalty membership and activity, conversation messages, custom values, group memberships, ignored \
            duplicate pairs and the merge records that hold the profile; the search index keeps none of their words, and \
            deleted data is overwritten in the database file. It cannot be undone. Without --yes it says what would go and \
            erases nothing. Exit 0 erased, 1 no such customer, 3 not confirmed (without --yes; nothing erased), 4 a database problem.
            """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "The customer's id.") var id: Int64
    @Flag(help: "Confirm: a script has no prompt to answer.") var yes = false
    @Flag(help: "Print JSON: {\"id\", \"name\", \"erased\", \"notes\", \"documents\", \"documentFiles\", \"bookings\", \"payments\", \"cards\", \"loyaltyMembership\", \"loyaltyEntries\", \"conversationMessages\", \"mergeRecords\", \"ignoredPairs\", \"customValues\", \"groupMemberships\"}.")
    var json = false

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        guard yes else {
            guard let summary = try CardWork.run("erase", { try opened.erasure.erasureSummary(for: id) }) else {
                Stderr.print("clientele erase: no customer \(id)")
                throw ExitStatus.notFound
            }
            try report(summary, erased: false)
            Stderr.print("clientele erase: nothing was erased; add --yes to erase customer \(id) (there is no prompt, and no undo)")
            throw ExitStatus.invalidData
        }
        try report(try CardWork.run("erase") { try opened.erasure.erase(id: id) }, erased: true)
    }

    func report(_ summary: ErasureSummary, erased: Bool) throws {
        if json {
            var object: [String: Any] = ["id": summary.customerID, "name": summary.customerName, "erased": erased]
            for part in ErasureSummary.Part.allCases { object[part.rawValue] = summary[part] }
            print(try JSONOutput.string(jsonObject: object))
        } else {
            say("\(erased ? "Erased" : "Would erase") \(HumanText.row([summary.customerName])) (customer \(summary.customerID)): \(ErasureWords.list(summary)).")
        }
    }
}

/// The parts of an erasure in English words, for the command line's one-line summary.
enum ErasureWords {
    /// "the profile, 3 notes, 1 document, 1 document file, the loyalty membership, 4 loyalty entries…".
    static func list(_ summary: ErasureSummary) -> String {
        (["the profile"] + summary.nonEmptyParts.map { words($0.part, $0.count) }).joined(separator: ", ")
    }

    static func words(_ part: ErasureSummary.Part, _ count: Int) -> String {
        switch part {
        case .notes: counted(count, "note", "notes")
        case .documents: counted(count, "document", "documents")
        case .documentFiles: counted(count, "document file", "document files")
        case .bookings: counted(count, "booking", "bookings")
        case .payments: counted(count, "payment", "payments")
        case .cards: counted(count, "card on file", "cards on file")
        case .loyaltyMembership: "the loyalty membership"
        case .loyaltyEntries: counted(count, "loyalty entry", "loyalty entries")
        case .conversationMessages: counted(count, "conversation message", "conversation messages")
        case .mergeRecords: counted(count, "merge record", "merge records")
        case .ignoredPairs: counted(count, "ignored duplicate pair", "ignored duplicate pairs")
        case .customValues: counted(count, "custom field value", "custom field values")
        case .groupMemberships: counted(count, "group membership", "group memberships")
        }
    }
}
