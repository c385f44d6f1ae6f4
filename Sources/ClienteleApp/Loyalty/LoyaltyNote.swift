import CustomerCore

/// Status messages about loyalty.
public enum LoyaltyNote: StatusNote {
    case enrolled
    case adjusted(Int)
    case redeemed(String)

    public var isError: Bool { false }

    public var text: String {
        switch self {
        case .enrolled: AppText.current.loyaltyEnrolled
        case .adjusted(let points): AppText.current.loyaltyAdjusted(points)
        case .redeemed(let reward): AppText.current.loyaltyRedeemed(reward)
        }
    }
}

/// Questions about loyalty.
public enum LoyaltyQuestion: ConfirmQuestion {
    case redeem(LoyaltyReward, balance: Int)

    public var title: String { AppText.current.redeemTitle }

    public var message: String {
        switch self {
        case .redeem(let reward, let balance): AppText.current.redeemMessage(reward.name, reward.pointsCost, balance)
        }
    }
}
