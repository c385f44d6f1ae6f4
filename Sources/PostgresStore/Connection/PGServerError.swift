import Foundation

/// A statement the server refused (a constraint, a type, a syntax error): its SQLSTATE and words.
/// Repositories turn the ones a person can cause into `StoreError`s (a unique name into
/// `.duplicateName`…); anything else reaching the person is a bug, named with the server's words.
public struct PGServerError: Error, Sendable, CustomStringConvertible {
    public let sqlState: String
    public let message: String
    public let detail: String?
    public let constraint: String?

    public var isUniqueViolation: Bool { sqlState == "23505" }

    public var description: String {
        "the database server refused a statement (\(sqlState)): \(message)" + (detail.map { " — \($0)" } ?? "")
    }
}
