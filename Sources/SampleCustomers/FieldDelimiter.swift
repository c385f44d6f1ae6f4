/// What separates a sample list's cells: a comma, or what spreadsheets write where the comma is
/// the decimal mark (a semicolon) or for "text" exports (a tab).
public enum FieldDelimiter: String, Sendable, CaseIterable, CustomStringConvertible {
    case comma = ","
    case semicolon = ";"
    case tab = "\t"

    public var description: String { self == .tab ? "tab" : rawValue }

    var byte: UInt8 { rawValue.utf8.first! }
}
