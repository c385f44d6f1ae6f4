import Foundation
import Testing
@testable import CustomerCore

/// What a refused file really is, from its first bytes (the words of `Refusal.unsupportedType`).
@Suite struct ContentSnifferTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test(arguments: [
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0], "a ZIP archive (also .docx, .xlsx, .odt)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0], "a Word 97–2003 document"),
        (bytes("RIFF") + [0x24, 0, 0, 0] + bytes("WEBPVP8 "), "a WebP image"),
        ([0, 0, 0, 0x18] + bytes("ftypheic") + [0, 0, 0, 0], "a HEIC image"),
        ([0, 0, 0, 0x18] + bytes("ftypmp42") + [0, 0, 0, 0], "an MP4 video"),
        ([0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0], "a TIFF image"),
        ([0x4D, 0x4D, 0x00, 0x2A, 0, 0, 0, 8], "a TIFF image"),
        (bytes("BM") + Array(repeating: 0, count: 20), "a BMP image"),
        ([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0], "an executable"),
        (bytes("MZ") + [0x90, 0, 3, 0], "an executable"),
        (bytes("#!/bin/sh\necho hi\n"), "an executable"),
        (bytes("Dear Ana,\nyour appointment is on Friday.\n"), "plain text"),
        (bytes("Café Olé — ñandú"), "plain text"),
        (bytes("<!DOCTYPE html><html><body>hi</body></html>"), "an HTML page"),
        (bytes("\n  <html lang=\"fr\">"), "an HTML page"),
        ([0x00, 0x01, 0x02, 0xFE, 0xFF, 0x80, 0x00, 0x10], "unknown content"),
        (bytes("%PDF-1.7\n"), "a PDF file"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG file"),
        ([], "an empty file"),
    ] as [([UInt8], String)])
    func theFirstBytesSayWhatAFileIs(_ head: [UInt8], _ expected: String) {
        #expect(ContentSniffer.describe(head) == expected)
    }

    @Test func textCutInTheMiddleOfACharacterIsStillText() {
        let text = Array("Réservation".utf8)
        #expect(ContentSniffer.describe(Array(text.prefix(2))) == "plain text")  // "R" and half of "é"
    }

    @Test func theRefusalSaysTheRuleTheTypeAndTheSize() {
        let refusal = AttachmentRules.Refusal.unsupportedType(fileName: "cv.pdf", content: .word97, bytes: 48_128)
        #expect(refusal.description == "“cv.pdf” is a Word 97–2003 document of 47.0 KB, not a PDF, JPEG, GIF or PNG file (checked from its content)")
        let large = AttachmentRules.Refusal.tooLarge(fileName: "film.png", bytes: 2 << 30, content: .accepted(.png))
        #expect(large.description == "“film.png” (a PNG file) is 2.0 GB; a document may be at most 20 MB")
    }
}
