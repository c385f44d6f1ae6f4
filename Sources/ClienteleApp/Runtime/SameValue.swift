/// Equality for values held as existentials (`any ModalContent`, `any StatusNote`,
/// `any ConfirmQuestion`): equal when `other` is of `value`'s own type and `==` says so. One
/// function for every protocol that refines `Equatable`.
func sameValue(_ value: any Equatable, _ other: Any) -> Bool {
    func compare<T: Equatable>(_ value: T) -> Bool { (other as? T) == value }
    return compare(value)
}
