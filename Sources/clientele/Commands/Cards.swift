import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation

/// `clientele cards`: a customer's cards on file, recording one (with the written authorization)
/// and unlinking one (PRODUCT §8). The number typed is checked (Luhn) and reduced to brand and last
/// four; it is never written anywhere.
struct Cards: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cards",
        abstract: "List a customer's cards on file; record one (brand and last four only) or unlink one.",
        discussion: """
            Exit 0 done, 1 no such customer or card, 3 refused (not a card number, no --authorized, an expiry past or \
            unreadable; nothing stored), 4 a database problem.
            """,
        subcommands: [ListCards.self, AddCard.self, UnlinkCard.self, CardAuthorization.self],
        defaultSubcommand: ListCards.self)
}

struct CardJSON: Encodable {
    let id: Int64
    let brand: String
    let lastFour: String
    let label: String
    let expiry: String
    let expired: Bool
    let holder: String
    let postalCode: String
    let authorized: Bool
    let addedAt: Date

    init(_ card: CardOnFile, now: Date) {
        id = card.id ?? 0
        brand = card.brand.rawValue
        lastFour = card.lastFour
        label = card.maskedLabel
        expiry = card.expiryText
        expired = card.isExpired(at: now)
        holder = card.holderName
        postalCode = card.billingPostalCode
        authorized = card.authorizationOnFile
        addedAt = card.createdAt
    }
}

extension CardWork {
    static func savedCard(_ id: Int64, in store: any ClienteleStoring, command: String) throws -> CardOnFile {
        guard let card = try run(command, { try store.cardsOnFile.card(id: id) }) else {
            Stderr.print("clientele \(command): no card \(id)")
            throw ExitStatus.notFound
        }
        return card
    }
}

struct ListCards: StoreCommand {
    /// Only reads: a mistyped --db is refused (nothing created).
    var storeAccess: StoreAccess { .reads }
    static let configuration = CommandConfiguration(commandName: "list", abstract: "A customer's cards on file, newest first.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The customer's id.") var id: Int64
    @Flag(help: "Print JSON: [{\"id\", \"brand\", \"lastFour\", \"label\", \"expiry\", \"expired\", \"holder\", \"postalCode\", \"authorized\", \"addedAt\"}].")
    var json = false

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        _ = try CardWork.customer(id, in: opened, command: "cards")
        let cards = try CardWork.run("cards") { try opened.cardsOnFile.cards(for: id) }
        let now = Date()
        if json {
            print(try JSONOutput.string(cards.map { CardJSON($0, now: now) }))
            return
        }
        for card in cards {
            print(HumanText.row([String(card.id ?? 0), card.maskedLabel, card.expiryText + (card.isExpired(at: now) ? " (expired)" : ""), card.holderName]))
        }
    }
}

struct AddCard: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Record a card on file: brand and last four are kept, never the number.",
        discussion: "The customer's written authorization must be on file (print one with `clientele cards authorization CARD_ID`).")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The customer's id.") var id: Int64
    @Option(help: "The card number (checked with Luhn, then dropped).") var number: String
    @Option(help: ArgumentHelp("The expiry date.", valueName: "MM/YY")) var expiry: String
    @Option(help: "The cardholder's name.") var holder: String
    @Option(help: "The billing postal code.") var postal: String = ""
    @Flag(help: "The customer's written authorization is on file (required).") var authorized = false

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        _ = try CardWork.customer(id, in: opened, command: "cards add")
        guard authorized else {
            Stderr.print("clientele cards add: the customer's written authorization must be on file: add --authorized once it is — nothing was stored")
            throw ExitStatus.invalidData
        }
        guard let entry = CardNumberEntry(number) else {
            // The refusal never echoes the number (it may be a real one with a typo).
            Stderr.print("clientele cards add: --number is not a valid card number (13 to 19 digits passing the Luhn check) — nothing was stored")
            throw ExitStatus.invalidData
        }
        guard let (month, year) = CardExpiry.parse(expiry) else {
            Stderr.print("clientele cards add: --expiry “\(HumanText.clean(expiry))” is not MM/YY — nothing was stored")
            throw ExitStatus.invalidData
        }
        let card = CardOnFile(customerID: id, holderName: holder, brand: entry.brand, lastFour: entry.lastFour, expiryMonth: month, expiryYear: year,
                              billingPostalCode: postal, authorizationOnFile: true)
        if card.isExpired(at: Date()) {
            Stderr.print("clientele cards add: the card expired at the end of \(card.expiryText) — nothing was stored")
            throw ExitStatus.invalidData
        }
        let saved = try CardWork.run("cards add") { try opened.cardsOnFile.add(card, now: Date()) }
        say("\(saved.id ?? 0) \(saved.maskedLabel)")
    }
}

struct UnlinkCard: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "unlink", abstract: "Remove a card from the profile; past payments keep their record.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The card's id.") var cardId: Int64

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let card = try CardWork.savedCard(cardId, in: opened, command: "cards unlink")
        try CardWork.run("cards unlink") { try opened.cardsOnFile.unlink(id: cardId) }
        say("Unlinked \(card.maskedLabel).")
    }
}

struct CardAuthorization: StoreCommand {
    /// Only reads: a mistyped --db is refused (nothing created).
    var storeAccess: StoreAccess { .reads }
    static let configuration = CommandConfiguration(
        commandName: "authorization", abstract: "Write the card-on-file authorization form to print and have signed (a text file).")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The card's id.") var cardId: Int64
    @Option(help: "The folder to write it in (default: the current folder).") var to: String = FileManager.default.currentDirectoryPath
    @Option(help: "The form's language: en, fr or es.") var language: String = "en"

    func run() throws {
        guard let language = CardAuthorizationForm.Language(rawValue: language) else {
            throw ValidationError("--language takes en, fr or es")
        }
        let opened = try StoreOpener.open(store, for: self)
        let card = try CardWork.savedCard(cardId, in: opened, command: "cards authorization")
        let customer = try CardWork.customer(card.customerID, in: opened, command: "cards authorization")
        let shop = try CardWork.run("cards authorization") { try opened.settings.value(.shopName) } ?? ""
        let text = CardAuthorizationForm.text(shopName: shop, customerName: customer.displayName, card: card, date: Date(), language: language)
        let path = try CardWork.run("cards authorization") {
            try CardAuthorizationForm.write(text, named: CardAuthorizationForm.fileName(customerName: customer.displayName, card: card), in: to)
        }
        say(path)
    }
}
