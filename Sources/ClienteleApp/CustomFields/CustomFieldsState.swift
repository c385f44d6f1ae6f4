import CustomerCore
import Foundation
import TerminalCore

/// The fields screen (F7, "Agregar/Editar campos", seed 004): every custom field in its order
/// with its type and how many customers have a value. a adds, e/enter edits (label, type,
/// options), u/d move the selected one up or down, x deletes it (asks, saying how many values go).
public struct CustomFieldsState: ModalContent {
    public var fields: [CustomFieldDefinition]
    public var valueCounts: [Int64: Int]
    public var selected = 0

    public init(fields: [CustomFieldDefinition], valueCounts: [Int64: Int] = [:]) {
        self.fields = fields
        self.valueCounts = valueCounts
    }

    public var scope: KeyScope { .customFields }

    var selectedField: CustomFieldDefinition? { fields.indices.contains(selected) ? fields[selected] : nil }

    func count(of field: CustomFieldDefinition) -> Int { field.id.flatMap { valueCounts[$0] } ?? 0 }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .customFields(let action)? = action else { return .stay }
        switch action {
        case .moveDown: selected = min(max(0, fields.count - 1), selected + 1)
        case .moveUp: selected = max(0, selected - 1)
        case .addField: app.modals.push(CustomFieldFormState(editing: nil))
        case .editField:
            guard let field = selectedField else { return .stay }
            app.modals.push(CustomFieldFormState(editing: field))
        case .moveFieldUp, .moveFieldDown:
            guard let field = selectedField else { return .stay }
            let target = action == .moveFieldUp ? selected - 1 : selected + 1
            guard fields.indices.contains(target) else { return .stay }
            // Shown at once; the store numbers every field in the new order, and the list is reloaded.
            fields.swapAt(selected, target)
            selected = target
            return .stay([.customFields(.move(field, to: target + 1))])
        case .deleteField:
            guard let field = selectedField else { return .stay }
            let values = count(of: field)
            app.modals.push(ConfirmState(CustomFieldsQuestion.delete(field, values: values),
                                         onYes: ConfirmYes(effects: [.customFields(.delete(field))])))
        case .cancelModal: return .close
        }
        return .stay
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let theme = context.theme, text = AppText.current
        let inner = context.popup(text.customFieldsTitle, width: min(screen.width, 84), height: min(screen.height, 20), in: screen, on: &buffer)
            .inset(horizontal: 1, vertical: 0)
        var y = inner.y
        for line in Paragraph.wrap(text.customFieldsExplanation, width: inner.width) {
            buffer.write(line, at: Point(x: inner.x, y: y), style: theme[.muted], maxWidth: inner.width)
            y += 1
        }
        y += 1
        if fields.isEmpty { buffer.write(text.noCustomFieldsYet, at: Point(x: inner.x, y: y), style: theme[.muted], maxWidth: inner.width) }
        // Rows past the box's height scroll with the selection.
        let room = max(1, inner.maxY - 1 - y)
        let first = max(0, min(selected - room + 1, fields.count - room))
        for (index, field) in fields.enumerated().dropFirst(first).prefix(room) {
            let type = field.kind == .choice
                ? text.customFieldKindName(.choice) + ": " + field.choices.joined(separator: "|")
                : text.customFieldKindName(field.kind)
            let line = [DisplayWidth.pad("\(index + 1).", toWidth: 4), DisplayWidth.pad(DisplayWidth.truncate(field.label, toWidth: 28), toWidth: 28),
                        DisplayWidth.pad(DisplayWidth.truncate(type, toWidth: 30), toWidth: 30), text.customFieldValueCount(count(of: field))]
                .joined(separator: " ")
            let style = index == selected ? theme[.selection] : theme[.text]
            if index == selected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: style) }
            buffer.write(line, at: Point(x: inner.x, y: y), style: style, maxWidth: inner.width)
            y += 1
        }
        buffer.write(text.customFieldsFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return nil
    }
}
