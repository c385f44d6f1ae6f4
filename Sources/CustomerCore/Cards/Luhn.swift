/// The Luhn (mod 10) check that every payment card number passes.
public enum Luhn {
    public static func isValid<C: Collection>(digits: C) -> Bool where C.Element == UInt8 {
        guard !digits.isEmpty else { return false }
        var sum = 0
        for (index, digit) in digits.reversed().enumerated() {
            var value = Int(digit)
            if index % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0
    }

    public static func isValid(_ number: String) -> Bool {
        let digits = number.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }.map { $0 - 0x30 }
        return isValid(digits: digits)
    }
}
