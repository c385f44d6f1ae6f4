import Foundation

/// The words of a quick action's message (PRODUCT §3 quick actions): a subject line and a body
/// with placeholders — `{name}`, `{amount}`, `{date}`, `{service}`, `{shop}` — filled from the card
/// when the message is composed. Kept in the settings (`template-overdue-reminder`, `template-invite`,
/// `template-charge`) as one text: the first line is the subject, the rest (after a blank line) the body.
public struct MessageTemplate: Hashable, Sendable {
    public var subject: String
    public var body: String

    public init(subject: String, body: String) {
        self.subject = subject
        self.body = body
    }

    /// The words a template may hold between braces.
    public enum Placeholder: String, CaseIterable, Sendable {
        case name, amount, date, service, shop

        public var token: String { "{\(rawValue)}" }
    }

    /// The values the placeholders take for one message; a missing one is left empty.
    public struct Values: Hashable, Sendable {
        public var name: String
        public var amount: String
        public var date: String
        public var service: String
        public var shop: String

        public init(name: String, amount: String = "", date: String = "", service: String = "", shop: String = "") {
            self.name = name
            self.amount = amount
            self.date = date
            self.service = service
            self.shop = shop
        }

        func value(_ placeholder: Placeholder) -> String {
            switch placeholder {
            case .name: name
            case .amount: amount
            case .date: date
            case .service: service
            case .shop: shop
            }
        }
    }

    /// The stored text read back: the first line is the subject; one blank line after it is skipped.
    public init(storedText: String) {
        let text = storedText.replacingOccurrences(of: "\r\n", with: "\n")
        guard let newline = text.firstIndex(of: "\n") else {
            self.init(subject: text.trimmingCharacters(in: .whitespaces), body: "")
            return
        }
        var body = text[text.index(after: newline)...]
        if body.hasPrefix("\n") { body = body.dropFirst() }
        self.init(subject: text[..<newline].trimmingCharacters(in: .whitespaces), body: String(body))
    }

    /// As the settings keep it.
    public var storedText: String { subject + "\n\n" + body }

    /// Braced words that are not placeholders ("{nmae}"), in the order written: a template with
    /// one is refused when it is set, so that a typo never reaches a customer.
    public var unknownPlaceholders: [String] {
        var unknown: [String] = []
        for text in [subject, body] {
            var rest = Substring(text)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                let word = String(rest[rest.index(after: open)..<close])
                if Placeholder(rawValue: word) == nil, !unknown.contains(word) { unknown.append(word) }
                rest = rest[rest.index(after: close)...]
            }
        }
        return unknown
    }

    /// Why a template cannot be kept, or nil: an empty subject or body, an unknown placeholder.
    public var problem: String? {
        if subject.trimmingCharacters(in: .whitespaces).isEmpty { return "the first line (the subject) is empty" }
        if body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return "the message (after the first line) is empty" }
        if let word = unknownPlaceholders.first {
            return "{\(word)} is not a placeholder; the placeholders are " + Placeholder.allCases.map(\.token).joined(separator: ", ")
        }
        return nil
    }

    /// The subject and body with every placeholder replaced, in one pass (a value holding "{name}"
    /// stays as typed: a customer's name cannot pull in another placeholder).
    public func filled(with values: Values) -> (subject: String, body: String) {
        (Self.fill(subject, values), Self.fill(body, values))
    }

    static func fill(_ text: String, _ values: Values) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            if let close = rest[open...].firstIndex(of: "}"), let placeholder = Placeholder(rawValue: String(rest[rest.index(after: open)..<close])) {
                result += values.value(placeholder)
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[rest.index(after: open)...]
            }
        }
        return result + rest
    }
}
