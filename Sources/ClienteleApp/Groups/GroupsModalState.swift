import CustomerCore
import Foundation
import TerminalCore

/// The groups window (ctrl+t in the directory): every group with its member count; create, rename,
/// delete (asks; the customers stay), enter shows a group's members. The same window picks groups
/// for the card (ctrl+t there: ticks) and for the marked rows (add to, remove from).
public struct GroupsModalState: ModalContent {
    /// What the window is for.
    public enum Purpose: Equatable, Sendable {
        case manage
        /// One customer's groups, ticked; enter saves the ticks.
        case card(CustomerID, name: String)
        case addMarked([CustomerID])
        case removeMarked([CustomerID])
    }

    /// A name being typed: a new group's, or a new name for the selected one.
    public enum Prompt: Equatable, Sendable {
        case new(TextField)
        case rename(Int64, String, TextField)
    }

    public var purpose: Purpose
    public var groups: [CustomerGroup]
    public var selection = 0
    /// The card's ticks (its groups when opened, then as ticked).
    public var ticked: Set<Int64>
    public let tickedWhenOpened: Set<Int64>
    public var prompt: Prompt?
    public var refusal: GroupsRefusal?
    public var isWorking = false

    public init(purpose: Purpose, groups: [CustomerGroup], ticked: Set<Int64> = []) {
        self.purpose = purpose
        self.groups = groups
        self.ticked = ticked
        tickedWhenOpened = ticked
    }

    public var scope: KeyScope { .groups }
    public var takesPrintableCharacters: Bool { prompt != nil }

    var selectedGroup: CustomerGroup? { groups.indices.contains(selection) ? groups[selection] : nil }

    /// The customers a new group takes at once (the marked rows it is made for, the card's customer).
    var newGroupMembers: [CustomerID] {
        switch purpose {
        case .manage, .removeMarked: []
        case .card(let id, _): [id]
        case .addMarked(let ids): ids
        }
    }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        if prompt != nil { return handlePrompt(key, action: action) }
        guard case .groups(let action)? = action else { return .stay }
        refusal = nil
        switch action {
        case .moveDown: selection = min(max(0, groups.count - 1), selection + 1)
        case .moveUp: selection = max(0, selection - 1)
        case .toggle:
            guard case .card = purpose, let id = selectedGroup?.id else { return .stay }
            if ticked.contains(id) { ticked.remove(id) } else { ticked.insert(id) }
        case .confirm: return confirm(&app)
        case .newGroup: prompt = .new(TextField(maxLength: CustomerGroup.maximumNameLength))
        case .rename:
            guard let group = selectedGroup, let id = group.id else { return .stay }
            prompt = .rename(id, group.name, TextField(group.name, maxLength: CustomerGroup.maximumNameLength))
        case .delete:
            guard let group = selectedGroup, let id = group.id else { return .stay }
            app.modals.push(ConfirmState(GroupsQuestion.delete(group.name, members: group.memberCount),
                                         onYes: ConfirmYes(effects: [.groups(.delete(id, name: group.name, members: group.memberCount))])))
        case .cancelModal: return .close
        }
        return .stay
    }

    mutating func handlePrompt(_ key: KeyEvent, action: Action?) -> ModalReply {
        guard let current = prompt else { return .stay }
        if case .groups(.confirm)? = action {
            guard !isWorking else { return .stay }
            switch current {
            case .new(let field):
                isWorking = true
                return .stay([.groups(.create(field.text, adding: newGroupMembers))])
            case .rename(let id, let old, let field):
                isWorking = true
                return .stay([.groups(.rename(id, from: old, to: field.text))])
            }
        }
        // Every other key edits the name (arrows, deletions, characters, a paste).
        refusal = nil
        switch current {
        case .new(var field):
            _ = field.handle(key)
            prompt = .new(field)
        case .rename(let id, let old, var field):
            _ = field.handle(key)
            prompt = .rename(id, old, field)
        }
        return .stay
    }

    mutating func confirm(_ app: inout AppState) -> ModalReply {
        guard !isWorking else { return .stay }
        switch purpose {
        case .manage:
            // A group's members: the directory filtered by it.
            guard let id = selectedGroup?.id else { return .stay }
            app.directory.filter.groupID = id
            app.focus = .directory
            return .close([DirectoryUpdate.reload(&app, keepSelection: false)])
        case .card(let customerID, let name):
            let joining = ticked.subtracting(tickedWhenOpened).sorted(), leaving = tickedWhenOpened.subtracting(ticked).sorted()
            guard !joining.isEmpty || !leaving.isEmpty else { return .close }
            isWorking = true
            return .stay([.groups(.setMembership(customerID, name: name, joining: joining, leaving: leaving))])
        case .addMarked(let ids):
            guard let group = selectedGroup, let id = group.id else { return .stay }
            isWorking = true
            return .stay([.groups(.add(ids, groupID: id, name: group.name))])
        case .removeMarked(let ids):
            guard let group = selectedGroup, let id = group.id else { return .stay }
            isWorking = true
            return .stay([.groups(.remove(ids, groupID: id, name: group.name))])
        }
    }

    /// Escape: out of the name being typed first, then closes.
    public mutating func cancel(app: inout AppState, update: AppUpdate) -> ModalReply {
        if prompt != nil {
            prompt = nil
            refusal = nil
            isWorking = false
            return .stay
        }
        return .close
    }

    /// The store's answer to a name: the list as it is now, the prompt closed.
    mutating func reloaded(_ fresh: [CustomerGroup], select name: String? = nil) {
        let selectedID = selectedGroup?.id
        groups = fresh
        if let name, let index = fresh.firstIndex(where: { $0.name.compare(CustomerGroup.normalizedName(name), options: .caseInsensitive) == .orderedSame }) {
            selection = index
        } else if let selectedID, let index = fresh.firstIndex(where: { $0.id == selectedID }) {
            selection = index
        } else {
            selection = min(selection, max(0, fresh.count - 1))
        }
        ticked = ticked.intersection(Set(fresh.compactMap(\.id)))
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let theme = context.theme, words = AppText.current.groups
        let title: String, footer: String
        switch purpose {
        case .manage: (title, footer) = (words.groupsTitle, words.manageFooter)
        case .card(_, let name): (title, footer) = (words.cardPickerTitle(name), words.cardPickerFooter)
        case .addMarked(let ids): (title, footer) = (words.addMarkedTitle(ids.count), words.chooseFooter)
        case .removeMarked(let ids): (title, footer) = (words.removeMarkedTitle(ids.count), words.chooseFooter)
        }
        let height = min(screen.height, max(8, groups.count + 7))
        let inner = context.popup(title, width: min(screen.width, 70), height: height, in: screen, on: &buffer).inset(horizontal: 1, vertical: 0)
        let listHeight = max(1, inner.height - 4)
        if groups.isEmpty {
            buffer.write(words.noGroups, at: Point(x: inner.x, y: inner.y), style: theme[.muted], maxWidth: inner.width)
        }
        let offset = max(0, selection - listHeight + 1)
        for (row, index) in (offset..<min(groups.count, offset + listHeight)).enumerated() {
            let group = groups[index]
            let isSelected = index == selection && prompt == nil
            let style = isSelected ? theme[.selection] : theme[.text]
            let y = inner.y + row
            if isSelected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: style) }
            var label = group.name
            if case .card = purpose { label = (group.id.map(ticked.contains) == true ? "[x] " : "[ ] ") + label }
            let count = words.members(group.memberCount)
            buffer.write(label, at: Point(x: inner.x + 1, y: y), style: style, maxWidth: max(1, inner.width - DisplayWidth.of(count) - 3))
            buffer.write(count, at: Point(x: inner.maxX - DisplayWidth.of(count) - 1, y: y), style: isSelected ? style : theme[.muted])
        }
        var caret: Point?
        let promptY = inner.maxY - 3
        if let prompt {
            let (label, field): (String, TextField) = switch prompt {
            case .new(let field): (words.newGroupLabel, field)
            case .rename(_, _, let field): (words.renameGroupLabel, field)
            }
            buffer.write(label, at: Point(x: inner.x, y: promptY), style: theme[.title])
            var drawn = field
            caret = drawn.draw(in: Rect(x: inner.x + DisplayWidth.of(label), y: promptY, width: max(1, inner.width - DisplayWidth.of(label)), height: 1),
                               on: &buffer, style: theme[.inputFocused])
        }
        if let refusal {
            buffer.write("⚠ " + refusal.text, at: Point(x: inner.x, y: promptY + 1), style: theme[.error], maxWidth: inner.width)
        }
        buffer.write(isWorking ? AppText.current.loading : (prompt != nil ? words.promptFooter : footer),
                     at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return caret
    }
}
