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

    /// Runs of 13–19 digits, possibly separated by single spaces or dashes, that pass Luhn.
    /// Every window of a longer run is tried, so "ref 4111 1111 1111 1111 99" is caught too.
    static func containsCardNumber(_ text: String) -> Bool {
        var runs: [[UInt8]] = []
        var current: [UInt8] = []
        var lastWasSeparator = false
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                current.append(byte - 0x30)
                lastWasSeparator = false
            } else if (byte == 0x20 || byte == 0x2D) && !current.isEmpty && !lastWasSeparator {
                lastWasSeparator = true
            } else {
                if current.count >= 13 { runs.append(current) }
                current = []
                lastWasSeparator = false
            }
        }
        if current.count >= 13 { runs.append(current) }
        for run in runs {
            for length in 13...min(19, run.count) {
                for start in 0...(run.count - length) where Luhn.isValid(digits: run[start..<(start + length)]) {
                    // A run of one repeated digit ("0000000000000") passes Luhn but is no card.
                    if Set(run[start..<(start + length)]).count > 1 { return true }
                }
            }
        }
        return false
    }

    /// "CVV 123", "cvc: 1234", "CVV2=123", "security code 123", "código de seguridad 123", "cryptogramme 123".
    static func containsSecurityCode(_ text: String) -> Bool {
        let folded = SearchFolding.fold(text)
        let pattern = #"\b(cvv2?|cvc2?|cid|csc|security code|codigo de seguridad|cryptogramme( visuel)?)\s*(number|no\.?|n°|#)?\s*[:=#-]?\s*\d{3,4}\b"#
        return folded.range(of: pattern, options: .regularExpression) != nil
    }
}
