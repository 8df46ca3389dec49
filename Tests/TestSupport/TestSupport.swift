/// Locates fixture files that live next to the tests using them.
public enum Fixtures {
    /// The absolute path of `name` inside the `Fixtures` folder beside the calling test file.
    ///
    /// Built from `#filePath`, so tests find their fixtures without bundle resources.
    public static func path(_ name: String, besides filePath: String = #filePath) -> String {
        var directory = filePath
        while let last = directory.last, last != "/" {
            directory.removeLast()
        }
        return directory + "Fixtures/" + name
    }

    /// The absolute path of `relative` inside the repository, found from this file's
    /// place in `Tests/TestSupport`.
    public static func repositoryPath(_ relative: String, besides filePath: String = #filePath) -> String {
        var path = filePath
        for _ in 0..<3 {
            while let last = path.last, last != "/" { path.removeLast() }
            path.removeLast()
        }
        return path + "/" + relative
    }
}
