import CustomerCore

/// One option of a choice field in the customer form, keyed by what it means, never by its
/// label: the words come from the strings table when drawn.
public enum FormChoice: Hashable, Sendable {
    case status(CustomerStatus)
    case subscription(EmailSubscription)
    /// No value (a custom choice or yes/no field left empty).
    case blank
    /// A custom choice field's own option, as the shop wrote it.
    case option(String)
    case yes, no

    /// What the domain parses for a custom field (`CustomFieldDefinition.value(from:)`).
    var valueText: String {
        switch self {
        case .status(let status): status.label
        case .subscription(let subscription): subscription.label
        case .blank: ""
        case .option(let text): text
        case .yes: "Yes"
        case .no: "No"
        }
    }

    /// In the interface's language.
    var label: String {
        switch self {
        case .status(let status): AppText.current.words.status(status)
        case .subscription(let subscription): AppText.current.words.subscription(subscription)
        case .blank: ""
        case .option(let text): text
        case .yes: AppText.current.yesChoice
        case .no: AppText.current.noChoice
        }
    }
}
