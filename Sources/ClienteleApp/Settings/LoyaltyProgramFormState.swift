import CustomerCore
import Foundation
import TerminalCore

/// The loyalty program in the settings (seed 002): its name, the rule — points per completed visit,
/// or per unit of the shop's currency spent — and the reward tiers, one per line ("Free coffee = 100").
public struct LoyaltyProgramFormState: ModalContent {
    public enum Field: Int, CaseIterable, Sendable { case name, rule, points, rewards }
    public enum Rule: Int, Sendable { case perVisit, perUnit }

    public let currency: String
    public var name = TextField(maxLength: 100)
    public var rule: Rule
    public var points = TextField(maxLength: 6)
    public var rewards: TextArea
    public var focus: Field = .name
    public var problem: LoyaltyProgramProblem?

    public init(program: LoyaltyProgram?, currency: String) {
        self.currency = currency
        name.setText(program?.name ?? "Loyalty")
        switch program?.accrual {
        case .perAmount(let count, _)?:
            rule = .perUnit
            points.setText(String(count))
        case .perVisit(let count)?:
            rule = .perVisit
            points.setText(String(count))
        case nil:
            rule = .perVisit
            points.setText("10")
        }
        rewards = TextArea(LoyaltyRewardList.text(program?.rewards ?? []), maxLength: 10_000)
    }

    public var scope: KeyScope { .loyaltyProgramForm }
    public var takesPrintableCharacters: Bool { focus != .rule }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .loyaltyProgramForm(let action)? = action else {
            problem = nil
            switch focus {
            case .name: _ = name.handle(key)
            case .points: _ = points.handle(key)
            case .rewards: _ = rewards.handle(key)
            case .rule: if key == .character(" ") || key == .left || key == .right { rule = rule == .perVisit ? .perUnit : .perVisit }
            }
            return .stay
        }
        switch action {
        case .save: return save()
        case .nextField: focus = Field(rawValue: (focus.rawValue + 1) % Field.allCases.count) ?? .name
        case .previousField: focus = Field(rawValue: (focus.rawValue + Field.allCases.count - 1) % Field.allCases.count) ?? .name
        case .nextOption, .previousOption: if focus == .rule { rule = rule == .perVisit ? .perUnit : .perVisit }
        case .cancelModal: return .close
        }
        return .stay
    }

    mutating func save() -> ModalReply {
        let trimmedName = name.text.trimmingCharacters(in: .whitespaces)
        guard !trimmedName.isEmpty, SensitiveDataGuard.scan(trimmedName) == nil else { problem = .name; focus = .name; return .stay }
        guard let count = Int(points.text.trimmingCharacters(in: .whitespaces)), count > 0 else { problem = .points; focus = .points; return .stay }
        switch LoyaltyRewardList.parse(rewards.text) {
        case .failure(let bad):
            problem = .reward(bad)
            focus = .rewards
            return .stay
        case .success(let list):
            let accrual: LoyaltyProgram.Accrual = rule == .perVisit ? .perVisit(points: count) : .perAmount(points: count, amountMinor: Money.minorUnitsPerUnit(of: currency))
            return .stay([.settings(.saveProgram(LoyaltyProgram(name: trimmedName, accrual: accrual, rewards: list)))])
        }
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let theme = context.theme, words = AppText.current.settings
        let inner = context.popup(words.loyaltyLabel, width: min(screen.width, 84), height: min(screen.height, 22), in: screen, on: &buffer)
            .inset(horizontal: 1, vertical: 0)
        let labels = words.programFieldLabels
        let labelWidth = (labels.map(DisplayWidth.of).max() ?? 10) + 2
        var caret: Point?
        var y = inner.y
        for field in [Field.name, .rule, .points] {
            let focused = focus == field
            buffer.write(labels[field.rawValue], at: Point(x: inner.x, y: y), style: focused ? theme[.title] : theme[.text], maxWidth: labelWidth)
            let rect = Rect(x: inner.x + labelWidth, y: y, width: max(1, min(40, inner.width - labelWidth)), height: 1)
            switch field {
            case .name:
                var input = name
                let point = input.draw(in: rect, on: &buffer, style: focused ? theme[.inputFocused] : theme[.input])
                if focused { caret = point }
            case .rule:
                buffer.write("◂ \(rule == .perVisit ? words.perVisit : words.perUnit(currency)) ▸", at: Point(x: rect.x, y: y),
                             style: focused ? theme[.selection] : theme[.text], maxWidth: inner.maxX - rect.x)
            case .points:
                var input = points
                let point = input.draw(in: Rect(x: rect.x, y: y, width: 8, height: 1), on: &buffer, style: focused ? theme[.inputFocused] : theme[.input])
                if focused { caret = point }
            case .rewards: break
            }
            y += 1
        }
        y += 1
        buffer.write(labels[Field.rewards.rawValue], at: Point(x: inner.x, y: y), style: focus == .rewards ? theme[.title] : theme[.text], maxWidth: inner.width)
        y += 1
        let area = Rect(x: inner.x, y: y, width: inner.width, height: max(3, inner.maxY - 3 - y))
        var list = rewards
        let point = list.draw(in: area, on: &buffer, style: focus == .rewards ? theme[.inputFocused] : theme[.input], placeholder: words.rewardsPlaceholder,
                              placeholderStyle: theme[.placeholder])
        if focus == .rewards { caret = point }
        if let problem {
            buffer.write("⚠ " + words.programProblem(problem), at: Point(x: inner.x, y: inner.maxY - 2), style: theme[.error], maxWidth: inner.width)
        }
        buffer.write(words.programFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return caret
    }
}

/// Why the program form was not saved.
public enum LoyaltyProgramProblem: Hashable, Sendable {
    case name, points
    case reward(LoyaltyRewardListProblem)
}
