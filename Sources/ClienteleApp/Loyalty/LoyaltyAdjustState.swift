import CustomerCore
import Foundation
import TerminalCore

/// Adjusting a customer's points by a value, with the reason the activity log keeps (seed 002).
public struct LoyaltyAdjustState: ModalContent {
    public let customerID: CustomerID
    public let accountID: Int64
    public var points = TextField(maxLength: 9)
    public var reason = TextField(maxLength: 200)
    public var onReason = false
    public var problem: LoyaltyAdjustProblem?

    public init(customerID: CustomerID, accountID: Int64) {
        self.customerID = customerID
        self.accountID = accountID
    }

    public var scope: KeyScope { .loyaltyAdjust }
    public var takesPrintableCharacters: Bool { true }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .loyaltyAdjust(let action)? = action else {
            if onReason { _ = reason.handle(key) } else { _ = points.handle(key) }
            problem = nil
            return .stay
        }
        switch action {
        case .nextField: onReason.toggle()
        case .save:
            let typed = points.text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "+", with: "")
            guard let value = Int(typed), value != 0 else { problem = .notAWholeNumber; onReason = false; return .stay }
            guard !reason.text.trimmingCharacters(in: .whitespaces).isEmpty else { problem = .noReason; onReason = true; return .stay }
            let entry = LoyaltyEntry(accountID: accountID, kind: .adjusted, points: value, reason: reason.text)
            return .close([.loyalty(.record(customerID, entry, .adjusted(value)))])
        case .cancelModal: return .close
        }
        return .stay
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let theme = context.theme, text = AppText.current
        let inner = context.popup(text.adjustPointsTitle, width: 64, height: 9, in: screen, on: &buffer).inset(horizontal: 1, vertical: 0)
        buffer.write(text.adjustPointsLabel, at: Point(x: inner.x, y: inner.y), style: onReason ? theme[.text] : theme[.title])
        var pointsField = points, reasonField = reason
        let first = pointsField.draw(in: Rect(x: inner.x + 20, y: inner.y, width: 12, height: 1), on: &buffer, style: onReason ? theme[.input] : theme[.inputFocused])
        buffer.write(text.adjustReasonLabel, at: Point(x: inner.x, y: inner.y + 2), style: onReason ? theme[.title] : theme[.text])
        let second = reasonField.draw(in: Rect(x: inner.x + 20, y: inner.y + 2, width: inner.width - 20, height: 1), on: &buffer,
                                      style: onReason ? theme[.inputFocused] : theme[.input])
        if let problem { buffer.write("⚠ " + text.adjustProblem(problem), at: Point(x: inner.x, y: inner.y + 4), style: theme[.error], maxWidth: inner.width) }
        buffer.write(text.adjustFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return onReason ? second : first
    }
}

/// Why an adjustment cannot be saved yet.
public enum LoyaltyAdjustProblem: Equatable, Sendable {
    case notAWholeNumber, noReason
}
