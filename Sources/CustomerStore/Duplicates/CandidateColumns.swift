import Foundation
import GRDB

/// Where a block query's columns are (`candidateColumns` and its `block_key`), found by name once
/// for the whole scan.
struct CandidateColumns {
    let id, givenName, familyName, addressKey, addressLine, postalCode, blockKey: Int

    init(_ row: Row) {
        let positions = ColumnPositions(row)
        id = positions["id"]; givenName = positions["given_name"]; familyName = positions["family_name"]
        addressKey = positions["address_key"]; addressLine = positions["address_line1"]; postalCode = positions["postal_code"]
        blockKey = positions["block_key"]
    }
}
