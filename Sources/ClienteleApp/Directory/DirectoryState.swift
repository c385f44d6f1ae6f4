import CustomerCore
import Foundation
import TerminalCore

/// The directory pane: the search box, the loaded rows (a window onto the store, never every
/// customer), the selection, sort and filters.
public struct DirectoryState: Equatable, Sendable {
    public var search = TextField(maxLength: 200)
    public var rows: [DirectoryRow] = []
    public var selection = 0
    public var scroll = ListScroll()
    public var sort: DirectorySort = .name
    public var filter = DirectoryFilter()
    /// Customers matching the filter (whole directory when no search).
    public var matchingCount = 0
    /// Where the next page starts when browsing (nil: everything is loaded, or searching).
    public var nextCursor: DirectoryCursor?
    /// A search found more than it shows: keep typing.
    public var isTruncated = false
    /// Increases with each request so a late answer to an old query is ignored.
    public var requestID = 0
    public var isLoading = false
    public var groups: [CustomerGroup] = []
    /// The marked rows, in the order they were marked (space, ins); what ctrl+a acts on.
    public var marked: [CustomerID] = []
    /// The customer to select when the pending load arrives (keeps the cursor on them).
    public var pendingSelection: CustomerID?

    public init() {}

    public var query: String { search.text.trimmingCharacters(in: .whitespaces) }
    public var selectedRow: DirectoryRow? { rows.indices.contains(selection) ? rows[selection] : nil }

    /// The active filters in words, for the pane's footer and the export dialog.
    public var filterDescription: String { AppText.current.filterWords(filter, groups) }
}
