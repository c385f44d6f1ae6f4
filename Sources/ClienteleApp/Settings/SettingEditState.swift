import CustomerCore
import Foundation
import TerminalCore

/// Changing one setting: a line of text (shop name, address, region, currency, mail command,
/// presets), a choice (language, theme), or a message template (its subject and text, with the
/// placeholders listed). ctrl+s stores it after the same check `clientele settings set` makes.
public struct SettingEditState: ModalContent {
    public enum Field: Int, Sendable { case line, body }

    public let key: SettingKey
    public var line = TextField(maxLength: 2_000)
    public var body = TextArea("", maxLength: 20_000)
    /// The choices of a language or theme, and the chosen one.
    public let choices: [String]
    public var choice = 0
    public var focus: Field = .line
    public var refusal: SettingRefusal?
    public var isSaving = false

    public init(key: SettingKey, value: String?, language: InterfaceLanguage) {
        self.key = key
        switch key {
        case .language:
            choices = InterfaceLanguage.allCases.map(\.rawValue)
            choice = choices.firstIndex(of: value ?? language.rawValue) ?? 0
        case .theme:
            choices = Theme.shippedNames + (value.map { Theme.shippedNames.contains($0) ? [] : [$0] } ?? [])
            choice = choices.firstIndex(of: value ?? "default") ?? 0
        case .overdueReminderTemplate, .invitationTemplate, .chargeTemplate:
            choices = []
            // An unset template opens as the standard one, to be changed rather than written from nothing.
            let kind: QuickMessageKind = key == .overdueReminderTemplate ? .overdueReminder : key == .invitationTemplate ? .invitation : .receipt
            let template = value.map(MessageTemplate.init(storedText:)) ?? MessageTemplates.standard(kind, language: language.rawValue)
            line.setText(template.subject)
            body = TextArea(template.body, maxLength: 20_000)
        case .region, .currency, .mailCommand, .shopName, .shopEmail, .reminderPresets:
            choices = []
            line.setText(value ?? "")
        }
    }

    public var scope: KeyScope { .settingEdit }
    var isChoice: Bool { !choices.isEmpty }
    public var takesPrintableCharacters: Bool { !isChoice }

    /// What ctrl+s stores.
    var value: String {
        if isChoice { return choices[choice] }
        return key.isMultiline ? MessageTemplate(subject: line.text, body: body.text).storedText : line.text
    }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .settingEdit(let action)? = action else {
            if isChoice {
                if key == .right || key == .character(" ") { choice = (choice + 1) % choices.count }
                if key == .left { choice = (choice + choices.count - 1) % choices.count }
            } else if focus == .body {
                if body.handle(key) { refusal = nil }
            } else if line.handle(key) {
                refusal = nil
            }
            return .stay
        }
        switch action {
        case .save:
            guard !isSaving else { return .stay }
            isSaving = true
            return .stay([.settings(.save(self.key, value))])
        case .nextField, .previousField:
            if self.key.isMultiline { focus = focus == .line ? .body : .line }
        case .nextOption: if isChoice { choice = (choice + 1) % choices.count }
        case .previousOption: if isChoice { choice = (choice + choices.count - 1) % choices.count }
        case .cancelModal: return .close
        }
        return .stay
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let theme = context.theme, words = AppText.current.settings
        let height = key.isMultiline ? min(screen.height, 24) : 10
        let inner = context.popup(words.label(key), width: min(screen.width, 90), height: height, in: screen, on: &buffer).inset(horizontal: 1, vertical: 0)
        var y = inner.y
        for part in Paragraph.wrap(words.hint(key), width: inner.width) where y < inner.maxY - 1 {
            buffer.write(part, at: Point(x: inner.x, y: y), style: theme[.muted], maxWidth: inner.width)
            y += 1
        }
        y += 1
        var caret: Point?
        if isChoice {
            let shown = key == .language ? InterfaceLanguage(rawValue: choices[choice]).map(words.languageName) ?? choices[choice] : choices[choice]
            buffer.write("◂ \(shown) ▸", at: Point(x: inner.x, y: y), style: theme[.selection], maxWidth: inner.width)
            y += 2
        } else if key.isMultiline {
            let label = words.subjectLabel
            let labelWidth = DisplayWidth.of(label) + 1
            buffer.write(label, at: Point(x: inner.x, y: y), style: focus == .line ? theme[.title] : theme[.text])
            var field = line
            let point = field.draw(in: Rect(x: inner.x + labelWidth, y: y, width: max(1, inner.width - labelWidth), height: 1), on: &buffer,
                                   style: focus == .line ? theme[.inputFocused] : theme[.input])
            if focus == .line { caret = point }
            y += 2
            var area = body
            let bodyHeight = max(3, inner.maxY - 3 - y)
            let bodyCaret = area.draw(in: Rect(x: inner.x, y: y, width: inner.width, height: bodyHeight), on: &buffer,
                                      style: focus == .body ? theme[.inputFocused] : theme[.input])
            if focus == .body { caret = bodyCaret }
            y += bodyHeight + 1
        } else {
            var field = line
            caret = field.draw(in: Rect(x: inner.x, y: y, width: inner.width, height: 1), on: &buffer, style: theme[.inputFocused])
            y += 2
        }
        if let refusal {
            for part in Paragraph.wrap("⚠ " + words.refusal(refusal), width: inner.width) where y < inner.maxY - 1 {
                buffer.write(part, at: Point(x: inner.x, y: y), style: theme[.error], maxWidth: inner.width)
                y += 1
            }
        }
        buffer.write(isSaving ? AppText.current.saving : (isChoice ? words.choiceFooter : words.editFooter), at: Point(x: inner.x, y: inner.maxY - 1),
                     style: theme[.muted], maxWidth: inner.width)
        return caret
    }
}
