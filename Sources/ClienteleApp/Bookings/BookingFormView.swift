import CustomerCore
import Foundation
import TerminalCore

/// Draws the booking form: one labelled line per field, what the time resolves to beside it, the
/// overlaps with the same staff member's bookings, and why a save was refused.
struct BookingFormView {
    let theme: Theme
    var text: AppText { AppText.current }

    func draw(_ form: BookingFormState, in screen: Rect, on buffer: inout ScreenBuffer) -> Point? {
        let title = form.original == nil ? text.newBookingTitle(form.customerName) : text.editBookingTitle(form.customerName)
        let popup = Popup(title: title, width: min(screen.width, 84), height: min(screen.height, 20),
                          borderStyle: theme[.focusedBorder], titleStyle: theme[.title], background: theme[.text])
        let inner = popup.draw(in: screen, on: &buffer).inset(horizontal: 1, vertical: 0)
        let labels = text.bookingFieldLabels
        let labelWidth = min(18, (labels.map(DisplayWidth.of).max() ?? 8) + 2)
        let fieldWidth = max(8, min(44, inner.width - labelWidth))
        var caret: Point?
        var y = inner.y
        for field in BookingFormState.Field.allCases where y < inner.maxY - 1 {
            let focused = form.focus == field
            buffer.write(labels.indices.contains(field.rawValue) ? labels[field.rawValue] : "", at: Point(x: inner.x, y: y),
                         style: focused ? theme[.title] : theme[.text], maxWidth: labelWidth)
            let rect = Rect(x: inner.x + labelWidth, y: y, width: fieldWidth, height: 1)
            let style = focused ? theme[.inputFocused] : theme[.input]
            switch field {
            case .when:
                var input = form.when
                let point = input.draw(in: rect, on: &buffer, style: style, placeholder: text.bookingWhenPlaceholder, placeholderStyle: theme[.placeholder])
                if focused { caret = point }
                if let date = form.whenPreview, !form.whenProblem {
                    buffer.write("→ " + DateText.dateTime(date), at: Point(x: rect.maxX + 1, y: y), style: theme[.success],
                                 maxWidth: max(0, inner.maxX - rect.maxX - 1))
                }
            case .service, .staff, .minutes, .note:
                var input = field == .service ? form.service : field == .staff ? form.staff : field == .minutes ? form.minutes : form.note
                let point = input.draw(in: rect, on: &buffer, style: style)
                if focused { caret = point }
            case .status:
                buffer.write("◂ \(text.words.bookingStatus(form.status)) ▸", at: Point(x: rect.x, y: rect.y), style: focused ? theme[.selection] : theme[.text], maxWidth: rect.width)
            }
            y += 1
        }
        y += 1
        var warnings: [String] = []
        for overlap in form.overlaps.prefix(3) {
            warnings.append(text.bookingOverlaps(overlap.booking.staff, DateText.dateTime(overlap.booking.startsAt), text.minutes(overlap.booking.durationMinutes), overlap.customerName))
        }
        for line in warnings.flatMap({ Paragraph.wrap("⚠ " + $0, width: inner.width) }) where y < inner.maxY - 1 {
            buffer.write(line, at: Point(x: inner.x, y: y), style: theme[.alert], maxWidth: inner.width)
            y += 1
        }
        var problems = form.problems.map { text.validationMessage($0.problem) }
        if form.whenProblem { problems.insert(text.bookingWhenNotUnderstood(form.when.text), at: 0) }
        if form.minutesProblem { problems.append(text.bookingMinutesNotANumber(form.minutes.text)) }
        for line in problems.flatMap({ Paragraph.wrap("⚠ " + $0, width: inner.width) }) where y < inner.maxY - 1 {
            buffer.write(line, at: Point(x: inner.x, y: y), style: theme[.error], maxWidth: inner.width)
            y += 1
        }
        buffer.write(form.isSaving ? text.saving : text.bookingFormFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return caret
    }
}
