extension Int {
    /// The number in decimal with zeros in front up to `count` digits ("0042"); the last `count`
    /// digits when it has more. Phone lines, postal codes, dates and Reference IDs are all
    /// fixed-width digits; String(format:) would go through Foundation's varargs formatter for each.
    func zeroPadded(_ count: Int) -> String {
        var text = String(self)
        if text.count > count { text = String(text.suffix(count)) }
        return String(repeating: "0", count: count - text.count) + text
    }
}
