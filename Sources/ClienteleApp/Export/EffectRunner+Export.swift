import CustomerCore
import CustomerStore
import Foundation

/// Writing an export: to a `.partial` file renamed over the destination once complete.
extension EffectRunner {
    func perform(_ effect: ExportEffect) throws -> [Msg] {
        switch effect {
        case .write(let format, let filter, let path): return [try export(format: format, filter: filter, path: path)]
        }
    }

    func export(format: ExportFormat, filter: DirectoryFilter, path rawPath: String) throws -> Msg {
        let path = PathCompletion.expand(rawPath)
        let partial = path + ".partial"
        guard FileManager.default.createFile(atPath: partial, contents: nil), let handle = FileHandle(forWritingAtPath: partial) else {
            return .export(.cannotWrite(path: path))
        }
        do {
            let count = try DirectoryExporter(store: store).export(format: DirectoryExporter.Format(rawValue: format.rawValue)!, filter: filter,
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

