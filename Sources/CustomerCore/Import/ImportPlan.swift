import Foundation

/// Which group an import's profiles join (seed 000: a new group named for the import, by default).
public enum ImportGroupChoice: Hashable, Sendable, Codable {
    case newGroup(String)
    case existingGroup(String)
    case none
}

/// What an import will do: the columns' targets and the group. The wizard and `--map` edit it;
/// the store applies it in one transaction.
public struct ImportPlan: Hashable, Sendable {
    public var headers: [String]
    public var targets: [ImportTarget]
    public var group: ImportGroupChoice

    public init(headers: [String], targets: [ImportTarget]? = nil, group: ImportGroupChoice) {
        self.headers = headers
        self.targets = targets ?? ColumnMapping.automatic(headers: headers)
        self.group = group
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

    /// Labels of the custom fields the plan writes to.
    public var customFieldLabels: [String] {
        targets.compactMap { if case .customField(let label) = $0 { return label } else { return nil } }
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
    /// Existing custom field definitions by folded label (new ones are text fields).
    let definitions: [String: CustomFieldDefinition]

    public init(plan: ImportPlan, region: String, customFields: [CustomFieldDefinition]) {
        self.plan = plan
        self.validator = CustomerValidator(region: region)
        definitions = Dictionary(customFields.map { (SearchFolding.fold($0.label), $0) }, uniquingKeysWith: { first, _ in first })
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
        switch validator.validated(customer) {
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
