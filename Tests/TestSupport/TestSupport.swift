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
}
