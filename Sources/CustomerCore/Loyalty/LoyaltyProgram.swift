import Foundation

/// The shop's loyalty program (seed 002): points per visit or per amount spent, and rewards.
public struct LoyaltyProgram: Hashable, Sendable, Codable {
    public enum Accrual: Hashable, Sendable, Codable {
        case perVisit(points: Int)
        /// `points` for every `amountMinor` spent, in the shop's currency.
        case perAmount(points: Int, amountMinor: Int64)
    }

    public var name: String
    public var accrual: Accrual
    public var rewards: [LoyaltyReward]

    public init(name: String, accrual: Accrual, rewards: [LoyaltyReward] = []) {
        self.name = name
        self.accrual = accrual
        self.rewards = rewards
    }

    /// Points a visit earns: whole units of spend only, never rounded up.
    public func pointsEarned(forSpendMinor spend: Int64) -> Int {
        switch accrual {
        case .perVisit(let points): points
        case .perAmount(let points, let amount): amount > 0 ? Int(spend / amount) * points : 0
        }
    }
}

/// A reward tier and its cost in points.
public struct LoyaltyReward: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64?
    public var name: String
    public var pointsCost: Int

    public init(id: Int64? = nil, name: String, pointsCost: Int) {
        self.id = id
        self.name = name
        self.pointsCost = pointsCost
    }
}

/// A customer's membership, enrolled by phone number.
public struct LoyaltyAccount: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64?
    public var customerID: CustomerID
    public var phoneE164: String
    public var enrolledAt: Date
    /// Sum of the ledger; kept by the store in the same transaction as each entry.
    public var balance: Int

    public init(id: Int64? = nil, customerID: CustomerID, phoneE164: String, enrolledAt: Date = Date(), balance: Int = 0) {
        self.id = id
        self.customerID = customerID
        self.phoneE164 = phoneE164
        self.enrolledAt = enrolledAt
        self.balance = balance
    }
}

/// One line of the loyalty activity log.
public struct LoyaltyEntry: Hashable, Sendable, Codable, Identifiable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case enrolled, earned, redeemed, adjusted, merged

        public var label: String {
            switch self {
            case .enrolled: "Enrolled"
            case .earned: "Points earned"
            case .redeemed: "Reward redeemed"
            case .adjusted: "Adjusted"
            case .merged: "Merged"
            }
        }
    }

    public var id: Int64?
    public var accountID: Int64
    public var kind: Kind
    /// Signed change to the balance.
    public var points: Int
    /// Required for manual adjustments (seed 002); the reward's name for a redemption.
    public var reason: String
    public var createdAt: Date

    public init(id: Int64? = nil, accountID: Int64, kind: Kind, points: Int, reason: String = "", createdAt: Date = Date()) {
        self.id = id
        self.accountID = accountID
        self.kind = kind
        self.points = points
        self.reason = reason
        self.createdAt = createdAt
    }

    /// Checks the entry against the balance it would apply to.
    public func issues(currentBalance: Int) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let reasonText = reason.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .adjusted:
            if reasonText.isEmpty { issues.append(ValidationIssue(fieldLabel: "Reason", message: "an adjustment needs a reason")) }
            if points == 0 { issues.append(ValidationIssue(fieldLabel: "Points", message: "an adjustment must add or remove points")) }
        case .earned:
            if points <= 0 { issues.append(ValidationIssue(fieldLabel: "Points", message: "earned points must be positive")) }
        case .redeemed:
            if points >= 0 { issues.append(ValidationIssue(fieldLabel: "Points", message: "a redemption removes points")) }
        case .enrolled, .merged:
            break
        }
        if currentBalance + points < 0 {
            issues.append(ValidationIssue(fieldLabel: "Points",
                message: "the balance is \(currentBalance) points; it cannot go below zero"))
        }
        if let finding = SensitiveDataGuard.scan(reasonText) { issues.append(ValidationIssue(fieldLabel: "Reason", problem: ValidationProblem(finding))) }
        return issues
    }
}
