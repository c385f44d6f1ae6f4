import Foundation

/// "name.pdf", then "name (1).pdf", "name (2).pdf"…: the names a file written into a person's
/// folder takes, in order, so that nothing already there is overwritten.
public enum NumberedFileName {
    public static func candidate(_ fileName: String, _ counter: Int) -> String {
        guard counter > 0 else { return fileName }
        let name = fileName as NSString
        let stem = name.deletingPathExtension, ext = name.pathExtension
        return "\(stem) (\(counter))" + (ext.isEmpty ? "" : ".\(ext)")
    }
}
