import Foundation

/// Email normalisation and syntax check. Normalised form: trimmed, spaces removed, lower case —
/// the key Square uses to call two profiles duplicates ("case- and space-insensitive").
public enum EmailAddress {
    public static func normalize(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) { return text.lowercased() }  // the common case
        return String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }).lowercased()
    }

    /// A pragmatic RFC 5321 check: one "@", a local part of allowed characters without leading,
    /// trailing or doubled dots, and a domain of dot-separated labels with a letter-only TLD.
    public static func isValid(_ text: String) -> Bool {
        if let ascii = isValidASCII(text) { return ascii }
        let email = text.trimmingCharacters(in: .whitespaces)
        guard email.count <= 254, !email.contains(" ") else { return false }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let local = parts[0], domain = parts[1]
        guard (1...64).contains(local.count), !local.hasPrefix("."), !local.hasSuffix("."),
              !local.contains("..") else { return false }
        let localAllowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "!#$%&'*+/=?^_`{|}~.-"))
        guard local.unicodeScalars.allSatisfy({ localAllowed.contains($0) }) else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        for label in labels {
            guard (1...63).contains(label.count), !label.hasPrefix("-"), !label.hasSuffix("-"),
                  label.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || $0 == "-" })
            else { return false }
        }
        guard let tld = labels.last, tld.count >= 2,
              tld.unicodeScalars.allSatisfy({ CharacterSet.letters.contains($0) }) else { return false }
        return true
    }

    /// The same rules over bytes for plain-ASCII addresses (nearly all of them): nil when the
    /// text is not ASCII, so the general path decides.
    /// The characters besides letters and digits a local part may hold, built once (this check
    /// runs for every imported row).
    static let localSymbols = Set("!#$%&'*+/=?^_`{|}~.-".utf8)

    static func isValidASCII(_ text: String) -> Bool? {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        let email = bytes[start..<end]
        guard email.count <= 254, !email.contains(0x20) else { return false }
        let parts = email.split(separator: 0x40, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        func isAlnum(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        let local = parts[0], domain = parts[1]
        guard (1...64).contains(local.count), local.first != 0x2E, local.last != 0x2E else { return false }
        var previous: UInt8 = 0
        for b in local {
            guard isAlnum(b) || localSymbols.contains(b), !(b == 0x2E && previous == 0x2E) else { return false }
            previous = b
        }
        let labels = domain.split(separator: 0x2E, omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        for label in labels {
            guard (1...63).contains(label.count), label.first != 0x2D, label.last != 0x2D, label.allSatisfy({ isAlnum($0) || $0 == 0x2D }) else { return false }
        }
        guard let tld = labels.last, tld.count >= 2, tld.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }) else { return false }
        return true
    }
}
