import Foundation

/// A random folder or file name part with no digits in it. A UUID in a path that then goes into a
/// setting (a mail command's path) can hold a run of digits the sensitive-data guard reads as a card
/// number ("…-4122791-9485-4720-9248-…" passes Luhn: about 1 path in 180), and the setting is refused.
public enum FolderName {
    public static func random(_ length: Int = 16) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return String((0..<length).map { _ in letters.randomElement()! })
    }
}
