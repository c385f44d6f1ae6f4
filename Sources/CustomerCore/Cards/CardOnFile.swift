import Foundation

/// A saved card: never its number or CVV, only what identifies it to the customer (PRODUCT §8).
public struct CardOnFile: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64?
    public var customerID: CustomerID
    public var holderName: String
    public var brand: CardBrand
    public var lastFour: String
    public var expiryMonth: Int
    public var expiryYear: Int
    public var billingPostalCode: String
    /// The customer's written authorization to charge the card is on file (seed 000).
    public var authorizationOnFile: Bool
    public var createdAt: Date

    public init(id: Int64? = nil, customerID: CustomerID, holderName: String, brand: CardBrand, lastFour: String,
                expiryMonth: Int, expiryYear: Int, billingPostalCode: String = "", authorizationOnFile: Bool,
                createdAt: Date = Date()) {
        self.id = id
        self.customerID = customerID
        self.holderName = holderName
        self.brand = brand
        self.lastFour = lastFour
        self.expiryMonth = expiryMonth
        self.expiryYear = expiryYear
        self.billingPostalCode = billingPostalCode
        self.authorizationOnFile = authorizationOnFile
        self.createdAt = createdAt
    }

    /// "Visa •••• 1111".
    public var maskedLabel: String { "\(brand.label) •••• \(lastFour)" }
    /// "04/27".
    public var expiryText: String { String(format: "%02d/%02d", expiryMonth, expiryYear % 100) }

    public func isExpired(at now: Date, calendar: Calendar = .current) -> Bool {
        let parts = calendar.dateComponents([.year, .month], from: now)
        return (expiryYear, expiryMonth) < (parts.year ?? 0, parts.month ?? 0)
    }

    public func issues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if holderName.trimmingCharacters(in: .whitespaces).isEmpty {
            issues.append(ValidationIssue(fieldLabel: "Cardholder", message: "the cardholder's name is required"))
        }
        if let finding = SensitiveDataGuard.scan(holderName) {
            issues.append(ValidationIssue(fieldLabel: "Cardholder", problem: ValidationProblem(finding)))
        }
        if let finding = SensitiveDataGuard.scan(billingPostalCode) {
            issues.append(ValidationIssue(fieldLabel: "Billing postal code", problem: ValidationProblem(finding)))
        }
        if lastFour.count != 4 || !lastFour.allSatisfy({ $0.isASCII && $0.isNumber }) {
            issues.append(ValidationIssue(fieldLabel: "Last four", message: "must be the card's last 4 digits"))
        }
        if !(1...12).contains(expiryMonth) {
            issues.append(ValidationIssue(fieldLabel: "Expiry", message: "month must be 1 to 12"))
        }
        if !(2000...2100).contains(expiryYear) {
            issues.append(ValidationIssue(fieldLabel: "Expiry", message: "year must be written in full, e.g. 2027"))
        }
        if !authorizationOnFile {
            issues.append(ValidationIssue(fieldLabel: "Authorization",
                message: "the customer's written authorization must be on file before a card is saved"))
        }
        return issues
    }
}

/// Card networks, recognised from the number's leading digits (IIN ranges).
public enum CardBrand: String, CaseIterable, Sendable, Codable {
    case visa, mastercard, amex, discover, dinersClub = "diners", jcb, unionPay = "unionpay", other

    public var label: String {
        switch self {
        case .visa: "Visa"
        case .mastercard: "Mastercard"
        case .amex: "American Express"
        case .discover: "Discover"
        case .dinersClub: "Diners Club"
        case .jcb: "JCB"
        case .unionPay: "UnionPay"
        case .other: "Card"
        }
    }

    static func detect(digits: [UInt8]) -> CardBrand {
        func prefix(_ n: Int) -> Int { digits.prefix(n).reduce(0) { $0 * 10 + Int($1) } }
        if digits.first == 4 { return .visa }
        if (51...55).contains(prefix(2)) || (2221...2720).contains(prefix(4)) { return .mastercard }
        if [34, 37].contains(prefix(2)) { return .amex }
        if prefix(4) == 6011 || prefix(2) == 65 || (644...649).contains(prefix(3)) { return .discover }
        if [36, 38, 39].contains(prefix(2)) || (300...305).contains(prefix(3)) { return .dinersClub }
        if (3528...3589).contains(prefix(4)) { return .jcb }
        if prefix(2) == 62 { return .unionPay }
        return .other
    }
}

/// A full card number typed into the card form: checked, reduced to brand and last four, dropped.
public struct CardNumberEntry: Sendable {
    public let brand: CardBrand
    public let lastFour: String

    /// nil when the text is not a Luhn-valid 13–19 digit number. The number is not kept.
    public init?(_ typed: String) {
        var digits: [UInt8] = []
        for scalar in typed.unicodeScalars {
            if let value = scalar.properties.numericType != nil ? Int(String(scalar)) : nil, (0...9).contains(value) {
                digits.append(UInt8(value))
            } else if scalar != " " && scalar != "-" {
                return nil
            }
        }
        guard (13...19).contains(digits.count), Luhn.isValid(digits: digits) else { return nil }
        brand = CardBrand.detect(digits: digits)
        lastFour = digits.suffix(4).map(String.init).joined()
    }
}

/// A card's expiry as typed: "04/27", "4/27", "04/2027", "0427".
public enum CardExpiry {
    /// (month, full year), or nil when it is not a month and a year.
    public static func parse(_ text: String) -> (month: Int, year: Int)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == " " }).map(String.init)
        let (monthText, yearText): (String, String)
        if parts.count == 2 {
            (monthText, yearText) = (parts[0], parts[1])
        } else if parts.count == 1, trimmed.count == 4, trimmed.allSatisfy(\.isASCII) {
            (monthText, yearText) = (String(trimmed.prefix(2)), String(trimmed.suffix(2)))
        } else {
            return nil
        }
        guard let month = Int(monthText), (1...12).contains(month), let year = Int(yearText), monthText.count <= 2 else { return nil }
        switch yearText.count {
        case 2: return (month, 2000 + year)
        case 4 where (2000...2100).contains(year): return (month, year)
        default: return nil
        }
    }
}
