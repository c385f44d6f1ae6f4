import CustomerCore
import Foundation
import TerminalCore

/// Adding or changing one custom field: its label, its type (ctrl+n/ctrl+p) and, for a choice,
/// its options written as the export header writes them ("latex|nickel"). A type change the
/// store refuses stays open showing the values that do not fit (the first few, and how many more).
public struct CustomFieldFormState: ModalContent {
    public enum Focus: Equatable, Sendable { case label, kind, options }

    /// The field being changed; nil for a new one.
    public let editing: CustomFieldDefinition?
    public var label: TextField
    public var kind: CustomFieldKind
    public var options: TextField
    public var focus: Focus = .label
    /// Why the last save was refused, by field ("Label", "Choices").
    public var problems: [ValidationIssue] = []
    /// The values the last type change could not convert.
    public var refusal: CustomFieldTypeChange?
    public var isSaving = false

    /// How many refused values the form lists before "… and N more".
    static let refusalsShown = 4

    public init(editing: CustomFieldDefinition?) {
        self.editing = editing
        label = TextField(editing?.label ?? "", maxLength: CustomFieldDefinition.labelLimit)
        kind = editing?.kind ?? .text
        options = TextField((editing?.choices ?? []).joined(separator: "|"), maxLength: 2_000)
    }

    public var scope: KeyScope { .customFieldForm }
    public var takesPrintableCharacters: Bool { focus != .kind }

    var focusOrder: [Focus] { kind == .choice ? [.label, .kind, .options] : [.label, .kind] }

    /// The definition the form describes.
    var definition: CustomFieldDefinition {
        let choices = kind == .choice ? options.text.split(separator: "|", omittingEmptySubsequences: false).map(String.init) : []
        return CustomFieldDefinition(id: editing?.id, label: label.text, kind: kind, choices: choices, position: editing?.position ?? 0).normalized
    }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .customFieldForm(let action)? = action else {
            switch focus {
            case .label: _ = label.handle(key)
            case .options: _ = options.handle(key)
            case .kind: break
            }
            return .stay
        }
        switch action {
        case .nextField, .previousField:
            let order = focusOrder
            let index = order.firstIndex(of: focus) ?? 0
            focus = order[(index + (action == .nextField ? 1 : order.count - 1)) % order.count]
        case .chooseNextType, .choosePreviousType:
            let all = CustomFieldKind.allCases
            let index = all.firstIndex(of: kind) ?? 0
            kind = all[(index + (action == .chooseNextType ? 1 : all.count - 1)) % all.count]
            focus = .kind
            refusal = nil
        case .saveField:
            guard !isSaving else { return .stay }
            let draft = definition
            // The rules the form can see itself; the store checks again in its transaction.
            problems = draft.issues(among: app.customFields)
            refusal = nil
            if let first = problems.first { focus = first.fieldLabel == "Label" ? .label : .options; return .stay }
            isSaving = true
            return .stay([.customFields(.save(draft))])
        case .cancelModal: return .close
        }
        return .stay
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let theme = context.theme, text = AppText.current
        let title = editing.map { text.editCustomFieldTitle($0.label) } ?? text.newCustomFieldTitle
        let inner = context.popup(title, width: min(screen.width, 76), height: min(screen.height, 18), in: screen, on: &buffer)
            .inset(horizontal: 1, vertical: 0)
        let column = 12
        var caret: Point?
        var y = inner.y
        func labelLine(_ words: String, focused: Bool) {
            buffer.write(words, at: Point(x: inner.x, y: y), style: focused ? theme[.title] : theme[.text], maxWidth: column - 1)
        }
        func problemLines(_ field: String) {
            for issue in problems where issue.fieldLabel == field && y < inner.maxY - 1 {
                buffer.write("⚠ " + text.validationMessage(issue.problem), at: Point(x: inner.x + column, y: y), style: theme[.error],
                             maxWidth: inner.width - column)
                y += 1
            }
        }
        var labelField = label, optionsField = options
        labelLine(text.customFieldLabelLabel, focused: focus == .label)
        let labelCaret = labelField.draw(in: Rect(x: inner.x + column, y: y, width: inner.width - column, height: 1), on: &buffer,
                                         style: focus == .label ? theme[.inputFocused] : theme[.input])
        if focus == .label { caret = labelCaret }
        y += 1
        problemLines("Label")
        y += 1
        labelLine(text.customFieldTypeLabel, focused: focus == .kind)
        buffer.write("‹ " + text.customFieldKindName(kind) + " ›", at: Point(x: inner.x + column, y: y),
                     style: focus == .kind ? theme[.inputFocused] : theme[.input], maxWidth: inner.width - column)
        y += 2
        if kind == .choice {
            labelLine(text.customFieldOptionsLabel, focused: focus == .options)
            let optionsCaret = optionsField.draw(in: Rect(x: inner.x + column, y: y, width: inner.width - column, height: 1), on: &buffer,
                                                 style: focus == .options ? theme[.inputFocused] : theme[.input])
            if focus == .options { caret = optionsCaret }
            y += 1
            buffer.write(text.customFieldOptionsHint, at: Point(x: inner.x + column, y: y), style: theme[.muted], maxWidth: inner.width - column)
            y += 1
            problemLines("Choices")
        }
        if let refusal {
            y += 1
            let head = text.typeChangeRefused(refusal.refusedCount, text.customFieldKindName(refusal.after.kind))
            for line in Paragraph.wrap(head, width: inner.width) where y < inner.maxY - 1 {
                buffer.write(line, at: Point(x: inner.x, y: y), style: theme[.error], maxWidth: inner.width)
                y += 1
            }
            for item in refusal.refusals.prefix(Self.refusalsShown) where y < inner.maxY - 1 {
                buffer.write("  \(item.customerName): “\(item.value)”", at: Point(x: inner.x, y: y), style: theme[.error], maxWidth: inner.width)
                y += 1
            }
            let more = refusal.refusedCount - min(refusal.refusals.count, Self.refusalsShown)
            if more > 0, y < inner.maxY - 1 {
                buffer.write("  " + text.typeChangeRefusedMore(more), at: Point(x: inner.x, y: y), style: theme[.error], maxWidth: inner.width)
            }
        }
        buffer.write(text.customFieldFormFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return caret
    }
}
