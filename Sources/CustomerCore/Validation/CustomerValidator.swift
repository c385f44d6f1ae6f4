import Foundation

/// Cleans and checks a profile before it is stored: trims text, normalises the phone to E.164
/// through libphonenumber, and reports every problem at once, field by field.
public struct CustomerValidator: Sendable {
    public let phoneParser: PhoneNumberParser

    public init(region: String) {
        self.phoneParser = PhoneNumberParser(defaultRegion: region)
    }

    /// Whitespace trimmed from both ends; the common case (nothing to trim) costs one look at each end.
    public static func trimmed(_ text: String) -> String {
        guard let firstByte = text.utf8.first, let lastByte = text.utf8.last else { return text }
        // ASCII at both ends (most cells): no Unicode property lookup, which showed in import profiles.
        if firstByte > 0x20, firstByte < 0x7F, lastByte > 0x20, lastByte < 0x7F { return text }
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// How many digits a phone number holds, in any script (ASCII counted byte by byte).
    static func digitCount(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.reduce(0) { $0 + ($1 >= 0x30 && $1 <= 0x39 ? 1 : 0) } }
        return text.filter(\.isNumber).count
    }

    /// Returns the cleaned customer, or every issue found. Nothing is half-accepted.
    public func validated(_ input: Customer) -> Result<Customer, ValidationFailure> {
        var customer = input
        var issues: [ValidationIssue] = []
        for field in CustomerField.allCases where field.isFreeText || field == .phoneNumber {
            let text = field.text(of: customer)
            guard !text.isEmpty else { continue }
            let trimmed = Self.trimmed(text)
            // Bytes, not String.contains: Foundation's substring search showed in import profiles.
            let cleaned = field == .memo || !trimmed.utf8.contains(0x0A) ? trimmed : trimmed.replacingOccurrences(of: "\n", with: " ")
            if cleaned != text { field.setText(cleaned, on: &customer) }
        }
        for field in CustomerField.allCases {
            let text = field.text(of: customer)
            // A text has at most as many characters as UTF-8 bytes: count characters only when
            // the bytes are over the limit (counting graphemes is slow, and runs for every row).
            if let limit = field.maximumLength, text.utf8.count > limit, text.count > limit {
                issues.append(ValidationIssue(field: field, problem: .tooLong(length: text.count, limit: limit)))
            }
            if field.isFreeText, let finding = SensitiveDataGuard.scan(text) {
                issues.append(ValidationIssue(field: field, problem: ValidationProblem(finding)))
            }
        }
        let identity: [CustomerField] = [.givenName, .familyName, .companyName, .emailAddress, .phoneNumber]
        if identity.allSatisfy({ $0.text(of: customer).isEmpty }) {
            issues.append(ValidationIssue(field: .givenName, problem: .noIdentity))
        }
        if !customer.emailAddress.isEmpty, !EmailAddress.isValid(customer.emailAddress) {
            issues.append(ValidationIssue(field: .emailAddress, problem: .invalidEmail(customer.emailAddress)))
        }
        if customer.phoneNumber.isEmpty {
            customer.phoneE164 = nil
        } else {
            let digitCount = Self.digitCount(customer.phoneNumber)
            // Square's limit; shorter numbers are judged by libphonenumber for the region.
            if digitCount > 16 {
                issues.append(ValidationIssue(field: .phoneNumber, problem: .tooManyPhoneDigits(digitCount)))
            } else {
                do {
                    customer.phoneE164 = try phoneParser.parse(customer.phoneNumber).e164
                } catch {
                    issues.append(ValidationIssue(field: .phoneNumber, problem: .invalidPhone(error.message)))
                }
            }
        }
        return issues.isEmpty ? .success(customer) : .failure(ValidationFailure(issues))
    }
}
