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

    public static func validateName(_ name: String) -> ValidationIssue? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return ValidationIssue(fieldLabel: "Group name", message: "a group needs a name") }
        if trimmed.count > 100 { return ValidationIssue(fieldLabel: "Group name", message: "is longer than 100 characters") }
        // A group's name is stored and shown on every card of its members: no card number in it either.
        if let finding = SensitiveDataGuard.scan(trimmed) { return ValidationIssue(fieldLabel: "Group name", problem: ValidationProblem(finding)) }
        return nil
    }
}
