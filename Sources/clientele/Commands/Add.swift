import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation

/// `clientele add`: create one profile from the command line, validated like the form.
struct Add: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a customer.",
        discussion: "Each problem is printed on standard error naming its field; nothing is stored unless all fields are valid (exit 3).")

    @OptionGroup var store: StoreOptions

    @Option var givenName: String = ""
    @Option var familyName: String = ""
    @Option var nickname: String = ""
    @Option var company: String = ""
    @Option var email: String = ""
    @Option var phone: String = ""
    @Option var memo: String = ""
    @Option(help: "MM-DD or YYYY-MM-DD.") var birthday: String?
    @Option var referenceId: String = ""
    @Option(help: "lead, client or inactive.") var status: String = "client"
    @Option(help: "subscribed, unsubscribed or unknown.") var emailSubscription: String = "unknown"
    @Flag(help: "Print the new customer as JSON.") var json = false

    func run() throws {
        var issues: [ValidationIssue] = []
        var parsedBirthday: Birthday?
        if let birthday, !birthday.isEmpty {
            parsedBirthday = Birthday(birthday)
            if parsedBirthday == nil {
                issues.append(ValidationIssue(field: .birthday, message: "“\(birthday)” is not a date; write MM-DD or YYYY-MM-DD"))
            }
        }
        let parsedStatus = CustomerStatus(rawValue: status.lowercased())
        if parsedStatus == nil { issues.append(ValidationIssue(field: .status, message: "must be lead, client or inactive")) }
        let parsedSubscription = EmailSubscription(rawValue: emailSubscription.lowercased())
        if parsedSubscription == nil {
            issues.append(ValidationIssue(field: .emailSubscription, message: "must be subscribed, unsubscribed or unknown"))
        }
        let draft = Customer(givenName: givenName, familyName: familyName, nickname: nickname, companyName: company,
                             emailAddress: email, phoneNumber: phone, birthday: parsedBirthday, referenceID: referenceId,
                             memo: memo, emailSubscription: parsedSubscription ?? .unknown, status: parsedStatus ?? .client)
        let opened = try StoreOpener.open(store, for: self)
        if case .failure(let failure) = opened.customers.validator.validated(draft) { issues += failure.issues }
        if !issues.isEmpty {
            for issue in issues { Stderr.print("clientele add: \(issue.fieldLabel): \(issue.message)") }
            throw ExitStatus.invalidData
        }
        do {
            let saved = try opened.customers.create(draft)
            if json {
                print(try JSONOutput.string(CustomerJSON(saved), formatting: [.prettyPrinted, .sortedKeys]))
            } else {
                say("Added \(saved.displayName) (id \(saved.id ?? 0)\(saved.phoneE164.map { ", phone \($0)" } ?? "")).")
            }
        } catch {
            Stderr.print("clientele add: \(error)")
            throw ExitStatus.databaseProblem
        }
    }
}
