import Foundation
import TerminalCore

/// Text printed for a person passes the screen's sanitiser (`TextSanitizer`), whatever stdout is:
/// a customer's name must not retitle, clear or query the terminal it is printed on. Scripts read
/// `--json` (escaped by `JSONOutput`) or files written with `--out`, which keep the data as it is.
enum HumanText {
    /// Each line sanitised; the line breaks and tabs the command itself put there are kept, so
    /// columns stay columns. A tab or newline inside a field is the field's: pass fields to `row`.
    static func clean(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { TextSanitizer.sanitize(String($0)) }.joined(separator: "\t")
        }.joined(separator: "\n")
    }

    /// Tab-separated fields, each sanitised on its own (a tab in a name shows as "␉" and cannot
    /// shift the columns); an empty field is "-".
    static func row(_ fields: [String]) -> String {
        fields.map { $0.isEmpty ? "-" : TextSanitizer.sanitize($0) }.joined(separator: "\t")
    }
}

/// `print` for a person: the text goes through `HumanText.clean` first.
func say(_ text: String) {
    print(HumanText.clean(text))
}
