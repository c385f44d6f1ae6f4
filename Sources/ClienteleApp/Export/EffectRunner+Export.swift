import CustomerCore
import Foundation

/// Writing an export: to a `.partial` file renamed over the destination once complete.
extension EffectRunner {
    func perform(_ effect: ExportEffect) throws -> [Msg] {
        switch effect {
        case .write(let format, let filter, let rawPath, let overwrite):
            let path = PathCompletion.expand(rawPath)
            var isFolder: ObjCBool = false
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
                return [.export(.noFolder(path: path))]
            }
            if FileManager.default.fileExists(atPath: path), !overwrite { return [.export(.fileExists(path: path))] }
            return [try export(format: format, filter: filter, path: path)]
        }
    }

    func export(format: ExportFormat, filter: DirectoryFilter, path rawPath: String) throws -> Msg {
        let path = PathCompletion.expand(rawPath)
        let partial = path + ".partial"
        guard FileManager.default.createFile(atPath: partial, contents: nil), let handle = FileHandle(forWritingAtPath: partial) else {
            return .export(.cannotWrite(path: path))
        }
        do {
            let count = try store.exports.export(format: DirectoryExportFormat(rawValue: format.rawValue)!, filter: filter, groupName: nil,
                                                 now: clock(), to: handle)
            try handle.close()
            _ = try? FileManager.default.removeItem(atPath: path)
            try FileManager.default.moveItem(atPath: partial, toPath: path)
            return .export(.exported(count: count, path: path))
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }
}

