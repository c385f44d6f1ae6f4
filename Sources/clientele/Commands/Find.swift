import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation

/// `clientele find`: the directory's search, for scripts.
struct Find: StoreCommand {
    /// Only reads: a mistyped --db is refused (nothing created).
    var storeAccess: StoreAccess { .reads }
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Find customers by name, email, reference ID or any form of phone number, and by the directory's filters.",
        discussion: """
            The filters combine (all must hold); with a filter the query may be left out, and the matches are listed in name \
            order. DATE is YYYY-MM-DD in the machine's time zone; --created-to includes that day. Exits 1 when nothing matches.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "What to look for: \"nunez\", \"ana garc\", \"+1 (415) 555-0134\", \"0134\".")
    var query: String?

    @Option(help: ArgumentHelp("Members of this group (its name, any case).", valueName: "NAME")) var group: String?
    @Option(help: ArgumentHelp("lead, client or inactive.", valueName: "S")) var status: String?
    @Option(help: ArgumentHelp("Email subscription: subscribed, unsubscribed or unknown.", valueName: "S")) var subscription: String?
    @Flag(help: "Loyalty members only.") var loyalty = false
    @Flag(help: "Customers with a reminder due.") var remindersDue = false
    @Flag(help: "Customers with an overdue payment.") var overdue = false
    @Option(help: ArgumentHelp("Created on or after this day.", valueName: "DATE")) var createdFrom: String?
    @Option(help: ArgumentHelp("Created on or before this day.", valueName: "DATE")) var createdTo: String?

    @Flag(help: "Print a JSON array.")
    var json = false

    @Option(help: "At most this many results.")
    var limit: Int = 50

    /// The flags as a `DirectoryFilter` (the group looked up in `store`); a bad value is bad usage.
    static func filter(status: String?, subscription: String?, loyalty: Bool, remindersDue: Bool, overdue: Bool,
                       createdFrom: String?, createdTo: String?) throws -> DirectoryFilter {
        var filter = DirectoryFilter(loyaltyMembersOnly: loyalty, remindersDueOnly: remindersDue, overduePaymentsOnly: overdue)
        if let status {
            guard let value = CustomerStatus(rawValue: status.lowercased()) else {
                throw ValidationError("--status \"\(HumanText.clean(status))\": expected lead, client or inactive")
            }
            filter.status = value
        }
        if let subscription {
            guard let value = EmailSubscription(rawValue: subscription.lowercased()) else {
                throw ValidationError("--subscription \"\(HumanText.clean(subscription))\": expected subscribed, unsubscribed or unknown")
            }
            filter.emailSubscription = value
        }
        if let createdFrom { filter.createdFrom = try day(createdFrom, option: "--created-from") }
        if let createdTo { filter.createdBefore = Calendar.current.date(byAdding: .day, value: 1, to: try day(createdTo, option: "--created-to")) }
        if let from = filter.createdFrom, let before = filter.createdBefore, before <= from {
            throw ValidationError("--created-to is before --created-from")
        }
        return filter
    }

    /// The start of YYYY-MM-DD in the machine's time zone (where the shop is).
    static func day(_ text: String, option: String) throws -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .current
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.isLenient = false
        guard text.count == 10, let date = formatter.date(from: text) else {
            throw ValidationError("\(option) \"\(HumanText.clean(text))\": expected a day as YYYY-MM-DD")
        }
        return Calendar.current.startOfDay(for: date)
    }

    func validate() throws {
        _ = try Self.filter(status: status, subscription: subscription, loyalty: loyalty, remindersDue: remindersDue, overdue: overdue,
                            createdFrom: createdFrom, createdTo: createdTo)
        if query == nil && group == nil && !loyalty && !remindersDue && !overdue && status == nil && subscription == nil
            && createdFrom == nil && createdTo == nil {
            throw ValidationError("give something to look for, or a filter (--group, --status, --overdue, …)")
        }
    }

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        var filter = try Self.filter(status: status, subscription: subscription, loyalty: loyalty, remindersDue: remindersDue, overdue: overdue,
                                     createdFrom: createdFrom, createdTo: createdTo)
        if let group { filter.groupID = try CardWork.group(named: group, in: opened, command: "find").id }
        let result: SearchResult
        let customers: [Customer]
        do {
            if let query {
                result = try opened.customers.search(query, filter: filter, limit: max(1, limit))
            } else {
                // Filters only: the directory's list in name order, as the interface shows it.
                let page = try opened.customers.page(sort: .name, filter: filter, after: nil, limit: max(1, limit))
                result = SearchResult(rows: page.rows, truncated: page.next != nil, query: .everything)
            }
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
