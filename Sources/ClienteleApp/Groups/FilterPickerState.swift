import CustomerCore
import Foundation
import TerminalCore

/// The filter picker (ctrl+f in the directory): every filter of PRODUCT §2 on one screen — group
/// (with member counts), status, email subscription, loyalty members, reminders due, overdue
/// payments, created from/to (typed YYYY-MM-DD) — combined, applied with enter.
public struct FilterPickerState: ModalContent {
    public enum Row: Int, CaseIterable, Sendable {
        case group, status, subscription, loyalty, remindersDue, overdue, createdFrom, createdTo
    }

    public var filter: DirectoryFilter
    public let groups: [CustomerGroup]
    public var row: Row = .group
    public var createdFrom: TextField
    public var createdTo: TextField
    /// The date row whose text is not a day.
    public var badDate: Row?

    public init(filter: DirectoryFilter, groups: [CustomerGroup]) {
        self.filter = filter
        self.groups = groups
        createdFrom = TextField(filter.createdFrom.map(DateText.short) ?? "", maxLength: 10)
        // The filter keeps the first moment after the range; the picker shows its last day.
        createdTo = TextField(filter.createdBefore.flatMap { Calendar.current.date(byAdding: .day, value: -1, to: $0) }.map(DateText.short) ?? "", maxLength: 10)
    }

    public var scope: KeyScope { .filterPicker }
    public var takesPrintableCharacters: Bool { row == .createdFrom || row == .createdTo }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        let onDate = row == .createdFrom || row == .createdTo
        guard case .filterPicker(let action)? = action else {
            if onDate { edit(key) }
            return .stay
        }
        switch action {
        case .moveDown: row = Row(rawValue: min(Row.allCases.count - 1, row.rawValue + 1)) ?? row
        case .moveUp: row = Row(rawValue: max(0, row.rawValue - 1)) ?? row
        case .nextChoice, .previousChoice:
            if onDate { edit(key) } else { change(by: action == .nextChoice ? 1 : -1) }
        case .toggle:
            if !onDate { change(by: 1) }
        case .clearAll:
            filter = DirectoryFilter()
            createdFrom.setText("")
            createdTo.setText("")
            badDate = nil
        case .apply: return apply(&app)
        case .cancelModal: return .close
        }
        return .stay
    }

    mutating func edit(_ key: KeyEvent) {
        badDate = nil
        if row == .createdFrom { _ = createdFrom.handle(key) } else { _ = createdTo.handle(key) }
    }

    /// The next or previous value of the row's choice (a tick flips).
    mutating func change(by step: Int) {
        func cycle<T: Equatable>(_ options: [T], _ current: T) -> T {
            let index = options.firstIndex(of: current) ?? 0
            return options[(index + step + options.count) % options.count]
        }
        switch row {
        case .group: filter.groupID = cycle([nil] + groups.compactMap(\.id), filter.groupID)
        case .status: filter.status = cycle([nil] + CustomerStatus.allCases, filter.status)
        case .subscription: filter.emailSubscription = cycle([nil] + EmailSubscription.allCases, filter.emailSubscription)
        case .loyalty: filter.loyaltyMembersOnly.toggle()
        case .remindersDue: filter.remindersDueOnly.toggle()
        case .overdue: filter.overduePaymentsOnly.toggle()
        case .createdFrom, .createdTo: break
        }
    }

    /// The start of a day typed YYYY-MM-DD, in the shop's time zone; nil for anything else.
    static func day(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .current
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.isLenient = false
        guard text.count == 10, let date = formatter.date(from: text) else { return nil }
        return Calendar.current.startOfDay(for: date)
    }

    mutating func apply(_ app: inout AppState) -> ModalReply {
        let fromText = createdFrom.text.trimmingCharacters(in: .whitespaces), toText = createdTo.text.trimmingCharacters(in: .whitespaces)
        var chosen = filter
        if fromText.isEmpty { chosen.createdFrom = nil } else {
            guard let day = Self.day(fromText) else { badDate = .createdFrom; row = .createdFrom; return .stay }
            chosen.createdFrom = day
        }
        if toText.isEmpty { chosen.createdBefore = nil } else {
            guard let day = Self.day(toText), let after = Calendar.current.date(byAdding: .day, value: 1, to: day),
                  chosen.createdFrom.map({ $0 < after }) ?? true else { badDate = .createdTo; row = .createdTo; return .stay }
            chosen.createdBefore = after
        }
        app.directory.filter = chosen
        app.focus = .directory
        return .close([DirectoryUpdate.reload(&app, keepSelection: false)])
    }

    func value(of row: Row) -> String {
        let words = AppText.current, any = words.groups.any
        switch row {
        case .group:
            guard let id = filter.groupID else { return any }
            guard let group = groups.first(where: { $0.id == id }) else { return "#\(id)" }
            return "\(group.name) (\(words.groups.members(group.memberCount)))"
        case .status: return filter.status.map(words.words.status) ?? any
        case .subscription: return filter.emailSubscription.map(words.words.subscription) ?? any
        case .loyalty: return filter.loyaltyMembersOnly ? "[x]" : "[ ]"
        case .remindersDue: return filter.remindersDueOnly ? "[x]" : "[ ]"
        case .overdue: return filter.overduePaymentsOnly ? "[x]" : "[ ]"
        case .createdFrom, .createdTo: return ""
        }
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let theme = context.theme, words = AppText.current.groups
        let inner = context.popup(words.filtersTitle, width: min(screen.width, 72), height: min(screen.height, Row.allCases.count + 6), in: screen, on: &buffer)
            .inset(horizontal: 1, vertical: 0)
        let labelWidth = min(30, (words.filterRows.map(DisplayWidth.of).max() ?? 20) + 2)
        var caret: Point?
        for item in Row.allCases {
            let y = inner.y + item.rawValue
            guard y < inner.maxY - 2 else { break }
            let isSelected = item == row
            let label = words.filterRows.indices.contains(item.rawValue) ? words.filterRows[item.rawValue] : ""
            buffer.write((isSelected ? "› " : "  ") + label, at: Point(x: inner.x, y: y), style: isSelected ? theme[.title] : theme[.text], maxWidth: labelWidth + 2)
            let valueRect = Rect(x: inner.x + labelWidth + 3, y: y, width: max(1, inner.width - labelWidth - 3), height: 1)
            switch item {
            case .createdFrom, .createdTo:
                var field = item == .createdFrom ? createdFrom : createdTo
                let point = field.draw(in: Rect(x: valueRect.x, y: y, width: min(12, valueRect.width), height: 1), on: &buffer,
                                       style: isSelected ? theme[.inputFocused] : theme[.input], placeholder: words.datePlaceholder,
                                       placeholderStyle: theme[.placeholder])
                if isSelected { caret = point }
            default:
                let text = isSelected && (item == .group || item == .status || item == .subscription) ? "‹ \(value(of: item)) ›" : value(of: item)
                buffer.write(text, at: Point(x: valueRect.x, y: y), style: isSelected ? theme[.selection] : theme[.text], maxWidth: valueRect.width)
            }
        }
        if let badDate {
            let label = words.filterRows.indices.contains(badDate.rawValue) ? words.filterRows[badDate.rawValue] : ""
            buffer.write("⚠ " + words.badDate(label), at: Point(x: inner.x, y: inner.maxY - 2), style: theme[.error], maxWidth: inner.width)
        }
        buffer.write(words.filtersFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return caret
    }
}
