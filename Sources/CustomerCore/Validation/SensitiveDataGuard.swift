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

    /// Digits written in groups separated by single spaces or dashes ("4111 1111 1111 1111"):
    /// any run of whole consecutive groups holding 13–19 digits that passes Luhn is a card number.
    /// Whole groups only, so "4111 1111 1111 1112" (not Luhn) is not flagged through a sub-window.
    static func containsCardNumber(_ text: String) -> Bool {
        // Nearly every field of every imported row has fewer than 13 digits in all: no card then.
        var digitCount = 0
        for byte in text.utf8 where byte >= 0x30 && byte <= 0x39 { digitCount += 1 }
        guard digitCount >= 13 else { return false }
        var sequences: [[[UInt8]]] = []   // each: groups of digits joined by single separators
        var groups: [[UInt8]] = []
        var current: [UInt8] = []
        var pendingSeparator = false
        func closeSequence() {
            if !current.isEmpty { groups.append(current) }
            if !groups.isEmpty { sequences.append(groups) }
            groups = []
            current = []
            pendingSeparator = false
        }
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                if pendingSeparator { groups.append(current); current = []; pendingSeparator = false }
                current.append(byte - 0x30)
            } else if (byte == 0x20 || byte == 0x2D) && !current.isEmpty && !pendingSeparator {
                pendingSeparator = true
            } else {
                closeSequence()
            }
        }
        closeSequence()
        for groups in sequences {
            for start in groups.indices {
                var digits: [UInt8] = []
                for group in groups[start...] {
                    digits += group
                    if digits.count > 19 { break }
                    if digits.count >= 13, Set(digits).count > 1, Luhn.isValid(digits: digits) { return true }
                }
            }
        }
        return false
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
