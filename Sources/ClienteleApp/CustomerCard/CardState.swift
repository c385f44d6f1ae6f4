import CustomerCore
import Foundation

/// The six tabs of a card (PRODUCT §3).
public enum CardTab: Int, CaseIterable, Sendable {
    case main, info, bookings, payments, documents, conversations

    /// In the interface's language.
    public var title: String { AppText.current.tabTitle(self) }
}

/// The open customer card: which customer, what was loaded, which tab, how far scrolled.
public struct CardState: Equatable, Sendable {
    public var customerID: CustomerID
    public var card: CustomerCard?
    public var tab: CardTab = .main
    public var scroll = 0
    /// The selected note (Main tab) or document (Documents tab): what enter, del and the other
    /// item keys act on. An index into `card.notes` or `card.attachments`.
    public var selectedItem = 0
    /// `e` was pressed before the card had loaded: open the edit form when it arrives.
    public var editWhenLoaded = false
    /// Merges this profile kept, newest first (loaded with the card), for "u" and the Main tab.
    public var merges: [MergeRecord] = []
    /// Upcoming bookings that overlap another customer's booking of the same staff member (loaded with the card).
    public var overlappingBookings: Set<Int64> = []

    /// The merge `u` offers to undo: the newest one not undone.
    public var undoableMerge: MergeRecord? { merges.first { !$0.isUndone } }

    public init(customerID: CustomerID) { self.customerID = customerID }

    /// How many items the shown tab lists (notes on Main, documents on Documents; 0 elsewhere).
    public var itemCount: Int {
        guard let card else { return 0 }
        switch tab {
        case .main: return card.notes.count
        case .documents: return card.attachments.count
        case .bookings: return card.bookings.count
        case .payments: return card.payments.count
        case .info, .conversations: return 0
        }
    }

    /// The selected note, on the Main tab.
    public var selectedNote: Note? {
        guard tab == .main, let notes = card?.notes, notes.indices.contains(selectedItem) else { return nil }
        return notes[selectedItem]
    }

    /// The selected booking, on the Bookings tab, in the tab's order (upcoming soonest first, then
    /// the past newest first: `Booking.cardOrder`).
    public func selectedBooking(now: Date) -> Booking? {
        guard tab == .bookings, let bookings = card?.bookings else { return nil }
        let ordered = Booking.cardOrder(bookings, now: now)
        return ordered.indices.contains(selectedItem) ? ordered[selectedItem] : nil
    }

    /// The selected payment, on the Payments tab (newest first, as listed).
    public var selectedPayment: Payment? {
        guard tab == .payments, let payments = card?.payments, payments.indices.contains(selectedItem) else { return nil }
        return payments[selectedItem]
    }

    /// Which bookings the tab flags: those overlapping another of the same staff member, this
    /// customer's or (upcoming ones) anyone's.
    public var flaggedBookings: Set<Int64> {
        Booking.overlapping(card?.bookings ?? []).union(overlappingBookings)
    }

    /// The selected document, on the Documents tab.
    public var selectedAttachment: Attachment? {
        guard tab == .documents, let attachments = card?.attachments, attachments.indices.contains(selectedItem) else { return nil }
        return attachments[selectedItem]
    }
}
