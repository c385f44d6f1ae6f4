/// The fields of a profile, for validation messages, forms, import mapping and merge review.
public enum CustomerField: String, CaseIterable, Sendable, Codable, Hashable {
    case givenName, familyName, nickname, companyName, emailAddress, phoneNumber
    case addressLine1, addressLine2, locality, region, postalCode, country
    case birthday, referenceID, memo, emailSubscription, status

    /// The label a person reads, as in Square's forms.
    public var label: String {
        switch self {
        case .givenName: "Given name"
        case .familyName: "Family name"
        case .nickname: "Nickname"
        case .companyName: "Company"
        case .emailAddress: "Email"
        case .phoneNumber: "Phone"
        case .addressLine1: "Address line 1"
        case .addressLine2: "Address line 2"
        case .locality: "City"
        case .region: "State/region"
        case .postalCode: "Postal code"
        case .country: "Country"
        case .birthday: "Birthday"
        case .referenceID: "Reference ID"
        case .memo: "Memo"
        case .emailSubscription: "Email subscription"
        case .status: "Status"
        }
    }

    /// Square's length limits (characters); nil where Square sets none.
    public var maximumLength: Int? {
        switch self {
        case .givenName, .familyName: 300
        case .companyName: 500
        case .nickname: 100
        case .emailAddress: 254
        case .referenceID: 100
        case .memo: 10_000
        case .addressLine1, .addressLine2, .locality, .region: 300
        case .postalCode: 20
        case .country: 60
        default: nil
        }
    }

    /// Fields whose text is free-form and so goes through the sensitive-data guard.
    public var isFreeText: Bool {
        switch self {
        case .emailSubscription, .status, .birthday, .phoneNumber: false
        default: true
        }
    }

    /// Reads the field as text from a customer.
    public func text(of customer: Customer) -> String {
        switch self {
        case .givenName: customer.givenName
        case .familyName: customer.familyName
        case .nickname: customer.nickname
        case .companyName: customer.companyName
        case .emailAddress: customer.emailAddress
        case .phoneNumber: customer.phoneNumber
        case .addressLine1: customer.address.line1
        case .addressLine2: customer.address.line2
        case .locality: customer.address.locality
        case .region: customer.address.region
        case .postalCode: customer.address.postalCode
        case .country: customer.address.country
        case .birthday: customer.birthday?.description ?? ""
        case .referenceID: customer.referenceID
        case .memo: customer.memo
        case .emailSubscription: customer.emailSubscription.label
        case .status: customer.status.label
        }
    }

    /// Writes a text value into the plain text fields (not birthday, subscription or status, which are typed).
    public func setText(_ value: String, on customer: inout Customer) {
        switch self {
        case .givenName: customer.givenName = value
        case .familyName: customer.familyName = value
        case .nickname: customer.nickname = value
        case .companyName: customer.companyName = value
        case .emailAddress: customer.emailAddress = value
        case .phoneNumber: customer.phoneNumber = value
        case .addressLine1: customer.address.line1 = value
        case .addressLine2: customer.address.line2 = value
        case .locality: customer.address.locality = value
        case .region: customer.address.region = value
        case .postalCode: customer.address.postalCode = value
        case .country: customer.address.country = value
        case .referenceID: customer.referenceID = value
        case .memo: customer.memo = value
        case .birthday, .emailSubscription, .status: break
        }
    }
}
