import CustomerCore
import Foundation
import TerminalCore

/// A customer's loyalty membership (ctrl+l on the card): points, the program's rewards, the
/// activity log. e enrols by the profile's phone, r redeems the selected reward (asks first; never
/// below zero), j adjusts by a value with a required reason.
public struct LoyaltyState: ModalContent {
    public let customerID: CustomerID
    public let customerName: String
    public var program: LoyaltyProgram?
    public var account: LoyaltyAccount?
    public var entries: [LoyaltyEntry] = []
    public var isLoading = true
    public var selectedReward = 0
    public var problems: [ValidationIssue] = []

    public init(customerID: CustomerID, customerName: String) {
        self.customerID = customerID
        self.customerName = customerName
    }

    public var scope: KeyScope { .loyalty }

    var rewards: [LoyaltyReward] { (program?.rewards ?? []).sorted { $0.pointsCost < $1.pointsCost } }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .loyalty(let action)? = action else { return .stay }
        problems = []
        switch action {
        case .moveDown: selectedReward = min(max(0, rewards.count - 1), selectedReward + 1)
        case .moveUp: selectedReward = max(0, selectedReward - 1)
        case .enroll:
            guard account == nil else { return .stay }
            return .stay([.loyalty(.enroll(customerID))])
        case .redeem:
            guard let account, let accountID = account.id, rewards.indices.contains(selectedReward) else { return .stay }
            let reward = rewards[selectedReward]
            let entry = LoyaltyEntry(accountID: accountID, kind: .redeemed, points: -reward.pointsCost, reason: reward.name)
            app.modals.push(ConfirmState(LoyaltyQuestion.redeem(reward, balance: account.balance),
                                         onYes: ConfirmYes(effects: [.loyalty(.record(customerID, entry, .redeemed(reward.name)))])))
        case .adjust:
            guard let accountID = account?.id else { return .stay }
            app.modals.push(LoyaltyAdjustState(customerID: customerID, accountID: accountID))
        case .cancelModal: return .close
        }
        return .stay
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        let theme = context.theme, text = AppText.current
        let inner = context.popup(text.loyaltyTitle(customerName), width: min(screen.width, 84), height: min(screen.height, 26), in: screen, on: &buffer)
            .inset(horizontal: 1, vertical: 0)
        var y = inner.y
        func line(_ words: String, _ role: ThemeRole = .text) {
            for part in Paragraph.wrap(words, width: inner.width) where y < inner.maxY - 1 {
                buffer.write(part, at: Point(x: inner.x, y: y), style: theme[role], maxWidth: inner.width)
                y += 1
            }
        }
        guard !isLoading else { line(text.loading, .muted); return nil }
        if let program {
            let perUnit = if case .perAmount(_, let amount) = program.accrual { amount == Money.minorUnitsPerUnit(of: context.state.shopCurrency) } else { false }
            line(program.name + " · " + text.loyaltyRule(program.accrual, perUnit), .muted)
        } else {
            line(text.noLoyaltyProgram, .muted)
        }
        y += 1
        if let account {
            line(text.loyaltyBalance(account.balance, account.phoneE164), .title)
        } else {
            line(text.notEnrolledYet, .alert)
        }
        for problem in problems { line("⚠ " + text.validationMessage(problem.problem), .error) }
        y += 1
        if !rewards.isEmpty {
            line(text.rewardsHeading, .header)
            for (index, reward) in rewards.enumerated() where y < inner.maxY - 1 {
                let affordable = (account?.balance ?? 0) >= reward.pointsCost
                let selected = index == selectedReward
                let style = selected ? theme[.selection] : theme[affordable ? .text : .muted]
                if selected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: style) }
                buffer.write("  " + DisplayWidth.pad(reward.name, toWidth: 40) + text.pointsCost(reward.pointsCost), at: Point(x: inner.x, y: y), style: style, maxWidth: inner.width)
                y += 1
            }
            y += 1
        }
        line(text.loyaltyActivity, .header)
        if entries.isEmpty { line("  " + text.noLoyaltyActivity, .muted) }
        for entry in entries where y < inner.maxY - 1 {
            let points = entry.points == 0 ? "" : (entry.points > 0 ? "+\(entry.points)" : "\(entry.points)")
            buffer.write("  \(DateText.short(entry.createdAt))  \(DisplayWidth.pad(text.words.loyaltyKind(entry.kind), toWidth: 16))\(DisplayWidth.pad(points, toWidth: 7))\(entry.reason)",
                         at: Point(x: inner.x, y: y), style: theme[.text], maxWidth: inner.width)
            y += 1
        }
        buffer.write(account == nil ? text.loyaltyFooterNotEnrolled : text.loyaltyFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        return nil
    }
}
