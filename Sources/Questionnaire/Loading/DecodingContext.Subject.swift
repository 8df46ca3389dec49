public import Diagnostics

extension DecodingContext {
    /// What a read is about, as messages name it: a key such as `title`, the same in both
    /// languages, or a phrase such as "a theme" / "een thema".
    ///
    /// A string literal is a key; a phrase is written in both languages.
    public struct Subject: Hashable, Sendable, ExpressibleByStringLiteral {
        public var message: Message

        public init(stringLiteral key: String) {
            self.message = .verbatim(key)
        }

        public init(_ message: Message) {
            self.message = message
        }

        public init(nl: String, en: String) {
            self.message = Message(nl: nl, en: en)
        }

        /// A key whose name is only known at run time.
        public static func key(_ name: String) -> Subject {
            Subject(.verbatim(name))
        }

        public var nl: String { message.nl }
        public var en: String { message.en }
    }
}
