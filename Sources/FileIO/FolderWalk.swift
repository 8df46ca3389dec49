import Diagnostics

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The files in a folder and its subfolders, the one way the program walks folders.
///
/// The walk is depth first in name order, so the same tree always gives the same list;
/// hidden entries (a name starting with `.`) are left out. It never follows a symbolic
/// link to a folder: links back to their own folder would make the walk exponential, and
/// a link out of the folder would read files the user did not name. A link to a regular
/// file is read only when the file it leads to lies inside the walked folder. The walk is
/// bounded in depth and in the number of entries it looks at.
public struct FolderWalk: Sendable {
    /// How many levels of subfolders are entered: 0 lists the folder alone.
    public var maximumDepth: Int
    /// The most entries (files and folders) looked at before the walk gives up with an error.
    public var maximumEntries: Int
    /// Which file names are wanted, such as those ending in `.yaml`.
    public var wanted: @Sendable (String) -> Bool

    /// The default bound on the entries looked at: a million, far above any real folder.
    public static let defaultMaximumEntries = 1_000_000

    public init(
        maximumDepth: Int, maximumEntries: Int = defaultMaximumEntries, wanted: @escaping @Sendable (String) -> Bool
    ) {
        self.maximumDepth = maximumDepth
        self.maximumEntries = maximumEntries
        self.wanted = wanted
    }

    /// Whether a file name ends in `.yaml` or `.yml`.
    public static func isYAML(_ name: String) -> Bool {
        name.hasSuffix(".yaml") || name.hasSuffix(".yml")
    }

    /// The wanted files under `folder`, as paths starting with `folder`.
    ///
    /// A folder that cannot be listed, at any depth, ends the walk with its error; so does
    /// passing ``maximumEntries``.
    public func files(in folder: String) throws(FileError) -> [String] {
        guard let root = Self.realPath(folder) else { throw InputFile.openError(folder, errno: errno) }
        var files: [String] = []
        var seen = 0
        try walk(folder, depth: 0, root: root, seen: &seen, into: &files)
        return files
    }

    private func walk(_ folder: String, depth: Int, root: String, seen: inout Int, into files: inout [String]) throws(FileError) {
        for name in try InputFile.list(folder) {
            seen += 1
            guard seen <= maximumEntries else {
                throw FileError(
                    .noInput, path: folder,
                    message: Message(
                        nl: "meer dan \(maximumEntries) items in de mappen; noem een kleinere map",
                        en: "more than \(maximumEntries) entries in the folders; name a smaller folder"))
            }
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                if depth < maximumDepth { try walk(path, depth: depth + 1, root: root, seen: &seen, into: &files) }
            case S_IFLNK:
                if wanted(name), Self.leadsToFile(path, inside: root) { files.append(path) }
            default:
                if wanted(name) { files.append(path) }
            }
        }
    }

    /// Whether the link at `path` leads, through any number of links, to a regular file
    /// inside the folder whose real path is `root`.
    private static func leadsToFile(_ path: String, inside root: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, let target = realPath(path) else { return false }
        return target.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// The absolute path without links, `.` or `..`, or nil (with `errno` set).
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
