import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation
import TerminalCore

/// `clientele query STRING`: address completion for mail clients, in the format mutt's
/// `query_command` (and abook's `--mutt-query`) reads — a first line of free text, then
/// `email<TAB>name<TAB>extra` for each customer with an email — over the directory's search.
struct Query: StoreCommand {
    /// Only reads: a mistyped --db is refused (nothing created).
    var storeAccess: StoreAccess { .reads }
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Email addresses for a mail client's completion (mutt's query_command, aerc's address-book-cmd).",
        discussion: """
            Searches names, nickname, company, email and phone as the directory does, and prints a first line of \
            free text, then "email<TAB>name<TAB>phone" for each match with an email address (at most \(Query.cap); the first \
            line says when there were more). --no-header leaves the first line out, for aerc. Control characters, tabs and \
            line breaks in the data are printed as visible placeholders, so every line keeps its three fields. \
            Exit 0 some found, 1 none, 4 a database problem.
            """)

    /// The most lines printed: a completion menu longer than this is no help, and "keep typing" is.
    static let cap = 200

    @OptionGroup var store: StoreOptions
    @Argument(help: "What was typed: part of a name, an email address or a phone number.") var query: String
    @Flag(help: "Leave out the first line (aerc reads every line as an address).") var noHeader = false

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let matches: [Customer]
        let more: Bool
        do {
            // The directory's own cap: past it the search says "truncated" and so does the first line.
            let result = try opened.customers.search(query, limit: 500)
            let withEmail = try opened.customers.customers(ids: result.rows.map(\.id)).filter {
                !$0.emailAddress.trimmingCharacters(in: .whitespaces).isEmpty
            }
            matches = Array(withEmail.prefix(Self.cap))
            more = result.truncated || withEmail.count > Self.cap
        } catch {
            Stderr.print("clientele query: \(error)")
            throw ExitStatus.databaseProblem
        }
        if !noHeader { print(Self.header(query: query, count: matches.count, more: more)) }
        for customer in matches { print(Self.line(customer)) }
        if matches.isEmpty { throw ExitStatus.notFound }
    }

    /// The free-text first line mutt shows above the menu.
    static func header(query: String, count: Int, more: Bool) -> String {
        let typed = "“\(TextSanitizer.sanitize(query))”"  // as typed, even empty (which lists everyone)
        if count == 0 { return "Clientele: no customer with an email matches \(typed)" }
        if more { return "Clientele: the first \(count) matches for \(typed); there are more — type more of it" }
        return "Clientele: \(counted(count, "match", "matches")) for \(typed)"
    }

    /// `email<TAB>name<TAB>phone`, each field sanitised on its own: a tab, a line break or an escape
    /// inside a name shows as a placeholder and cannot add a field, a line or steer the terminal.
    static func line(_ customer: Customer) -> String {
        HumanText.row([customer.emailAddress.trimmingCharacters(in: .whitespaces), customer.displayName,
                       customer.phoneE164 ?? customer.phoneNumber])
    }
}
