import CustomerCore

/// Work for the edge: data, performed by `EffectRunner`, each answered by Msgs.
/// "Ctrl-S in the form emits `.saveCustomer(…)`" is a one-line test.
public enum Effect: Equatable, Sendable {
    case loadDirectory(DirectoryRequest)
    case loadCard(CustomerID)
    case saveCustomer(CustomerDraft)
    case loadOverview
    case loadDemoCustomers(count: Int)
    case completePath(String)
    case previewImport(path: String)
    /// Runs off the UI thread, posting `importProgressed` and then `importFinished`.
    case startImport(path: String, plan: ImportPlan)
    case cancelImport
    /// Writes the profiles `filter` lets through (an empty filter: the whole directory).
    case exportDirectory(format: ExportFormat, filter: DirectoryFilter, path: String)
    /// Scans for duplicate suggestions off the UI thread (0.5 s at a million profiles), posting
    /// `duplicatesCounted`. Asked for after changes, never on the clock.
    case countDuplicates(requestID: Int)
    /// The review's clusters, scanned off the UI thread, posting `duplicateClustersLoaded`.
    case loadDuplicateClusters
    case loadDuplicateProfiles(DuplicateCluster)
    case ignoreDuplicates(DuplicateCluster)
    /// Makes the plan a merge review opens with; `then` are further profiles of the same cluster,
    /// merged one at a time into the survivor after this one.
    case proposeMerge(CustomerID, CustomerID, keep: CustomerID?, then: [CustomerID])
    case applyMerge(MergePlan)
    /// Merges every exact cluster (shared email or phone) off the UI thread.
    case mergeAllExact
    case undoMerge(mergeID: Int64)
    /// Profiles to merge a card with, found by the directory's search, never the card's own.
    case searchMergeCandidates(requestID: Int, query: String, excluding: CustomerID)
    case quit
}

/// The export formats offered by `x`.
public enum ExportFormat: String, CaseIterable, Equatable, Sendable {
    case csv, vcard, json

    /// In the interface's language.
    public var label: String { AppText.current.exportFormatLabel(self) }

    public var fileExtension: String { self == .vcard ? "vcf" : rawValue }
}

/// A page of the directory to fetch: a search (query not empty) or a browse from `after`.
public struct DirectoryRequest: Equatable, Sendable {
    public var requestID: Int
    public var query: String
    public var sort: DirectorySort
    public var filter: DirectoryFilter
    public var after: DirectoryCursor?
    public var limit: Int

    public init(requestID: Int, query: String, sort: DirectorySort, filter: DirectoryFilter, after: DirectoryCursor?, limit: Int) {
        self.requestID = requestID
        self.query = query
        self.sort = sort
        self.filter = filter
        self.after = after
        self.limit = limit
    }
}

/// A profile and its custom values as the form left them, to create or update.
public struct CustomerDraft: Equatable, Sendable {
    public var customer: Customer
    public var customValues: [Int64: CustomFieldValue?]
    public var isNew: Bool

    public init(customer: Customer, customValues: [Int64: CustomFieldValue?], isNew: Bool) {
        self.customer = customer
        self.customValues = customValues
        self.isNew = isNew
    }
}
