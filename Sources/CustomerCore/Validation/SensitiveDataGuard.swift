import Foundation

/// Refuses card numbers and CVVs in free text (PRODUCT §1): Square only warns; we enforce.
public enum SensitiveDataGuard {
    /// What was found, as a reason a person understands. The text itself is never echoed.
    public enum Finding: Equatable, Sendable {
        case cardNumber
        case securityCode

        public var message: String {
            switch self {
            case .cardNumber:
                "looks like a payment card number; card numbers may not be kept in notes or fields (record a card on file instead)"
            case .securityCode:
                "looks like a card security code (CVV); security codes may never be stored"
            }
        }
    }

    /// The first sensitive thing in `text`, or nil when it is safe to store.
    public static func scan(_ text: String) -> Finding? {
        if containsCardNumber(text) { return .cardNumber }
        if containsSecurityCode(text) { return .securityCode }
        return nil
    }

    /// Digits written in groups ("4111 1111 1111 1111", "4111.1111.1111.1111", "４１１１…", a number
    /// split across a line break): any run of whole consecutive groups holding 13–19 digits that
    /// passes Luhn is a card number. Whole groups only, so "4111 1111 1111 1112" (not Luhn) is not
    /// flagged through a sub-window. See `CardNumberScanner` for what counts as a digit and a separator.
    static func containsCardNumber(_ text: String) -> Bool {
        CardNumberScanner.firstMatch(in: text) != nil
    }

    /// `text` with every card number in it replaced by `•••• 1111` (its last four digits): what
    /// may be written back out (the rejects file, a group named after a file) instead of the digits.
    public static func maskingCardNumbers(_ text: String) -> String {
        guard var match = CardNumberScanner.firstMatch(in: text) else { return text }
        var result = ""
        var rest = text[...]
        while true {
            result += rest[..<match.range.lowerBound]
            result += "•••• " + match.lastFour
            rest = rest[match.range.upperBound...]
            guard let next = CardNumberScanner.firstMatch(in: rest) else { break }
            match = next
        }
        return result + rest
    }

    /// "CVV 123", "cvc: 1234", "CVV2=123", "security code 123", "código de seguridad 123", "cryptogramme 123".
    static func containsSecurityCode(_ text: String) -> Bool {
        // Most text has no 3-digit run at all: skip the regular expression then.
        var digitsInARow = 0, hasThreeDigits = false
        for byte in text.utf8 {
            digitsInARow = byte >= 0x30 && byte <= 0x39 ? digitsInARow + 1 : 0
            if digitsInARow >= 3 { hasThreeDigits = true; break }
        }
        guard hasThreeDigits else { return false }
        // Nor has it one of the words: addresses ("123 Main St") have digits on every row of an
        // import. ASCII text folds to its lower case, so its words are looked for before folding.
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        if isASCII, !hasSecurityCodeWord(text) { return false }
        let folded = SearchFolding.fold(text)
        if !isASCII, !hasSecurityCodeWord(folded) { return false }
        return securityCodePattern.firstMatch(in: folded, range: NSRange(folded.startIndex..., in: folded)) != nil
    }

    /// One of `securityCodeWords` in `text`, ASCII upper case read as lower case.
    static func hasSecurityCodeWord(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in securityCodeWords.contains { containsIgnoringASCIICase(bytes, $0) } }
    }

    /// Every match of `securityCodePattern` contains one of these (folded text), as bytes: looked
    /// for on every imported row, where Foundation's `String.contains` showed in profiles.
    static let securityCodeWords: [[UInt8]] = ["cvv", "cvc", "cid", "csc", "security code", "codigo de seguridad", "cryptogramme"].map { Array($0.utf8) }

    /// `word` (lower-case ASCII) in `text`, upper-case ASCII letters read as lower case.
    static func containsIgnoringASCIICase(_ text: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
        guard text.count >= word.count else { return false }
        search: for start in 0...(text.count - word.count) {
            for offset in 0..<word.count where lowered(text[start + offset]) != word[offset] { continue search }
            return true
        }
        return false
    }

    /// Compiled once; NSRegularExpression is safe to share between threads for matching.
    nonisolated(unsafe) static let securityCodePattern = try! NSRegularExpression(
        pattern: #"\b(cvv2?|cvc2?|cid|csc|security code|codigo de seguridad|cryptogramme( visuel)?)\s*(number|no\.?|n°|#)?\s*[:=#-]?\s*\d{3,4}\b"#)
}
