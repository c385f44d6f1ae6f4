import Foundation

/// What a document's own bytes say about it: an image's size in pixels, a PDF's page count.
public struct DocumentDetails: Equatable, Sendable {
    public var pixelWidth: Int?
    public var pixelHeight: Int?
    public var pageCount: Int?

    public init(pixelWidth: Int? = nil, pixelHeight: Int? = nil, pageCount: Int? = nil) {
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
        self.pageCount = pageCount
    }
}

/// Reads the few bytes of a document that give its details, never the whole image.
public enum DocumentInspector {
    /// What a PDF scan reads at most: the documents' own limit.
    static let pdfScanLimit = 20 * 1024 * 1024
    /// Segments a JPEG may have before its frame header; past that the file is taken as odd.
    static let jpegSegmentLimit = 4096

    /// Reads only what it needs: PNG IHDR, GIF logical screen size, JPEG SOFn (segments skipped by
    /// their lengths, through a FileHandle, bounded), a PDF's page count (from `pdfinfo` when it is on
    /// PATH — "Pages:" — else by scanning the file, at most 20 MB, for page objects `/Type /Page` not
    /// `/Pages`, else the root `/Count`). Never throws: an unreadable or odd file gives empty details.
    public static func details(ofFileAt path: String, type: AttachmentFileType, searchPath: String? = nil) -> DocumentDetails {
        guard let file = FileHandle(forReadingAtPath: path) else { return DocumentDetails() }
        defer { try? file.close() }
        switch type {
        case .png: return pngDetails(file)
        case .gif: return gifDetails(file)
        case .jpeg: return jpegDetails(file)
        case .pdf:
            if let pdfinfo = DocumentPreview.locate("pdfinfo", searchPath: searchPath),
               let pages = pdfinfoPageCount(pdfinfo, path: path) {
                return DocumentDetails(pageCount: pages)
            }
            return DocumentDetails(pageCount: scannedPageCount(file))
        }
    }

    static func read(_ file: FileHandle, _ count: Int) -> [UInt8]? {
        guard let data = try? file.read(upToCount: count), data.count == count else { return nil }
        return Array(data)
    }

    static func bigEndian(_ bytes: ArraySlice<UInt8>) -> Int { bytes.reduce(0) { $0 << 8 | Int($1) } }

    /// The signature, then the first chunk, which must be IHDR: width and height as 32-bit big-endian.
    static func pngDetails(_ file: FileHandle) -> DocumentDetails {
        guard let head = read(file, 24), head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
              Array(head[12..<16]) == Array("IHDR".utf8) else { return DocumentDetails() }
        let width = bigEndian(head[16..<20]), height = bigEndian(head[20..<24])
        guard width > 0, height > 0 else { return DocumentDetails() }
        return DocumentDetails(pixelWidth: width, pixelHeight: height)
    }

    /// "GIF87a"/"GIF89a", then the logical screen's width and height, 16-bit little-endian.
    static func gifDetails(_ file: FileHandle) -> DocumentDetails {
        guard let head = read(file, 10), head.starts(with: Array("GIF87a".utf8)) || head.starts(with: Array("GIF89a".utf8))
        else { return DocumentDetails() }
        let width = Int(head[6]) | Int(head[7]) << 8, height = Int(head[8]) | Int(head[9]) << 8
        guard width > 0, height > 0 else { return DocumentDetails() }
        return DocumentDetails(pixelWidth: width, pixelHeight: height)
    }

    /// Walks the segments from SOI, skipping each by its length, to the first frame header (SOF0–SOF15
    /// but DHT C4, JPG C8 and DAC CC): its height and width follow the precision byte.
    static func jpegDetails(_ file: FileHandle) -> DocumentDetails {
        guard let soi = read(file, 2), soi == [0xFF, 0xD8] else { return DocumentDetails() }
        var offset: UInt64 = 2
        for _ in 0..<jpegSegmentLimit {
            guard var marker = read(file, 2), marker[0] == 0xFF else { return DocumentDetails() }
            offset += 2
            // Fill bytes: any number of 0xFF before the marker's code.
            while marker[1] == 0xFF {
                guard let next = read(file, 1) else { return DocumentDetails() }
                marker[1] = next[0]
                offset += 1
            }
            let code = marker[1]
            if code == 0x01 || (0xD0...0xD7).contains(code) { continue }  // no length
            if code == 0xD9 || code == 0xDA { return DocumentDetails() }  // end, or scan data before any frame
            guard let lengthBytes = read(file, 2) else { return DocumentDetails() }
            let length = bigEndian(lengthBytes[...])
            guard length >= 2 else { return DocumentDetails() }
            if (0xC0...0xCF).contains(code), code != 0xC4, code != 0xC8, code != 0xCC {
                guard length >= 7, let frame = read(file, 5) else { return DocumentDetails() }
                let height = bigEndian(frame[1..<3]), width = bigEndian(frame[3..<5])
                guard width > 0, height > 0 else { return DocumentDetails() }
                return DocumentDetails(pixelWidth: width, pixelHeight: height)
            }
            offset += UInt64(length)
            do { try file.seek(toOffset: offset) } catch { return DocumentDetails() }
        }
        return DocumentDetails()
    }

    /// "Pages: N" from `pdfinfo FILE`, nil when it fails or does not say.
    static func pdfinfoPageCount(_ pdfinfo: String, path: String) -> Int? {
        let run = ToolRun(pdfinfo, [path], timeLimit: DocumentPreview.timeLimit)
        guard run.ending == .exited(0) else { return nil }
        for line in String(decoding: run.output, as: UTF8.self).split(whereSeparator: \.isNewline)
        where line.hasPrefix("Pages:") {
            return Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// Page objects counted in the first 20 MB (`/Type /Page`, not `/Pages`); else the largest
    /// `/Count` (the root of the page tree counts every page); nil when neither is there (page objects
    /// inside compressed object streams cannot be seen without inflating them).
    static func scannedPageCount(_ file: FileHandle) -> Int? {
        guard let bytes = (try? file.read(upToCount: pdfScanLimit)).map({ [UInt8]($0) }), !bytes.isEmpty else { return nil }
        let pages = pageObjectCount(bytes)
        if pages > 0 { return pages }
        return largestCount(bytes)
    }

    static func isPDFWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    /// Where `needle` occurs in `bytes`, one after another.
    static func occurrences(of needle: [UInt8], in bytes: [UInt8]) -> [Int] {
        guard !needle.isEmpty, bytes.count >= needle.count else { return [] }
        var found: [Int] = []
        var index = 0
        let first = needle[0], last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) {
                found.append(index)
                index += needle.count
            } else {
                index += 1
            }
        }
        return found
    }

    static func pageObjectCount(_ bytes: [UInt8]) -> Int {
        let type = Array("/Type".utf8), page = Array("/Page".utf8)
        var count = 0
        for start in occurrences(of: type, in: bytes) {
            var index = start + type.count
            while index < bytes.count, isPDFWhitespace(bytes[index]) { index += 1 }
            guard index + page.count <= bytes.count, bytes[index..<index + page.count].elementsEqual(page) else { continue }
            let after = index + page.count
            // "/Page" ends at a delimiter or whitespace; "/Pages" (a tree node) does not count.
            if after < bytes.count, !isPDFWhitespace(bytes[after]), !"/<>[]()%".utf8.contains(bytes[after]) { continue }
            count += 1
        }
        return count
    }

    static func largestCount(_ bytes: [UInt8]) -> Int? {
        let key = Array("/Count".utf8)
        var largest: Int?
        for start in occurrences(of: key, in: bytes) {
            var index = start + key.count
            while index < bytes.count, isPDFWhitespace(bytes[index]) { index += 1 }
            var value = 0, digits = 0
            while index < bytes.count, (0x30...0x39).contains(bytes[index]), digits < 9 {
                value = value * 10 + Int(bytes[index] - 0x30)
                digits += 1
                index += 1
            }
            if digits > 0, value > 0 { largest = max(largest ?? 0, value) }
        }
        return largest
    }
}
