import Foundation

/// Copies of fixture files owned by whoever runs the tests.
///
/// `FileManager.copyItem` also copies the owner of each file, which fails with "Operation
/// not permitted" when the tests run as a user other than the owner of the checkout.
enum FileTree {
    /// Copies the file or folder tree at `source` to `destination`: contents only, folders
    /// with mode 755 and files with mode 644.
    static func copy(_ source: String, to destination: String) throws {
        guard InputFileKind.isDirectory(source) else {
            guard
                FileManager.default.createFile(
                    atPath: destination, contents: try Data(contentsOf: URL(fileURLWithPath: source)), attributes: [.posixPermissions: 0o644])
            else { throw WatchedProcess.SpawnError(message: "cannot create \(destination)") }
            return
        }
        try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
        for name in try FileManager.default.contentsOfDirectory(atPath: source).sorted() {
            try copy(source + "/" + name, to: destination + "/" + name)
        }
    }
}
