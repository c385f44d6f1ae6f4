/// One problem with one field, worded for the person at the counter.
public struct ValidationIssue: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The field's name in forms and messages ("Email", or a custom field's label).
    public let fieldLabel: String
    /// The built-in field, when the issue is about one.
    public let field: CustomerField?
    public let message: String

    public init(field: CustomerField, message: String) {
        self.field = field
        self.fieldLabel = field.label
        self.message = message
    }

    public init(fieldLabel: String, message: String) {
        self.field = nil
        self.fieldLabel = fieldLabel
        self.message = message
    }

    public var description: String { "\(fieldLabel): \(message)" }
}

/// A save refused because of field problems; nothing was written.
public struct ValidationFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public let issues: [ValidationIssue]
    public init(_ issues: [ValidationIssue]) { self.issues = issues }
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
