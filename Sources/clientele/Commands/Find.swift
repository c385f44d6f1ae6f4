import ArgumentParser
import CustomerCore
import Foundation

/// `clientele find`: the directory's search, for scripts.
struct Find: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find customers by name, email, reference ID or any form of phone number.",
        discussion: "Exits 1 when nothing matches.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "What to look for: \"nunez\", \"ana garc\", \"+1 (415) 555-0134\", \"0134\".")
    var query: String

    @Flag(help: "Print a JSON array.")
    var json = false

    @Option(help: "At most this many results.")
    var limit: Int = 50

    func run() throws {
        let opened = try StoreOpener.open(store)
        let result: SearchResult
        let customers: [Customer]
        do {
            result = try opened.customers.search(query, limit: max(1, limit))
            customers = try opened.customers.customers(ids: result.rows.map(\.id))
        } catch {
            Stderr.print("clientele find: \(error)")
            throw ExitStatus.databaseProblem
        }
        if json {
            print(try JSONOutput.string(customers.map(CustomerJSON.init)))
        } else {
            for customer in customers {
                let phone = customer.phoneE164 ?? customer.phoneNumber
                print(HumanText.row([String(customer.id ?? 0), customer.displayName, phone, customer.emailAddress, customer.referenceID]))
            }
            if result.truncated { Stderr.print("(more than \(limit) matches; refine the query or raise --limit)") }
        }
        if customers.isEmpty { throw ExitStatus.notFound }
    }
}

/// The JSON shape of a customer for scripts: stable keys, phone in E.164.
struct CustomerJSON: Encodable {
    let id: Int64
    let givenName, familyName, nickname, companyName, email: String
    let phone: String?
    let phoneAsTyped: String
    let referenceId: String
    let address: PostalAddress
    let birthday: String?
    let memo: String
    let emailSubscription, status, creationSource: String
    let createdAt, updatedAt: Date
    let version: Int

    init(_ customer: Customer) {
        id = customer.id ?? 0
        givenName = customer.givenName
        familyName = customer.familyName
        nickname = customer.nickname
        companyName = customer.companyName
        email = customer.emailAddress
        phone = customer.phoneE164
        phoneAsTyped = customer.phoneNumber
        referenceId = customer.referenceID
        address = customer.address
        birthday = customer.birthday?.description
        memo = customer.memo
        emailSubscription = customer.emailSubscription.rawValue
        status = customer.status.rawValue
        creationSource = customer.creationSource.rawValue
        createdAt = customer.createdAt
        updatedAt = customer.updatedAt
        version = customer.version
    }
}
