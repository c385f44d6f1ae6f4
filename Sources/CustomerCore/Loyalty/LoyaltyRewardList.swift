import Foundation

/// The reward tiers as a person types them in the settings screen, one per line: "Free coffee = 100"
/// (or "Free coffee=100"), read back into rewards, or the first line that is not one.
public enum LoyaltyRewardList {
    public static func parse(_ text: String) -> Result<[LoyaltyReward], LoyaltyRewardListProblem> {
        var rewards: [LoyaltyReward] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            guard let equals = line.lastIndex(of: "="), let points = Int(line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)), points > 0,
                  case let name = line[..<equals].trimmingCharacters(in: .whitespaces), !name.isEmpty else {
                return .failure(LoyaltyRewardListProblem(line: index + 1, text: line, kind: .notAReward))
            }
            if rewards.contains(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) {
                return .failure(LoyaltyRewardListProblem(line: index + 1, text: line, kind: .twice))
            }
            if SensitiveDataGuard.scan(name) != nil { return .failure(LoyaltyRewardListProblem(line: index + 1, text: line, kind: .sensitive)) }
            rewards.append(LoyaltyReward(name: name, pointsCost: points))
        }
        return .success(rewards)
    }

    /// The rewards as the screen shows them for editing.
    public static func text(_ rewards: [LoyaltyReward]) -> String {
        rewards.sorted { $0.pointsCost < $1.pointsCost }.map { "\($0.name) = \($0.pointsCost)" }.joined(separator: "\n")
    }
}

/// A line of the reward list that cannot be read.
public struct LoyaltyRewardListProblem: Error, Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case notAReward, twice, sensitive }
    public let line: Int
    public let text: String
    public let kind: Kind
}
