import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation

/// `clientele loyalty`: the program (points per visit or per amount, reward tiers) and a customer's
/// membership — enrol by phone, adjust with a reason, redeem a reward (PRODUCT §9, seed 002).
struct Loyalty: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loyalty",
        abstract: "The loyalty program, and a customer's points: enrol, adjust (with a reason), redeem a reward.",
        discussion: """
            Exit 0 done, 1 no such customer, not enrolled, no program or no such reward, 3 refused (no phone to enrol by, \
            an adjustment without a reason, a balance that would go below zero; nothing stored), 64 bad usage, 4 a database problem.
            """,
        subcommands: [LoyaltyShow.self, LoyaltyProgramCommand.self, LoyaltyEnroll.self, LoyaltyAdjust.self, LoyaltyRedeem.self],
        defaultSubcommand: LoyaltyShow.self)
}

struct LoyaltyEntryJSON: Encodable {
    let kind: String
    let points: Int
    let reason: String
    let at: Date

    init(_ entry: LoyaltyEntry) {
        kind = entry.kind.rawValue
        points = entry.points
        reason = entry.reason
        at = entry.createdAt
    }
}

struct LoyaltyJSON: Encodable {
    let enrolled: Bool
    let points: Int
    let phone: String?
    let activity: [LoyaltyEntryJSON]

    enum CodingKeys: String, CodingKey { case enrolled, points, phone, activity }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(enrolled, forKey: .enrolled)
        try container.encode(points, forKey: .points)
        if let phone { try container.encode(phone, forKey: .phone) } else { try container.encodeNil(forKey: .phone) }
        try container.encode(activity, forKey: .activity)
    }
}

extension CardWork {
    static func loyaltyAccount(_ id: Int64, in store: any ClienteleStoring, command: String) throws -> LoyaltyAccount {
        _ = try customer(id, in: store, command: command)
        guard let account = try run(command, { try store.loyalty.account(for: id) }) else {
            Stderr.print("clientele \(command): customer \(id) is not enrolled (clientele loyalty enroll \(id))")
            throw ExitStatus.notFound
        }
        return account
    }

    static func program(in store: any ClienteleStoring, command: String) throws -> LoyaltyProgram {
        guard let program = try run(command, { try store.loyalty.program() }) else {
            Stderr.print("clientele \(command): there is no loyalty program yet (clientele loyalty program --points-per-visit N)")
            throw ExitStatus.notFound
        }
        return program
    }
}

struct LoyaltyShow: StoreCommand {
    /// Only reads: a mistyped --db is refused (nothing created).
    var storeAccess: StoreAccess { .reads }
    static let configuration = CommandConfiguration(commandName: "show", abstract: "A customer's membership, points and activity, newest first.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The customer's id.") var id: Int64
    @Flag(help: "Print JSON: {\"enrolled\", \"points\", \"phone\", \"activity\": [{\"kind\", \"points\", \"reason\", \"at\"}]}.") var json = false

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        _ = try CardWork.customer(id, in: opened, command: "loyalty")
        let account = try CardWork.run("loyalty") { try opened.loyalty.account(for: id) }
        let entries = try account.flatMap { account in try account.id.map { accountID in try CardWork.run("loyalty") { try opened.loyalty.entries(accountID: accountID) } } } ?? []
        if json {
            print(try JSONOutput.string(LoyaltyJSON(enrolled: account != nil, points: account?.balance ?? 0, phone: account?.phoneE164,
                                                    activity: entries.map(LoyaltyEntryJSON.init))))
            return
        }
        guard let account else {
            say("Not enrolled.")
            return
        }
        say("\(account.balance) points · enrolled with \(account.phoneE164) on \(CardWork.local(account.enrolledAt))")
        for entry in entries {
            print(HumanText.row([CardWork.local(entry.createdAt), entry.kind.label, entry.points > 0 ? "+\(entry.points)" : String(entry.points), entry.reason]))
        }
    }
}

struct LoyaltyProgramCommand: StoreCommand {
    /// Reads, unless it is asked to change something: then it writes (and may create the file).
    var storeAccess: StoreAccess { pointsPerVisit != nil || pointsPerUnit != nil || !reward.isEmpty || name != nil ? .writes : .reads }
    static let configuration = CommandConfiguration(
        commandName: "program", abstract: "Show the loyalty program, or set it: points per visit or per unit spent, and rewards.",
        discussion: "--points-per-unit 1 earns one point per unit of the shop's currency spent (whole units, never rounded up).")

    @OptionGroup var store: StoreOptions
    @Option(help: "Points a completed visit earns.") var pointsPerVisit: Int?
    @Option(help: "Points per unit of currency spent.") var pointsPerUnit: Int?
    @Option(help: ArgumentHelp("A reward and its cost (repeat for each; the list replaces the old one).", valueName: "NAME=POINTS"))
    var reward: [String] = []
    @Option(help: "The program's name.") var name: String?

    func validate() throws {
        if pointsPerVisit != nil && pointsPerUnit != nil { throw ValidationError("choose one of --points-per-visit and --points-per-unit") }
        if let points = pointsPerVisit ?? pointsPerUnit, points <= 0 { throw ValidationError("points must be a whole number above zero") }
    }

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        var program = try CardWork.run("loyalty program") { try opened.loyalty.program() }
        let changing = pointsPerVisit != nil || pointsPerUnit != nil || !reward.isEmpty || name != nil
        if changing {
            var updated = program ?? LoyaltyProgram(name: "Loyalty", accrual: .perVisit(points: 10))
            if let pointsPerVisit { updated.accrual = .perVisit(points: pointsPerVisit) }
            if let pointsPerUnit {
                let currency = try CardWork.run("loyalty program") { try opened.settings.value(.currency) }
                updated.accrual = .perAmount(points: pointsPerUnit, amountMinor: Money.minorUnitsPerUnit(of: currency ?? "USD"))
            }
            if let name { updated.name = name }
            if !reward.isEmpty {
                updated.rewards = try reward.map { text in
                    let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    guard parts.count == 2, !parts[0].isEmpty, let cost = Int(parts[1]), cost > 0 else {
                        throw ValidationError("--reward \"\(HumanText.clean(text))\": expected \"NAME=POINTS\" with a cost above zero")
                    }
                    return LoyaltyReward(name: parts[0], pointsCost: cost)
                }
            }
            try CardWork.run("loyalty program") { try opened.loyalty.saveProgram(updated) }
            program = try CardWork.run("loyalty program") { try opened.loyalty.program() }
        }
        guard let program else {
            say("No loyalty program yet: set one with --points-per-visit N or --points-per-unit N, and --reward \"NAME=POINTS\".")
            throw ExitStatus.notFound
        }
        let currency = try CardWork.run("loyalty program") { try opened.settings.value(.currency) }
        let rule = switch program.accrual {
        case .perVisit(let points): "\(points) points per completed visit"
        case .perAmount(let points, let amount):
            "\(points) points per \(amount == Money.minorUnitsPerUnit(of: currency ?? "USD") ? "unit of currency" : "\(amount) minor units of currency") spent"
        }
        say("\(program.name): \(rule)")
        for reward in program.rewards.sorted(by: { $0.pointsCost < $1.pointsCost }) { say("  \(reward.name) — \(reward.pointsCost) points") }
    }
}

struct LoyaltyEnroll: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "enroll", abstract: "Enrol a customer by their phone number.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The customer's id.") var id: Int64

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        _ = try CardWork.customer(id, in: opened, command: "loyalty enroll")
        let account = try CardWork.run("loyalty enroll") { try opened.loyalty.enroll(customerID: id, now: Date()) }
        say("Enrolled with \(account.phoneE164); \(account.balance) points.")
    }
}

struct LoyaltyAdjust: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "adjust", abstract: "Add or remove points, with a reason (the balance never goes below zero).")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The customer's id.") var id: Int64
    @Option(help: "Points to add (or remove, negative).") var points: Int
    @Option(help: "Why (required).") var reason: String

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let account = try CardWork.loyaltyAccount(id, in: opened, command: "loyalty adjust")
        let after = try CardWork.run("loyalty adjust") {
            try opened.loyalty.record(LoyaltyEntry(accountID: account.id ?? 0, kind: .adjusted, points: points, reason: reason, createdAt: Date()))
        }
        say("\(after.balance) points.")
    }
}

struct LoyaltyRedeem: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "redeem", abstract: "Redeem a reward of the program (refused when the points do not cover it).")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The customer's id.") var id: Int64
    @Option(help: "The reward's name, as the program lists it.") var reward: String

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let account = try CardWork.loyaltyAccount(id, in: opened, command: "loyalty redeem")
        let program = try CardWork.program(in: opened, command: "loyalty redeem")
        guard let chosen = program.rewards.first(where: { $0.name.caseInsensitiveCompare(reward) == .orderedSame }) else {
            Stderr.print("clientele loyalty redeem: the program has no reward “\(HumanText.clean(reward))” (rewards: \(program.rewards.map(\.name).joined(separator: ", ")))")
            throw ExitStatus.notFound
        }
        let after = try CardWork.run("loyalty redeem") {
            try opened.loyalty.record(LoyaltyEntry(accountID: account.id ?? 0, kind: .redeemed, points: -chosen.pointsCost, reason: chosen.name, createdAt: Date()))
        }
        say("Redeemed \(chosen.name) (−\(chosen.pointsCost)); \(after.balance) points left.")
    }
}
