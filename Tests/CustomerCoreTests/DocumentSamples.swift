import Foundation

/// Small documents written byte by byte for the inspector and preview tests: a real PNG (stored
/// deflate blocks, its CRC-32 and Adler-32 computed here), a GIF header, a JPEG's segments, a
/// two-page PDF with text on its first page.
enum DocumentSamples {
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return b << 16 | a
    }

    static func bigEndian32(_ value: UInt32) -> [UInt8] { [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) } }

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian32(UInt32(data.count)) + body + bigEndian32(crc32(body))
    }

    /// A `width`×`height` RGB PNG: a red, green and blue stripe pattern, zlib with one stored block.
    static func png(width: Int, height: Int) -> Data {
        var raw: [UInt8] = []
        for y in 0..<height {
            raw.append(0)  // filter: none
            for x in 0..<width {
                let colours: [[UInt8]] = [[255, 0, 0], [0, 255, 0], [0, 0, 255], [255, 255, 255]]
                raw += colours[(x + y) % colours.count]
            }
        }
        let length = UInt16(raw.count)
        let zlib: [UInt8] = [0x78, 0x01, 0x01, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            + raw + bigEndian32(adler32(raw))
        let header = bigEndian32(UInt32(width)) + bigEndian32(UInt32(height)) + [8, 2, 0, 0, 0]  // 8-bit RGB
        return Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header) + chunk("IDAT", zlib) + chunk("IEND", []))
    }

    /// A GIF's header and logical screen descriptor, then the trailer.
    static func gif(width: Int, height: Int) -> Data {
        Data(Array("GIF89a".utf8) + [UInt8(width & 0xFF), UInt8(width >> 8), UInt8(height & 0xFF), UInt8(height >> 8), 0, 0, 0, 0x3B])
    }

    static func segment(_ code: UInt8, _ payload: [UInt8]) -> [UInt8] {
        let length = payload.count + 2
        return [0xFF, code, UInt8(length >> 8), UInt8(length & 0xFF)] + payload
    }

    /// SOI, APP0 (JFIF), a large APP1 and a DHT that must be skipped by their lengths, SOF0, EOI.
    static func jpeg(width: Int, height: Int) -> Data {
        let app0 = segment(0xE0, Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0])
        // An APP1 whose content looks like a frame header, to prove it is skipped, not read.
        let app1 = segment(0xE1, [UInt8](repeating: 0xC0, count: 40_000))
        let dht = segment(0xC4, [0x00] + [UInt8](repeating: 0, count: 16))
        let sof0 = segment(0xC0, [8, UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8), UInt8(width & 0xFF),
                                  3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1])
        return Data([0xFF, 0xD8] + app0 + app1 + dht + [0xFF] + sof0 + [0xFF, 0xD9])
    }

    /// A PDF of two pages; the first says `text` in Helvetica. Offsets in the xref table are real.
    static func pdf(text: String = "Hello Clientele") -> Data {
        let content = "BT /F1 18 Tf 30 100 Td (\(text)) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 6 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type/Page/Parent 2 0 R/MediaBox [0 0 300 200]/Resources << >> >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var file = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(file.utf8.count)
            file += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = file.utf8.count
        file += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { file += String(format: "%010d 00000 n \n", offset) }
        file += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(file.utf8)
    }

    /// A fresh folder under the temporary directory, and a file written in it.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-doc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ data: Data, named name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    /// An executable shell script named `name` in `folder` (a stand-in for a tool, found through `searchPath`).
    static func script(_ body: String, named name: String, in folder: URL) throws -> String {
        let path = try write(Data(("#!/bin/sh\n" + body + "\n").utf8), named: name, in: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }
}
