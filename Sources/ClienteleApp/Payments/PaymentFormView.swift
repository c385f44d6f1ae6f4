import CustomerCore
import Foundation
import TerminalCore

/// Draws the payment form: received or due, the amount with the shop's currency, the date, the
/// method, the booking it pays for, and why a save was refused.
struct PaymentFormView {
    let theme: Theme
    var text: AppText { AppText.current }

    func draw(_ form: PaymentFormState, in screen: Rect, on buffer: inout ScreenBuffer) -> Point? {
        let title = form.original == nil ? text.newPaymentTitle(form.customerName) : text.editPaymentTitle(form.customerName)
        let popup = Popup(title: title, width: min(screen.width, 84), height: min(screen.height, 18),
                          borderStyle: theme[.focusedBorder], titleStyle: theme[.title], background: theme[.text])
        let inner = popup.draw(in: screen, on: &buffer).inset(horizontal: 1, vertical: 0)
        let labels = text.paymentFieldLabels(form.kind == .due)
        let labelWidth = min(18, (labels.map(DisplayWidth.of).max() ?? 8) + 2)
        let fieldWidth = max(8, min(30, inner.width - labelWidth - 8))
        var caret: Point?
        var y = inner.y
        for field in PaymentFormState.Field.allCases where y < inner.maxY - 1 {
            let focused = form.focus == field
            buffer.write(labels.indices.contains(field.rawValue) ? labels[field.rawValue] : "", at: Point(x: inner.x, y: y),
                         style: focused ? theme[.title] : theme[.text], maxWidth: labelWidth)
            let rect = Rect(x: inner.x + labelWidth, y: y, width: fieldWidth, height: 1)
            let style = focused ? theme[.inputFocused] : theme[.input]
            let choice = focused ? theme[.selection] : theme[.text]
            switch field {
            case .kind:
                buffer.write("◂ \(form.kind == .due ? text.paymentKindDue : text.paymentKindReceived) ▸", at: Point(x: rect.x, y: y), style: choice,
                             maxWidth: inner.maxX - rect.x)
            case .amount:
                var input = form.amount
                let point = input.draw(in: rect, on: &buffer, style: style, placeholder: text.amountPlaceholder, placeholderStyle: theme[.placeholder])
                if focused { caret = point }
                buffer.write(form.currency, at: Point(x: rect.maxX + 1, y: y), style: theme[.muted], maxWidth: max(0, inner.maxX - rect.maxX - 1))
            case .date:
                var input = form.date
                let point = input.draw(in: rect, on: &buffer, style: style,
                                       placeholder: form.kind == .due ? text.dueDatePlaceholder : text.paidDatePlaceholder, placeholderStyle: theme[.placeholder])
                if focused { caret = point }
            case .method:
                buffer.write("◂ \(text.paymentMethod(form.method)) ▸", at: Point(x: rect.x, y: y), style: choice, maxWidth: inner.maxX - rect.x)
            case .booking:
                let shown = form.booking.map { index in
                    let booking = form.bookings[index]
                    return "\(DateText.dateTime(booking.startsAt)) \(booking.service)"
                } ?? text.noBookingChoice
                buffer.write("◂ \(shown) ▸", at: Point(x: rect.x, y: y), style: choice, maxWidth: inner.maxX - rect.x)
            case .card:
                let shown = form.card.map { form.cards[$0].maskedLabel } ?? text.messages.noCardChoice
                buffer.write("◂ \(shown) ▸", at: Point(x: rect.x, y: y), style: choice, maxWidth: inner.maxX - rect.x)
            case .reference:
                var input = form.reference
                let point = input.draw(in: rect, on: &buffer, style: style)
                if focused { caret = point }
            }
            y += 1
        }
        y += 1
        var problems = form.problems.map { text.validationMessage($0.problem) }
        if form.amountProblem { problems.insert(text.amountNotUnderstood(form.amount.text, form.currency), at: 0) }
        if form.dateProblem { problems.append(text.paymentDateNotUnderstood(form.date.text)) }
        for line in problems.flatMap({ Paragraph.wrap("⚠ " + $0, width: inner.width) }) where y < inner.maxY - 1 {
            buffer.write(line, at: Point(x: inner.x, y: y), style: theme[.error], maxWidth: inner.width)
            y += 1
        }
        buffer.write(form.isSaving ? text.saving : text.paymentFormFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return caret
    }
}
