import CustomerCore
import Foundation
import TerminalCore

/// What to do with the marked rows (ctrl+a in the directory): add them to a group, remove them from
/// one, set their status, export them (the export dialog, scoped to them), merge the two.
public struct MarkedActionsState: ModalContent {
    public enum Choice: Int, CaseIterable, Sendable {
        case addToGroup, removeFromGroup, setLead, setClient, setInactive, export, merge

        var status: CustomerStatus? {
            switch self {
            case .setLead: .lead
            case .setClient: .client
            case .setInactive: .inactive
            case .addToGroup, .removeFromGroup, .export, .merge: nil
            }
        }
    }

    public let marked: [CustomerID]
    public var selected: Choice = .addToGroup

    public init(marked: [CustomerID]) { self.marked = marked }

    public var scope: KeyScope { .markedActions }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        if case .character(let digit) = key, let number = digit.wholeNumberValue, let choice = Choice(rawValue: number - 1) {
            selected = choice
            return choose(&app)
        }
        guard case .markedActions(let action)? = action else { return .stay }
        switch action {
        case .moveDown: selected = Choice(rawValue: min(Choice.allCases.count - 1, selected.rawValue + 1)) ?? selected
        case .moveUp: selected = Choice(rawValue: max(0, selected.rawValue - 1)) ?? selected
        case .confirm: return choose(&app)
        case .cancelModal: return .close
        }
        return .stay
    }

    mutating func choose(_ app: inout AppState) -> ModalReply {
        switch selected {
        case .addToGroup:
            app.modals.push(GroupsModalState(purpose: .addMarked(marked), groups: app.directory.groups))
            return .close([.groups(.load)])
        case .removeFromGroup:
            app.modals.push(GroupsModalState(purpose: .removeMarked(marked), groups: app.directory.groups))
            return .close([.groups(.load)])
        case .setLead, .setClient, .setInactive:
            return .close([.groups(.setStatus(marked, selected.status!))])
        case .export:
            var filter = DirectoryFilter()
            filter.customerIDs = Set(marked)
            app.modals.push(ExportDialogState(filter: filter, groups: app.directory.groups, directory: FileManager.default.currentDirectoryPath))
            return .close
        case .merge:
            guard marked.count == 2 else {
                app.say(GroupsNote.mergeNeedsTwo(marked.count))
                return .close
            }
            return .close([.merge(.propose(marked[0], marked[1], keep: nil, then: []))])
        }
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let theme = context.theme, words = AppText.current.groups
        let inner = context.popup(words.markedTitle(marked.count), width: min(screen.width, 56), height: min(screen.height, Choice.allCases.count + 4),
                                  in: screen, on: &buffer).inset(horizontal: 1, vertical: 0)
        for choice in Choice.allCases {
            let y = inner.y + choice.rawValue
            guard y < inner.maxY - 1 else { break }
            let label = switch choice {
            case .addToGroup: words.addToGroupAction
            case .removeFromGroup: words.removeFromGroupAction
            case .setLead, .setClient, .setInactive: words.setStatusAction(AppText.current.words.status(choice.status!))
            case .export: words.exportAction
            case .merge: words.mergeAction
            }
            let available = choice != .merge || marked.count == 2
            let isSelected = choice == selected
            let style = isSelected ? theme[.selection] : theme[available ? .text : .muted]
            if isSelected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: style) }
            buffer.write(" \(choice.rawValue + 1)  \(label)", at: Point(x: inner.x, y: y), style: style, maxWidth: inner.width)
        }
        buffer.write(words.markedFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return nil
    }
}
