import Foundation

/// Which group an import's profiles join (seed 000: a new group named for the import, by default).
public enum ImportGroupChoice: Hashable, Sendable, Codable {
    /// A group of this name, which must not exist yet (adding to an existing group is `existingGroup`).
    case newGroup(String)
    /// The default, named for the file and the time ("Import list 2026-12-01 10:04"): nobody chose
    /// the name, so a second import in the same minute gets "… (2)".
    case newDatedGroup(String)
    case existingGroup(String)
    case none
}

/// What an import will do: the columns' targets and the group. The wizard and `--map` edit it;
/// the store applies it in one transaction.
public struct ImportPlan: Hashable, Sendable {
    public var headers: [String]
    public var targets: [ImportTarget]
    public var group: ImportGroupChoice
    /// How many new custom fields the import may create. Past `customFieldsWithoutConfirmation`
    /// someone must say yes (`--create-custom-fields N`, the wizard's question): a file with
    /// thousands of columns would otherwise add thousands of fields to every card.
    public var allowedNewCustomFields: Int = ImportPlan.customFieldsWithoutConfirmation
    /// Labels of the custom fields the directory had when the plan was made (`ImportRunner.plan`
    /// fills it), so that `newCustomFieldCount` is known before running.
    public var existingCustomFieldLabels: [String] = []
    /// The country phone numbers without a country code are read for, when the file's are not the
    /// shop's (a French list in a US shop); nil: the shop's region.
    public var phoneRegion: String?
    /// A row whose phone still cannot be read is kept, the phone moved to the memo
    /// ("Phone (unreadable): …"), instead of refused.
    public var keepsUnreadablePhones = false

    /// New custom fields an import creates without asking.
    public static let customFieldsWithoutConfirmation = 50
    /// The longest custom field label the store keeps (`custom_field.label`, in code points as
    /// SQLite's `length` counts them); a longer header is cut there.
    public static let customFieldLabelLimit = 100

    public init(headers: [String], targets: [ImportTarget]? = nil, group: ImportGroupChoice) {
        self.headers = headers
        self.targets = targets ?? ColumnMapping.automatic(headers: headers)
        self.group = group
    }

    /// A label as the store keeps it: cut at `customFieldLabelLimit` code points.
    public static func storedLabel(_ label: String) -> String {
        label.unicodeScalars.count <= customFieldLabelLimit ? label
            : String(String.UnicodeScalarView(label.unicodeScalars.prefix(customFieldLabelLimit)))
    }

    /// What makes two stored labels the same field: `COLLATE NOCASE`, which folds ASCII letters only.
    public static func storedLabelKey(_ label: String) -> String {
        String(decoding: storedLabel(label).utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// The custom fields the plan writes to that the directory does not have yet, once each, in
    /// the file's column order (the order they are created in, and so the order cards show them).
    public var newCustomFieldLabels: [String] {
        var seen = Set(existingCustomFieldLabels.map(ImportPlan.storedLabelKey))
        return customFieldLabels.filter { seen.insert(ImportPlan.storedLabelKey($0)).inserted }
    }

    /// How many custom fields running the plan creates (for the wizard's question).
    public var newCustomFieldCount: Int { newCustomFieldLabels.count }

    /// Whether running needs `allowedNewCustomFields` raised first.
    public var needsCustomFieldConfirmation: Bool { newCustomFieldCount > allowedNewCustomFields }

    /// Columns whose different headers would become one custom field because the store cuts
    /// labels at 100 characters: each names the later column (line 1) and the earlier one. One
    /// pass with a dictionary, so a file of thousands of columns stays linear.
    public var customFieldLabelClashes: [ImportRowIssue] {
        var firstByKey: [String: (index: Int, label: String)] = [:]
        var clashes: [ImportRowIssue] = []
        for (index, target) in targets.enumerated() {
            guard case .customField(let label) = target else { continue }
            let key = ImportPlan.storedLabelKey(label)
            if let first = firstByKey[key] {
                if first.label.lowercased() != label.lowercased() {
                    clashes.append(ImportRowIssue(line: 1, column: headers[index],
                        reason: "column \(index + 1) and column \(first.index + 1) (“\(headers[first.index])”) share their first "
                              + "\(ImportPlan.customFieldLabelLimit) characters, and a custom field's label keeps only that many: "
                              + "rename one of them, or send one elsewhere (--map \"Header=memo\")"))
                }
            } else {
                firstByKey[key] = (index, label)
            }
        }
        return clashes
    }

    /// The default group name: "Import <file> <date>". A card number in the file's name
    /// (`378282246310005.csv`) is masked (`Import •••• 0005 …`): the name is stored. Always a
    /// name the guard accepts.
    public static func defaultGroupName(fileName: String, date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let base = SensitiveDataGuard.maskingCardNumbers((fileName as NSString).deletingPathExtension)
        let name = String("Import \(base) \(formatter.string(from: date))".prefix(100))
        // The file's digits and the date's can make a Luhn-valid run together ("12345.csv" and
        // "2026-12-01 22:20"): the group could not be created, so the file's digits become dots.
        guard SensitiveDataGuard.scan(name) != nil else { return name }
        let dotted = String(base.map { $0.wholeNumberValue != nil ? "•" : $0 })
        return String("Import \(dotted) \(formatter.string(from: date))".prefix(100))
    }

    /// The fields the file's headers declare with a kind (`custom:Visits (number)`), once per
    /// label, in column order: new ones are created so, and their cells are read as that kind.
    /// Only a column still sent to the field its header names counts (`--map` can send it elsewhere).
    public var declaredCustomFields: [CustomFieldDefinition] {
        var seen = Set<String>()
        var declared: [CustomFieldDefinition] = []
        for (index, target) in targets.enumerated() where index < headers.count {
            guard case .customField(let label) = target, let definition = CustomFieldHeader.declaration(headers[index]),
                  definition.label == label, seen.insert(ImportPlan.storedLabelKey(label)).inserted else { continue }
            declared.append(definition)
        }
        return declared
    }

    /// Declared fields that could not be created (a choice without options, an option with a `|`…):
    /// refused on line 1 before any row is read.
    public var customFieldDeclarationIssues: [ImportRowIssue] {
        declaredCustomFields.flatMap { definition in
            let header = headers.first { CustomFieldHeader.declaration($0)?.label == definition.label } ?? definition.label
            return definition.issues().map { ImportRowIssue(line: 1, column: header, reason: $0.message) }
        }
    }

    /// Labels of the custom fields the plan writes to.
    public var customFieldLabels: [String] {
        targets.compactMap { if case .customField(let label) = $0 { return label } else { return nil } }
    }
}

/// The plan would create more custom fields than `allowedNewCustomFields`: nothing was read
/// past the header and nothing was written. Raise the allowance (after asking) and run again.
public struct ImportNeedsConfirmation: Error, Equatable, Sendable, CustomStringConvertible {
    public let newCustomFields: Int
    public let allowed: Int

    public init(newCustomFields: Int, allowed: Int) {
        self.newCustomFields = newCustomFields
        self.allowed = allowed
    }

    public var description: String {
        "the file would create \(newCustomFields) new custom fields (more than \(allowed) need a confirmation)"
    }
}

/// One refused row: the line, the column and why, worded for the person fixing the file.
public struct ImportRowIssue: Hashable, Sendable, Codable, CustomStringConvertible {
    public let line: Int
    public let column: String
    public let reason: String

    public init(line: Int, column: String, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String { "line \(line), \(column.isEmpty ? "row" : "column “\(column)”"): \(reason)" }
}

/// Why a row was refused: every problem found in it.
public struct ImportRowRefusal: Error, Hashable, Sendable {
    public let issues: [ImportRowIssue]
}

/// A row turned into a profile, with its custom values by field label (raw text).
public struct ImportedRow: Hashable, Sendable {
    public var line: Int
    public var customer: Customer
    public var customValues: [String: CustomFieldValue]
}

/// Turns CSV records into validated profiles following a plan; every problem names its column.
public struct ImportRowConverter: Sendable {
    public let plan: ImportPlan
    public let validator: CustomerValidator
    /// Existing custom field definitions by folded label, then those the headers declare (other new ones are text fields).
    let definitions: [String: CustomFieldDefinition]

    public init(plan: ImportPlan, region: String, customFields: [CustomFieldDefinition]) {
        self.plan = plan
        self.validator = CustomerValidator(region: plan.phoneRegion ?? region)
        // An existing field keeps its kind (its values are read as it); a new one is what its header declares, else text.
        definitions = Dictionary((customFields + plan.declaredCustomFields).map { (SearchFolding.fold($0.label), $0) },
                                 uniquingKeysWith: { first, _ in first })
    }

    public func convert(_ record: CSVRecord, now: Date = Date()) -> Result<ImportedRow, ImportRowRefusal> {
        var customer = Customer(creationSource: .import, createdAt: now, updatedAt: now)
        var issues: [ImportRowIssue] = []
        var memoExtras: [String] = []
        var customValues: [String: CustomFieldValue] = [:]
        if record.fields.count > plan.headers.count, record.fields[plan.headers.count...].contains(where: { !CustomerValidator.trimmed($0).isEmpty }) {
            issues.append(ImportRowIssue(line: record.line, column: "", reason: "has \(record.fields.count) cells but the header has \(plan.headers.count)"))
        }
        for (index, target) in plan.targets.enumerated() {
            let header = plan.headers[index]
            let value = cell(index, of: record)
            if value.isEmpty { continue }
            switch target {
            case .ignore: continue
            case .memo: memoExtras.append("\(header): \(value)")
            case .oneCellAddress:
                customer.address = ImportValues.splitOneCellAddress(value)
            case .field(let field):
                switch field {
                case .birthday:
                    if let birthday = ImportValues.birthday(value) { customer.birthday = birthday } else {
                        issues.append(ImportRowIssue(line: record.line, column: header, reason: "“\(value)” is not a birthday (use YYYY-MM-DD, MM-DD or M/D/YYYY)"))
                    }
                case .emailSubscription:
                    if let subscription = ImportValues.subscription(value) { customer.emailSubscription = subscription } else {
                        issues.append(ImportRowIssue(line: record.line, column: header, reason: "“\(value)” is not Subscribed, Unsubscribed or Unknown"))
                    }
                case .status:
                    let folded = SearchFolding.fold(value)
                    if let status = CustomerStatus.allCases.first(where: { SearchFolding.fold($0.label) == folded }) { customer.status = status } else {
                        issues.append(ImportRowIssue(line: record.line, column: header, reason: "“\(value)” is not a status (use Lead, Client or Inactive)"))
                    }
                case .memo:
                    customer.memo = customer.memo.isEmpty ? value : customer.memo + "\n" + value
                default:
                    field.setText(value, on: &customer)
                }
            case .customField(let label):
                let definition = definitions[SearchFolding.fold(label)] ?? CustomFieldDefinition(label: label, kind: .text)
                switch definition.value(from: value, phoneParser: validator.phoneParser) {
                case .success(let parsed?): customValues[definition.label] = parsed
                case .success(nil): break
                case .failure(let issue): issues.append(ImportRowIssue(line: record.line, column: header, reason: issue.message))
                }
            }
        }
        if !memoExtras.isEmpty {
            customer.memo = ([customer.memo].filter { !$0.isEmpty } + memoExtras).joined(separator: "\n")
            if let finding = memoExtras.lazy.compactMap({ SensitiveDataGuard.scan($0) }).first {
                issues.append(ImportRowIssue(line: record.line, column: "Memo", reason: finding.message))
            }
        }
        var validated = validator.validated(customer)
        if plan.keepsUnreadablePhones, case .failure(let failure) = validated, failure.issues.contains(where: { $0.field == .phoneNumber }) {
            // Kept, the number in the memo where a person can read it and fix it later.
            var kept = customer
            kept.memo = ([kept.memo].filter { !$0.isEmpty } + ["Phone (unreadable): \(kept.phoneNumber)"]).joined(separator: "\n")
            kept.phoneNumber = ""
            validated = validator.validated(kept)
        }
        switch validated {
        case .success(let valid): customer = valid
        case .failure(let failure):
            let columnOf = columns(of: record)
            for issue in failure.issues {
                let column = issue.field.flatMap { columnOf[$0] } ?? issue.fieldLabel
                if !issues.contains(where: { $0.column == column && $0.reason == issue.message }) {
                    issues.append(ImportRowIssue(line: record.line, column: column, reason: issue.message))
                }
            }
        }
        return issues.isEmpty ? .success(ImportedRow(line: record.line, customer: customer, customValues: customValues))
                              : .failure(ImportRowRefusal(issues: issues))
    }

    /// A cell as the conversion reads it: trimmed, without a formula guard, "" past the row's end.
    func cell(_ index: Int, of record: CSVRecord) -> String {
        index < record.fields.count ? ImportValues.withoutFormulaGuard(CustomerValidator.trimmed(record.fields[index])) : ""
    }

    /// The column each profile field was filled from in this record (the last non-empty one), to
    /// name it in a validation problem. Worked out only for refused rows: building it for every
    /// row showed in import profiles.
    func columns(of record: CSVRecord) -> [CustomerField: String] {
        var columnOf: [CustomerField: String] = [:]
        for (index, target) in plan.targets.enumerated() where !cell(index, of: record).isEmpty {
            let header = plan.headers[index]
            switch target {
            case .oneCellAddress:
                for field in [CustomerField.addressLine1, .addressLine2, .locality, .region, .postalCode, .country] { columnOf[field] = header }
            case .field(let field): columnOf[field] = header
            case .ignore, .memo, .customField: break
            }
        }
        return columnOf
    }
}
