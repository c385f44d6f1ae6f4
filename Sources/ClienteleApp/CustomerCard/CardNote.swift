/// Status messages of the card.
public enum CardNote: StatusNote {
    /// The open profile was merged or deleted elsewhere.
    case customerGone

    public var isError: Bool { true }

    public var text: String {
        switch self {
        case .customerGone: AppText.current.customerGone
        }
    }
}

/// A key that acts on notes or documents, pressed on a tab that lists neither.
public enum CardItemNote: StatusNote {
    case notOnThisTab(CardAction)

    public var isError: Bool { true }

    public var text: String {
        switch self {
        case .notOnThisTab(let action) where action == .markCompleted || action == .markNoShow: AppText.current.bookingPaymentKeyElsewhere
        case .notOnThisTab(let action): AppText.current.itemKeyElsewhere(Self.place(of: action))
        }
    }

    /// Where a key that acts on items works.
    static func place(of action: CardAction) -> ItemKeyPlace {
        switch action {
        case .renameItem, .saveItemCopy: .documentsTab
        case .togglePin, .markReminderDone: .notes
        case .addItem, .openItem, .deleteItem, .markCompleted, .markNoShow, .showMainTab, .showInfoTab, .showBookingsTab, .showPaymentsTab, .showDocumentsTab,
             .showConversationsTab, .nextTab, .previousTab, .scrollDown, .scrollUp, .pageDown, .pageUp, .editCustomer, .openNewCustomerForm,
             .openMergePicker, .undoMerge, .openDuplicateReview, .closeCard, .quit, .openCardsOnFile, .openLoyalty, .openQuickActions, .eraseCustomer, .openCustomFields, .openGroups: .notesAndDocuments
        }
    }
}

/// Where the card's item keys work: on the Documents tab, on notes (Main tab), or both.
public enum ItemKeyPlace: Sendable {
    case documentsTab, notes, notesAndDocuments
}
