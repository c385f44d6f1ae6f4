import Foundation

/// Which of the two profiles a merged value comes from.
public enum MergeSide: String, Hashable, Sendable, Codable {
    case survivor, absorbed

    public var other: MergeSide { self == .survivor ? .absorbed : .survivor }
}

/// A field of the profile as the merge review shows it: the address travels whole, so a
/// merged profile never gets the street of one and the city of the other.
public enum MergeField: String, CaseIterable, Hashable, Sendable, Codable {
    case givenName, familyName, nickname, companyName, emailAddress, phoneNumber, address
    case birthday, referenceID, memo, emailSubscription, status

    /// The profile field this is, for all but the address (which travels whole).
    var customerField: CustomerField? {
        switch self {
        case .address: nil
        case .givenName: .givenName
        case .familyName: .familyName
        case .nickname: .nickname
        case .companyName: .companyName
        case .emailAddress: .emailAddress
        case .phoneNumber: .phoneNumber
        case .birthday: .birthday
        case .referenceID: .referenceID
        case .memo: .memo
        case .emailSubscription: .emailSubscription
        case .status: .status
        }
    }

    public var label: String { customerField?.label ?? "Address" }

    /// The value as a person reads it ("" when empty, and an unknown subscription counts as empty).
    public func text(of customer: Customer) -> String {
        switch self {
        case .address: customer.address.singleLine
        case .emailSubscription: customer.emailSubscription == .unknown ? "" : customer.emailSubscription.label
        default: customerField?.text(of: customer) ?? ""
        }
    }

    /// Copies this field from `source` into `target`; the typed ones (phone with its E.164,
    /// birthday, subscription, status, address) as values, the rest as text.
    public func copy(from source: Customer, into target: inout Customer) {
        switch self {
        case .phoneNumber:
            target.phoneNumber = source.phoneNumber
            target.phoneE164 = source.phoneE164
        case .address: target.address = source.address
        case .birthday: target.birthday = source.birthday
        case .emailSubscription: target.emailSubscription = source.emailSubscription
        case .status: target.status = source.status
        default: customerField.map { $0.setText($0.text(of: source), on: &target) }
        }
    }
}

/// What to do when the two profiles together hold more documents than a profile may (100).
public enum AttachmentOverflowChoice: String, Hashable, Sendable, Codable {
    /// Keep the newest 100; the older ones stay in the merge's record and come back on undo.
    case keepNewest
}

/// A merge of two profiles as the review left it (PRODUCT §5): which profile survives (it
/// keeps its id), which value each field keeps, the loyalty phone, and what to do with
/// documents past the limit. The store applies it in one transaction.
public struct MergePlan: Hashable, Sendable, Codable {
    /// Both profiles as they were loaded; the store refuses the plan if either changed since.
    public private(set) var survivor: Customer
    public private(set) var absorbed: Customer
    public private(set) var survivorCustomValues: [Int64: CustomFieldValue]
    public private(set) var absorbedCustomValues: [Int64: CustomFieldValue]
    /// Custom fields that exist, in display order (their labels for the review).
    public private(set) var customFields: [CustomFieldDefinition]
    public var fieldChoices: [MergeField: MergeSide]
    public var customFieldChoices: [Int64: MergeSide]
    /// The loyalty accounts' phones, when enrolled; the merged account keeps `loyaltyPhoneSide`'s.
    public private(set) var survivorLoyaltyPhone: String?
    public private(set) var absorbedLoyaltyPhone: String?
    public var loyaltyPhoneSide: MergeSide
    public private(set) var survivorAttachmentCount: Int
    public private(set) var absorbedAttachmentCount: Int
    /// Must be set before applying when the documents together pass the limit.
    public var attachmentOverflow: AttachmentOverflowChoice?

    /// The plan the review opens with: every field takes the most recently updated non-empty
    /// value; the survivor is `survivor` (callers pass the older profile unless told otherwise).
    public init(survivor: CustomerCard, absorbed: CustomerCard) {
        self.survivor = survivor.customer
        self.absorbed = absorbed.customer
        survivorCustomValues = survivor.customValues
        absorbedCustomValues = absorbed.customValues
        customFields = survivor.customFields
        survivorLoyaltyPhone = survivor.loyaltyAccount?.phoneE164
        absorbedLoyaltyPhone = absorbed.loyaltyAccount?.phoneE164
        survivorAttachmentCount = survivor.attachments.count
        absorbedAttachmentCount = absorbed.attachments.count
        fieldChoices = [:]
        customFieldChoices = [:]
        loyaltyPhoneSide = survivorLoyaltyPhone != nil ? .survivor : .absorbed
        resetChoices()
    }

    /// The side whose profile was saved last: its non-empty values win by default.
    public var newerSide: MergeSide { absorbed.updatedAt > survivor.updatedAt ? .absorbed : .survivor }

    /// Every choice back to the default.
    public mutating func resetChoices() {
        let newer = newerSide
        for field in MergeField.allCases {
            let preferred = field.text(of: customer(newer)), fallback = field.text(of: customer(newer.other))
            fieldChoices[field] = !preferred.isEmpty || fallback.isEmpty ? newer : newer.other
        }
        for field in customFields {
            guard let id = field.id else { continue }
            customFieldChoices[id] = customValues(newer)[id] != nil || customValues(newer.other)[id] == nil ? newer : newer.other
        }
        if survivorLoyaltyPhone != nil, absorbedLoyaltyPhone != nil {
            // The loyalty phone follows the phone the profile keeps, when it is one of the two.
            let keptPhone = customer(fieldChoices[.phoneNumber] ?? .survivor).phoneE164
            loyaltyPhoneSide = keptPhone == absorbedLoyaltyPhone && keptPhone != survivorLoyaltyPhone ? .absorbed : .survivor
        }
    }

    /// The other profile survives instead; choices are kept on the same values.
    public mutating func swapSurvivor() {
        swap(&survivor, &absorbed)
        swap(&survivorCustomValues, &absorbedCustomValues)
        swap(&survivorLoyaltyPhone, &absorbedLoyaltyPhone)
        swap(&survivorAttachmentCount, &absorbedAttachmentCount)
        fieldChoices = fieldChoices.mapValues(\.other)
        customFieldChoices = customFieldChoices.mapValues(\.other)
        loyaltyPhoneSide = loyaltyPhoneSide.other
        if survivorLoyaltyPhone == nil || absorbedLoyaltyPhone == nil {
            loyaltyPhoneSide = survivorLoyaltyPhone != nil ? .survivor : .absorbed
        }
    }

    public func customer(_ side: MergeSide) -> Customer { side == .survivor ? survivor : absorbed }
    public func customValues(_ side: MergeSide) -> [Int64: CustomFieldValue] {
        side == .survivor ? survivorCustomValues : absorbedCustomValues
    }

    /// The survivor as it will be saved: its id, the chosen values, the earliest creation date.
    public var mergedCustomer: Customer {
        var merged = survivor
        for field in MergeField.allCases where fieldChoices[field] == .absorbed {
            field.copy(from: absorbed, into: &merged)
        }
        merged.createdAt = min(survivor.createdAt, absorbed.createdAt)
        merged.lastActivityAt = [survivor.lastActivityAt, absorbed.lastActivityAt].compactMap { $0 }.max()
        return merged
    }

    /// The survivor's custom values after the merge.
    public var mergedCustomValues: [Int64: CustomFieldValue] {
        var merged: [Int64: CustomFieldValue] = [:]
        for id in Set(survivorCustomValues.keys).union(absorbedCustomValues.keys) {
            let side = customFieldChoices[id] ?? (survivorCustomValues[id] != nil ? .survivor : .absorbed)
            if let value = customValues(side)[id] ?? customValues(side.other)[id] { merged[id] = value }
        }
        return merged
    }

    /// The loyalty account's phone after the merge (nil when neither is enrolled).
    public var mergedLoyaltyPhone: String? {
        loyaltyPhoneSide == .survivor ? (survivorLoyaltyPhone ?? absorbedLoyaltyPhone) : (absorbedLoyaltyPhone ?? survivorLoyaltyPhone)
    }

    /// Documents of both profiles together pass the per-profile limit.
    public var exceedsAttachmentLimit: Bool {
        survivorAttachmentCount + absorbedAttachmentCount > AttachmentRules.maximumFilesPerCustomer
    }

    /// How many documents "keep the newest" would leave in the merge's record.
    public var attachmentsOverLimit: Int {
        max(0, survivorAttachmentCount + absorbedAttachmentCount - AttachmentRules.maximumFilesPerCustomer)
    }

    /// The review's lines: each field with both values and the side kept; fields empty on both
    /// sides are left out. Custom fields follow the built-in ones.
    public var rows: [MergeReviewRow] {
        var rows: [MergeReviewRow] = []
        for field in MergeField.allCases {
            let left = field.text(of: survivor), right = field.text(of: absorbed)
            if left.isEmpty && right.isEmpty { continue }
            rows.append(MergeReviewRow(target: .field(field), label: field.label, survivorText: left, absorbedText: right,
                                       chosen: fieldChoices[field] ?? .survivor))
        }
        for field in customFields {
            guard let id = field.id else { continue }
            let left = survivorCustomValues[id]?.displayText ?? "", right = absorbedCustomValues[id]?.displayText ?? ""
            if left.isEmpty && right.isEmpty { continue }
            rows.append(MergeReviewRow(target: .customField(id), label: field.label, survivorText: left, absorbedText: right,
                                       chosen: customFieldChoices[id] ?? .survivor))
        }
        if let left = survivorLoyaltyPhone, let right = absorbedLoyaltyPhone, left != right {
            rows.append(MergeReviewRow(target: .loyaltyPhone, label: "Loyalty phone", survivorText: left, absorbedText: right,
                                       chosen: loyaltyPhoneSide))
        }
        return rows
    }

    /// Keeps `side`'s value for the row's field.
    public mutating func choose(_ side: MergeSide, for target: MergeReviewRow.Target) {
        switch target {
        case .field(let field): fieldChoices[field] = side
        case .customField(let id): customFieldChoices[id] = side
        case .loyaltyPhone: loyaltyPhoneSide = side
        }
    }
}

/// One line of the merge review: a field, both values, and which is kept.
public struct MergeReviewRow: Hashable, Sendable {
    public enum Target: Hashable, Sendable {
        case field(MergeField)
        case customField(Int64)
        case loyaltyPhone
    }

    public var target: Target
    public var label: String
    public var survivorText: String
    public var absorbedText: String
    public var chosen: MergeSide

    /// The two values differ (the ones a person has to look at).
    public var differs: Bool { survivorText != absorbedText }
}
