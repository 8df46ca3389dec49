/// Folder names of paths, as the shell would see them.
public enum PathText {
    /// The folder a path is in: `questionnaires/waarborg-2` of
    /// `questionnaires/waarborg-2/1.0.0.yaml`, `.` of a bare name.
    public static func parent(of path: String) -> String {
        var trimmed = path
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        let folder = String(trimmed[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    /// The last part of a path: `set.yaml` of `questionnaires/set.yaml`.
    public static func name(of path: String) -> String {
        var trimmed = path
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        return trimmed.lastIndex(of: "/").map { String(trimmed[trimmed.index(after: $0)...]) } ?? trimmed
    }
}
