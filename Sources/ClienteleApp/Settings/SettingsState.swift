import CustomerCore
import Foundation
import TerminalCore

/// The settings screen (F9, anywhere): every shop setting kept in the database — so that every
/// counter shares it — with its value; enter changes the selected one (checked as
/// `clientele settings set` checks it), del removes it (back to the standard value), and the
/// loyalty program's rule and rewards are edited from its row.
public struct SettingsState: ModalContent {
    /// One line of the screen.
    public enum Row: Hashable, Sendable {
        case setting(SettingKey)
        case loyaltyProgram
    }

    public static let rows: [Row] = [.setting(.shopName), .setting(.shopEmail), .setting(.region), .setting(.currency), .setting(.language),
                                     .setting(.theme), .setting(.mailCommand), .setting(.reminderPresets), .setting(.overdueReminderTemplate),
                                     .setting(.invitationTemplate), .setting(.chargeTemplate), .loyaltyProgram]

    public var values: [SettingKey: String] = [:]
    public var program: LoyaltyProgram?
    public var selected = 0
    public var isLoading = true

    public init() {}

    public var scope: KeyScope { .settings }

    var selectedRow: Row { Self.rows[min(selected, Self.rows.count - 1)] }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .settings(let action)? = action, !isLoading else { return .stay }
        switch action {
        case .moveDown: selected = min(Self.rows.count - 1, selected + 1)
        case .moveUp: selected = max(0, selected - 1)
        case .edit:
            switch selectedRow {
            case .setting(let key): app.modals.push(SettingEditState(key: key, value: values[key], language: AppText.language))
            case .loyaltyProgram: app.modals.push(LoyaltyProgramFormState(program: program, currency: values[.currency] ?? app.shopCurrency))
            }
        case .unset:
            guard case .setting(let key) = selectedRow, values[key] != nil else { return .stay }
            return .stay([.settings(.unset(key))])
        case .cancelModal: return .close
        }
        return .stay
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let theme = context.theme, words = AppText.current.settings
        let inner = context.popup(words.title, width: min(screen.width, 100), height: min(screen.height, Self.rows.count + 8), in: screen, on: &buffer)
            .inset(horizontal: 1, vertical: 0)
        guard !isLoading else {
            buffer.write(AppText.current.loading, at: Point(x: inner.x, y: inner.y), style: theme[.muted])
            return nil
        }
        buffer.write(words.intro, at: Point(x: inner.x, y: inner.y), style: theme[.muted], maxWidth: inner.width)
        let labelWidth = 24
        var y = inner.y + 2
        for (index, row) in Self.rows.enumerated() where y < inner.maxY - 1 {
            let isSelected = index == selected
            let style = isSelected ? theme[.selection] : theme[.text]
            if isSelected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: style) }
            let (label, value, isSet): (String, String, Bool) = switch row {
            case .setting(let key): (words.label(key), shown(key), values[key] != nil)
            case .loyaltyProgram: (words.loyaltyLabel, program.map { words.programSummary($0, values[.currency] ?? context.state.shopCurrency) } ?? words.noProgram, program != nil)
            }
            buffer.write(DisplayWidth.pad(label, toWidth: labelWidth), at: Point(x: inner.x, y: y), style: style, maxWidth: labelWidth)
            buffer.write(value, at: Point(x: inner.x + labelWidth, y: y), style: isSelected ? style : theme[isSet ? .text : .muted],
                         maxWidth: max(0, inner.width - labelWidth))
            y += 1
        }
        buffer.write(words.footer, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return nil
    }

    /// A value as the list shows it: a template by its subject line, an unset one by what applies instead.
    func shown(_ key: SettingKey) -> String {
        let words = AppText.current.settings
        guard let value = values[key] else { return words.notSet(key) }
        if key.isMultiline { return MessageTemplate(storedText: value).subject + "  " + words.templateMore }
        if key == .language { return InterfaceLanguage(rawValue: value).map(words.languageName) ?? value }
        return value
    }
}
