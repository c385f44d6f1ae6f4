import CustomerCore
import Foundation

/// Every sentence the interface shows, in one table, so Spanish and French can be added
/// without touching views. (English only for now; see docs/DECISIONS.md.)
enum AppText {
    static let appName = "Clientele"
    static let searchPlaceholder = "type a name, email or phone — / to search"
    static let customerGone = "That customer no longer exists (deleted at another counter)."
    static let noGroups = "No groups yet."
    static let loadingDemo = "Adding demo customers…"
    static let discardTitle = "Discard changes?"
    static let discardMessage = "You have edited this form. Close it and lose the changes?"
    static let noMatches = "No customer matches."
    static let emptyDirectory = "The directory is empty."
    static let loading = "Loading…"
    static let welcomeTitle = "Welcome to Clientele"
    static let welcomeLines = [
        "Your customer directory is empty.",
        "",
        "  d   add 200 demo customers to look around",
        "      (notes, bookings, payments, loyalty, documents…)",
        "  n   add your first customer",
        "  esc start with an empty directory",
        "",
        "  i   import a list from Square, Mailchimp,",
        "      Constant Contact or a spreadsheet (CSV)",
    ]

    static let exporting = "Exporting…"
    static let exportWholeDirectory = "the whole directory"
    static func exportCurrentFilter(_ words: String) -> String { "the current filter: \(words)" }
    /// Every part of a directory filter, in words ("status client, group “VIP”, email subscribed").
    static func filterWords(_ filter: DirectoryFilter, groups: [CustomerGroup]) -> String {
        var parts: [String] = []
        if let status = filter.status { parts.append("status \(status.label.lowercased())") }
        if let groupID = filter.groupID { parts.append("group “\(groups.first { $0.id == groupID }?.name ?? "#\(groupID)")”") }
        if let subscription = filter.emailSubscription { parts.append("email \(subscription.label.lowercased())") }
        if filter.loyaltyMembersOnly { parts.append("loyalty members") }
        if filter.remindersDueOnly { parts.append("reminders due") }
        if filter.overduePaymentsOnly { parts.append("overdue payments") }
        if let from = filter.createdFrom { parts.append("added from \(DateText.short(from))") }
        if let before = filter.createdBefore { parts.append("added before \(DateText.short(before))") }
        return parts.joined(separator: ", ")
    }
    static func exported(_ count: Int, path: String) -> String { "Exported \(count.formatted()) customers to \(path)." }
    static func importDone(_ report: ImportReport) -> String {
        "Imported \(report.imported.formatted()) customers\(report.groupName.map { " into “\($0)”" } ?? ""); \(report.rejectedRows) rows rejected."
    }
    static func fixFields(_ count: Int) -> String { count == 1 ? "1 field needs attention." : "\(count) fields need attention." }
    static func demoLoaded(_ count: Int) -> String { "Added \(count) demo customers." }
    static func created(_ name: String) -> String { "Added \(name)." }
    static func saved(_ name: String) -> String { "Saved \(name)." }
    static func sortedBy(_ sort: DirectorySort) -> String { "Sorted by \(sort.label.lowercased())." }
    static func conflict(changes: [String]) -> String {
        let what = changes.isEmpty ? "no field differs" : changes.joined(separator: ", ")
        return "Changed at another counter since you opened it — now \(what). Ctrl-S saves your version over it; Esc discards yours."
    }
    static func customers(_ count: Int) -> String { count == 1 ? "1 customer" : "\(count.formatted()) customers" }
    static func remindersDue(_ count: Int) -> String { count == 1 ? "1 reminder due" : "\(count) reminders due" }
    /// For a narrow header.
    static func remindersDueShort(_ count: Int) -> String { "\(count.formatted()) due" }
    static func showing(_ shown: Int, of total: Int, truncated: Bool) -> String {
        truncated ? "first \(shown.formatted()) matches — keep typing" : "\(shown.formatted()) of \(total.formatted())"
    }
}

extension Int {
    /// "1,000,000": thousands separated, whatever the locale.
    func formatted() -> String {
        let digits = String(self.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (self < 0 ? "-" : "") + result
    }
}
