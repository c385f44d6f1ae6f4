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
}
