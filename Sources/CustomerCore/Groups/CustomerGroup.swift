import Foundation

/// A named set of customers: made by hand, or one per import (PRODUCT §2, §4).
public struct CustomerGroup: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64?
    public var name: String
    public var createdAt: Date
    public var memberCount: Int

    public init(id: Int64? = nil, name: String, createdAt: Date = Date(), memberCount: Int = 0) {
        self.id = id
        self.name = name
        self.createdAt = createdAt
        self.memberCount = memberCount
    }

    /// The longest name a group may have (the schema's CHECK says the same).
    public static let maximumNameLength = 100

    /// The name as stored: surrounding spaces dropped.
    public static func normalizedName(_ name: String) -> String { name.trimmingCharacters(in: .whitespaces) }

    public static func validateName(_ name: String) -> ValidationIssue? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return ValidationIssue(fieldLabel: "Group name", message: "a group needs a name") }
        if trimmed.count > maximumNameLength { return ValidationIssue(fieldLabel: "Group name", message: "is longer than \(maximumNameLength) characters") }
        // Shown in pickers, headers and on cards, and typed back on the command line: no tab, line break, escape or bidi override.
        if trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }) {
            return ValidationIssue(fieldLabel: "Group name", message: "holds a control character (a tab, line break or escape)")
        }
        // A group's name is stored and shown on every card of its members: no card number in it either.
        if let finding = SensitiveDataGuard.scan(trimmed) { return ValidationIssue(fieldLabel: "Group name", problem: ValidationProblem(finding)) }
        return nil
    }
}
