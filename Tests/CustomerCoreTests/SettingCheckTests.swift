import Testing
@testable import CustomerCore

/// The one check of a setting's value, which the command line and the settings screen share.
@Suite struct SettingCheckTests {
    func check(_ key: SettingKey, _ value: String) -> Result<String, SettingRefusal> {
        SettingCheck.checked(key, value, themes: ["default", "dark"])
    }

    @Test func valuesAreStoredInTheirOneSpelling() {
        #expect(check(.region, " fr ") == .success("FR"))
        #expect(check(.currency, "mxn") == .success("MXN"))
        #expect(check(.language, "ES") == .success("es"))
        #expect(check(.reminderPresets, "1d, 2w") == .success("1d,2w"))
        #expect(check(.theme, "dark") == .success("dark"))
        #expect(check(.theme, "./mine.theme") == .success("./mine.theme"), "a path is the shop's own file")
    }

    @Test func whatIsNotOneIsRefusedSayingWhy() {
        #expect(check(.region, "XX") == .failure(.unknownRegion("XX")))
        #expect(check(.currency, "euros") == .failure(.notACurrency("euros")))
        #expect(check(.currency, "ABC") == .failure(.notACurrency("ABC")), "three letters, but no currency")
        guard case .failure(let refusal) = check(.currency, "EUO") else { Issue.record("an unknown currency kept"); return }
        #expect(refusal.description.contains("EUR") && refusal.description.contains("MXN"), "the valid codes are listed")
        #expect(check(.shopEmail, "shop@localhost") == .failure(.notAnAddress("shop@localhost")))
        #expect(check(.shopEmail, "a@b.example, c@d.example") == .failure(.notAnAddress("a@b.example, c@d.example")))
        #expect(check(.language, "de") == .failure(.unknownLanguage("de")))
        #expect(check(.theme, "neon") == .failure(.unknownTheme("neon", ["default", "dark"])))
        #expect(check(.shopName, "  ") == .failure(.empty))
        #expect(check(.shopName, "Salon\u{1B}[31m") == .failure(.controlCharacter(multiline: false)))
        guard case .failure(.sensitive) = check(.mailCommand, "msmtp --pan 4111 1111 1111 1111") else { Issue.record("a card number kept"); return }
    }

    @Test func aTemplateKeepsItsLinesButNoOtherControlAndNoUnknownPlaceholder() {
        #expect(check(.invitationTemplate, "Hi {name}\r\n\r\nCome back.\n") == .success("Hi {name}\n\nCome back."))
        #expect(check(.invitationTemplate, "Hi\n\nBell\u{07}") == .failure(.controlCharacter(multiline: true)))
        guard case .failure(.template(let why)) = check(.chargeTemplate, "Paid {amout}\n\nThanks") else { Issue.record("a typo kept"); return }
        #expect(why.contains("{amout}"))
    }

    @Test func aRewardListIsReadLineByLine() throws {
        #expect(try LoyaltyRewardList.parse("Coffee = 100\n\n  Cake=250 ").get().map(\.pointsCost) == [100, 250])
        #expect(throws: LoyaltyRewardListProblem(line: 2, text: "Cake 250", kind: .notAReward)) { try LoyaltyRewardList.parse("Coffee = 100\nCake 250").get() }
        #expect(throws: LoyaltyRewardListProblem(line: 2, text: "coffee = 5", kind: .twice)) { try LoyaltyRewardList.parse("Coffee = 100\ncoffee = 5").get() }
        #expect(throws: LoyaltyRewardListProblem(line: 1, text: "Free = 0", kind: .notAReward)) { try LoyaltyRewardList.parse("Free = 0").get() }
    }
}
