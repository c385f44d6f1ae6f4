/// What sample list to make: how many rows, how many of them repeat an earlier person, in which
/// program's layout, and how its text is written. The same options give the same bytes.
public struct CustomerListOptions: Sendable, Equatable, CustomStringConvertible {
    /// Rows after the header, planted duplicates included.
    public var rows: Int
    /// The share of rows (after the first) that repeat an earlier person.
    public var duplicateRate: Double
    public var layout: CustomerListLayout
    public var seed: UInt64
    public var encoding: SampleEncoding
    public var delimiter: FieldDelimiter
    /// Plants nickname and swapped-name duplicates too (`DuplicateKind.disguised`). Off, the list
    /// is the same, byte for byte, as before the disguises existed.
    public var disguises: Bool

    public init(rows: Int = 10_000, duplicateRate: Double = 0.06, layout: CustomerListLayout = .square, seed: UInt64 = 42,
                encoding: SampleEncoding = .utf8, delimiter: FieldDelimiter = .comma, disguises: Bool = false) {
        self.disguises = disguises
        self.rows = rows
        self.duplicateRate = duplicateRate
        self.layout = layout
        self.seed = seed
        self.encoding = encoding
        self.delimiter = delimiter
    }

    /// "square utf-8 ," — how a parameterised test names its case.
    public var description: String { "\(layout) \(encoding) \(delimiter)" }
}
