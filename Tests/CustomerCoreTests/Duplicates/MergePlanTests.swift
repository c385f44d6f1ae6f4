import Foundation
import Testing
@testable import CustomerCore

@Suite struct MergePlanTests {
    let older = Date(timeIntervalSince1970: 1_700_000_000)
    let newer = Date(timeIntervalSince1970: 1_760_000_000)

    func card(_ id: CustomerID, _ customer: Customer, values: [Int64: CustomFieldValue] = [:], loyaltyPhone: String? = nil,
              documents: Int = 0) -> CustomerCard {
        var customer = customer
        customer.id = id
        let fields = [CustomFieldDefinition(id: 1, label: "Stylist", kind: .text), CustomFieldDefinition(id: 2, label: "VIP", kind: .yesNo)]
        let attachments = (0..<documents).map { Attachment(id: Int64($0), customerID: id, fileName: "\($0).png", fileType: .png, byteCount: 1,
                                                           contentHash: String(repeating: "a", count: 64), createdAt: older) }
        return CustomerCard(customer: customer, customFields: fields, customValues: values, attachments: attachments,
                            loyaltyAccount: loyaltyPhone.map { LoyaltyAccount(id: id, customerID: id, phoneE164: $0, balance: 10) })
    }

    @Test func theMostRecentlyUpdatedNonEmptyValueIsKeptByDefault() {
        let survivor = card(1, Customer(givenName: "Ana", familyName: "Silva", emailAddress: "old@example.com", memo: "Prefers mornings",
                                        createdAt: older, updatedAt: older))
        let absorbed = card(2, Customer(givenName: "Ana María", familyName: "Silva", emailAddress: "new@example.com", phoneNumber: "+1 415 555 0134",
                                        phoneE164: "+14155550134", createdAt: newer, updatedAt: newer))
        let plan = MergePlan(survivor: survivor, absorbed: absorbed)
        let merged = plan.mergedCustomer
        #expect(merged.id == 1)
        #expect(merged.givenName == "Ana María")
        #expect(merged.emailAddress == "new@example.com")
        #expect(merged.phoneE164 == "+14155550134")
        #expect(merged.memo == "Prefers mornings")  // the newer profile has none: the other's is kept
        #expect(merged.createdAt == older)
    }

    @Test func aChoiceInTheReviewChangesTheKeptValue() {
        var plan = MergePlan(survivor: card(1, Customer(givenName: "Ana", updatedAt: older)), absorbed: card(2, Customer(givenName: "Anna", updatedAt: newer)))
        #expect(plan.mergedCustomer.givenName == "Anna")
        let row = plan.rows.first { $0.label == "Given name" }!
        #expect(row.survivorText == "Ana" && row.absorbedText == "Anna" && row.chosen == .absorbed && row.differs)
        plan.choose(.survivor, for: row.target)
        #expect(plan.mergedCustomer.givenName == "Ana")
    }

    @Test func customFieldsAreReviewedAndMergedLikeTheOthers() {
        var plan = MergePlan(survivor: card(1, Customer(givenName: "Ana", updatedAt: newer), values: [1: .text("Inès")]),
                             absorbed: card(2, Customer(givenName: "Ana", updatedAt: older), values: [1: .text("Sam"), 2: .yesNo(true)]))
        #expect(plan.mergedCustomValues == [1: .text("Inès"), 2: .yesNo(true)])
        plan.choose(.absorbed, for: .customField(1))
        #expect(plan.mergedCustomValues == [1: .text("Sam"), 2: .yesNo(true)])
        #expect(plan.rows.map(\.label).suffix(2) == ["Stylist", "VIP"])
    }

    @Test func swappingTheSurvivorKeepsTheChosenValues() {
        var plan = MergePlan(survivor: card(1, Customer(givenName: "Ana", familyName: "Silva", updatedAt: older)),
                             absorbed: card(2, Customer(givenName: "Anna", familyName: "Silva", updatedAt: newer)))
        plan.swapSurvivor()
        #expect(plan.survivor.id == 2)
        #expect(plan.mergedCustomer.id == 2)
        #expect(plan.mergedCustomer.givenName == "Anna")
    }

    @Test func theLoyaltyPhoneFollowsTheKeptPhoneAndCanBeChosen() {
        var plan = MergePlan(
            survivor: card(1, Customer(givenName: "Ana", phoneNumber: "+14155550100", phoneE164: "+14155550100", updatedAt: older), loyaltyPhone: "+14155550100"),
            absorbed: card(2, Customer(givenName: "Ana", phoneNumber: "+14155550199", phoneE164: "+14155550199", updatedAt: newer), loyaltyPhone: "+14155550199"))
        #expect(plan.mergedLoyaltyPhone == "+14155550199")
        plan.choose(.survivor, for: .loyaltyPhone)
        #expect(plan.mergedLoyaltyPhone == "+14155550100")
        #expect(plan.rows.contains { $0.target == .loyaltyPhone })
    }

    @Test func documentsPastTheLimitAreCountedBeforeMerging() {
        let plan = MergePlan(survivor: card(1, Customer(givenName: "Ana"), documents: 70), absorbed: card(2, Customer(givenName: "Ana"), documents: 40))
        #expect(plan.exceedsAttachmentLimit)
        #expect(plan.attachmentsOverLimit == 10)
        #expect(plan.attachmentOverflow == nil)
    }
}
