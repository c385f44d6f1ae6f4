import CustomerCore
import Foundation

/// The sentences of the duplicate review, the merge review, the merge picker and undo.
extension AppText {
    static func possibleDuplicates(_ count: Int) -> String {
        count == 1 ? "1 possible duplicate — press D to review" : "\(count.formatted()) possible duplicates — press D to review"
    }

    /// For a narrow header: "16 duplicates (D)".
    static func possibleDuplicatesShort(_ count: Int) -> String {
        count == 1 ? "1 duplicate (D)" : "\(count.formatted()) duplicates (D)"
    }
    static let duplicateReviewTitle = "Duplicate suggestions"
    static let scanningDuplicates = "Looking for duplicates…"
    static let noDuplicates = "No duplicate suggestions: every profile looks like a different person."
    static let loadingProfiles = "Loading the profiles…"
    static func clusterSummary(_ cluster: DuplicateCluster) -> String {
        "\(kindLabel(cluster.kind)) · \(cluster.customerIDs.count) profiles · \(cluster.reason)"
    }
    static func kindLabel(_ kind: DuplicateCluster.Kind) -> String { kind == .exact ? "exact   " : "possible" }
    static func reason(_ cluster: DuplicateCluster) -> String { "Why: \(cluster.reason)" }
    static func moreProfiles(_ count: Int) -> String { "+\(count) more (merged one after another)" }
    static let duplicateReviewFooter = "↑↓ suggestion · m merge · i ignore · A merge all exact · esc close"
    static func suggestionPosition(_ index: Int, of count: Int) -> String { "\(index + 1) of \(count)" }

    /// The rows of the side-by-side comparison.
    static let profileName = "Name"
    static let profileEmail = "Email"
    static let profilePhone = "Phone"
    static let profileAddress = "Address"
    static let profileCompany = "Company"
    static let profileReference = "Reference ID"
    static let profileCreated = "Created"
    static let profileNotes = "Notes"
    static let profileDocuments = "Documents"
    static let profileBookings = "Bookings"
    static let profilePayments = "Payments"
    static let profilePoints = "Points"
    static let profileGroups = "Groups"
    static let notEnrolled = "not enrolled"

    static func ignored(_ cluster: DuplicateCluster) -> String {
        "Ignored: these \(cluster.customerIDs.count) profiles will not be suggested again."
    }
    static let mergeAllTitle = "Merge all exact duplicates?"
    static func mergeAllMessage(profiles: Int, into survivors: Int) -> String {
        "Merge \(profiles.formatted()) profiles into \(survivors.formatted())? Each keeps the oldest profile and its id; every merge can be undone from the card."
    }
    static let noExactDuplicates = "No exact duplicates (same email or phone) to merge."
    static let mergingAll = "Merging…"
    static func mergedAll(profiles: Int, survivors: Int, skipped: Int) -> String {
        "Merged \(profiles.formatted()) profiles into \(survivors.formatted())."
            + (skipped == 0 ? "" : " \(skipped.formatted()) left to merge one by one (over the 100-document limit, or changed meanwhile).")
    }

    // Merge review
    static let mergeReviewTitle = "Merge review"
    static func mergeHeading(survivor: String, survivorID: CustomerID, absorbed: String, absorbedID: CustomerID) -> String {
        "\(absorbed) (#\(absorbedID)) goes into \(survivor) (#\(survivorID)), which keeps its id."
    }
    static let mergeField = "Field"
    static func survivorColumn(_ id: CustomerID) -> String { "Keeps (#\(id))" }
    static func absorbedColumn(_ id: CustomerID) -> String { "Merged in (#\(id))" }
    static let mergeCombines = "Everything else (notes, documents, bookings, payments, points…) is combined."
    static let mergeNoFields = "Both profiles are empty apart from their names."
    static let mergeApplying = "Merging…"
    static let mergeReviewFooter = "↑↓ field · ←→ keep left/right · s swap survivor · ctrl+s merge · esc cancel"
    static let mergeConflicted = "Changed at another counter since you opened this review: the values are reloaded; check them and merge again."
    static let mergeOverflowDeclined = "Not merged: the documents question was declined."
    static let overflowTitle = "Too many documents"
    static func overflowMessage(_ plan: MergePlan) -> String {
        let total = (plan.survivorAttachmentCount + plan.absorbedAttachmentCount).formatted()
        let limit = AttachmentRules.maximumFilesPerCustomer
        return "Together they hold \(total) documents; a profile keeps \(limit). Keep the newest \(limit)? The other \(plan.attachmentsOverLimit.formatted()) stay in the merge's history and come back on undo."
    }
    static func mergeRefused(_ reason: String) -> String { "Not merged: \(reason)." }
    static func merged(_ record: MergeRecord, into survivor: String) -> String {
        "Merged \(record.absorbedName) (#\(record.absorbedID)) into \(survivor) (#\(record.survivorID))."
    }

    // Manual merge
    static func mergePickerTitle(_ name: String) -> String { "Merge \(name) with…" }
    static let mergePickerPrompt = "Search "
    static let mergePickerPlaceholder = "name, email or phone of the other profile"
    static let mergePickerHint = "The profile you pick is merged into this one; you review every field first."
    static let mergePickerNoMatches = "No other profile matches."
    static let mergePickerFooter = "type to search · ↑↓ choose · enter review the merge · esc close"

    // Undo
    static let undoMergeTitle = "Undo merge?"
    static func undoMergeMessage(_ record: MergeRecord) -> String {
        "Undo merge of \(record.absorbedName) (\(DateText.short(record.createdAt)))? Both profiles come back as they were; what was added since stays here."
    }
    static let nothingToUndo = "No merge to undo on this profile."
    static func mergeUndone(_ record: MergeRecord) -> String { "Undid the merge: \(record.absorbedName) is a profile of its own again." }
    static func mergedFrom(_ record: MergeRecord, undoable: Bool) -> String {
        "Merged from: \(record.absorbedName) on \(DateText.short(record.createdAt))" + (undoable ? " — u to undo" : "")
    }
    static let openCardFirst = "Open a customer's card first."
    static let mergeProfileGone = "one of the profiles was deleted or merged at another counter"
    static let reviewImportedDuplicates = " — D reviews them"
    static let importSummaryFooterWithDuplicates = "enter close · D review the duplicates"
    static func undoRefused(_ reason: String) -> String { "Not undone: \(reason)." }
    static let overflowAnswers = "y keep the newest and merge    n back to the review"
    static let discardMergeTitle = "Discard the merge choices?"
    static let discardMergeMessage = "You changed which values are kept. Close the review and merge nothing?"
}
