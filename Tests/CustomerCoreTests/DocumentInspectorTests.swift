import Foundation
import Testing
@testable import CustomerCore

/// A document's details come from its own few bytes (issue 13, point 7): an image's pixel size from
/// its header, a PDF's pages from `pdfinfo` or, without it, from its page objects.
@Suite struct DocumentInspectorTests {
    @Test func aPNGsSizeComesFromItsHeader() throws {
        let folder = try DocumentSamples.folder()
        let path = try DocumentSamples.write(DocumentSamples.png(width: 3, height: 2), named: "tiny.png", in: folder)
        #expect(DocumentInspector.details(ofFileAt: path, type: .png) == DocumentDetails(pixelWidth: 3, pixelHeight: 2))
        let wide = try DocumentSamples.write(DocumentSamples.png(width: 1_000, height: 1), named: "wide.png", in: folder)
        #expect(DocumentInspector.details(ofFileAt: wide, type: .png) == DocumentDetails(pixelWidth: 1_000, pixelHeight: 1))
    }

    @Test func aGIFsSizeIsItsLogicalScreen() throws {
        let path = try DocumentSamples.write(DocumentSamples.gif(width: 640, height: 480), named: "a.gif", in: DocumentSamples.folder())
        #expect(DocumentInspector.details(ofFileAt: path, type: .gif) == DocumentDetails(pixelWidth: 640, pixelHeight: 480))
    }

    @Test func aJPEGsSizeIsInItsFrameHeaderAfterSegmentsSkippedByTheirLengths() throws {
        let path = try DocumentSamples.write(DocumentSamples.jpeg(width: 1_024, height: 768), named: "a.jpg", in: DocumentSamples.folder())
        #expect(DocumentInspector.details(ofFileAt: path, type: .jpeg) == DocumentDetails(pixelWidth: 1_024, pixelHeight: 768))
    }

    @Test func aPDFsPagesComeFromPdfinfoOrFromItsPageObjects() throws {
        let folder = try DocumentSamples.folder()
        let path = try DocumentSamples.write(DocumentSamples.pdf(), named: "two.pdf", in: folder)
        #expect(DocumentPreview.locate("pdfinfo") != nil, "poppler-utils is installed here (scripts/install-deps)")
        #expect(DocumentInspector.details(ofFileAt: path, type: .pdf) == DocumentDetails(pageCount: 2))
        // Without pdfinfo: the page objects are counted ("/Type /Page" and "/Type/Page", never "/Pages").
        let empty = try DocumentSamples.folder()
        #expect(DocumentInspector.details(ofFileAt: path, type: .pdf, searchPath: empty.path) == DocumentDetails(pageCount: 2))
        // No page objects to see (they sit in compressed streams): the page tree's root /Count.
        let tree = try DocumentSamples.write(Data("%PDF-1.5\n1 0 obj << /Type /Pages /Kids [4 0 R 9 0 R] /Count 7 >> endobj\n2 0 obj << /Type /Pages /Count 3 >>\n".utf8),
                                             named: "tree.pdf", in: folder)
        #expect(DocumentInspector.details(ofFileAt: tree, type: .pdf, searchPath: empty.path) == DocumentDetails(pageCount: 7))
    }

    @Test func anOddOrMissingFileGivesEmptyDetails() throws {
        let folder = try DocumentSamples.folder()
        let junk = try DocumentSamples.write(Data("not an image at all".utf8), named: "junk", in: folder)
        let empty = try DocumentSamples.folder()
        for type in AttachmentFileType.allCases {
            #expect(DocumentInspector.details(ofFileAt: junk, type: type, searchPath: empty.path) == DocumentDetails(), "\(type)")
            #expect(DocumentInspector.details(ofFileAt: folder.appendingPathComponent("missing").path, type: type) == DocumentDetails())
        }
        // A PNG cut inside its header, a JPEG whose segments run past the end, a GIF of zero pixels.
        let cut = try DocumentSamples.write(DocumentSamples.png(width: 3, height: 2).prefix(20), named: "cut.png", in: folder)
        #expect(DocumentInspector.details(ofFileAt: cut, type: .png) == DocumentDetails())
        let jpeg = DocumentSamples.jpeg(width: 10, height: 10)
        let truncated = try DocumentSamples.write(jpeg.prefix(5_000), named: "cut.jpg", in: folder)
        #expect(DocumentInspector.details(ofFileAt: truncated, type: .jpeg) == DocumentDetails())
        let zero = try DocumentSamples.write(DocumentSamples.gif(width: 0, height: 0), named: "zero.gif", in: folder)
        #expect(DocumentInspector.details(ofFileAt: zero, type: .gif) == DocumentDetails())
        // pdfinfo refusing a broken PDF leaves the scan, which finds nothing.
        let broken = try DocumentSamples.write(Data("%PDF-1.4\ngarbage".utf8), named: "broken.pdf", in: folder)
        #expect(DocumentInspector.details(ofFileAt: broken, type: .pdf) == DocumentDetails())
    }
}
