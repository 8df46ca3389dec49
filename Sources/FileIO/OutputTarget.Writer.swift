import Diagnostics

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputTarget {
    /// Output written piece by piece that reaches its destination, whole, only on
    /// `commit()`; discarded (or dropped), it leaves the destination as it was.
    ///
    /// A file is written atomically; standard output, a device or a named pipe gets the
    /// output from a ``Spool`` once it is complete, so a command that fails half-way
    /// prints nothing.
    public final class Writer {
        private enum Sink {
            case file(AtomicFile.Stream)
            case spool(Spool, fd: Int32?, path: String)
        }

        private var sink: Sink
        private var done = false

        init(_ stream: AtomicFile.Stream) {
            sink = .file(stream)
        }

        init(spoolFor fd: Int32?, path: String) {
            sink = .spool(Spool(), fd: fd, path: path)
        }

        public func write(_ text: String) throws(FileError) {
            try write(Array(text.utf8))
        }

        public func write(_ bytes: [UInt8]) throws(FileError) {
            switch sink {
            case .file(let stream): try stream.write(bytes)
            case .spool(let spool, _, _): try spool.append(bytes)
            }
        }

        /// Puts the output in place.
        public func commit() throws(FileError) {
            guard !done else { return }
            done = true
            switch sink {
            case .file(let stream):
                try stream.commit()
            case .spool(let spool, let fd?, let path):
                try spool.copy(to: fd, path: path)
            case .spool(let spool, nil, let path):
                // Opened only now: a named pipe waits here for its reader, as `> fifo` does.
                let fd = posixOpen(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
                guard fd >= 0 else {
                    throw FileError(
                        .cannotCreate, path: path,
                        message: Message(nl: "kan niet openen om te schrijven: ", en: "cannot open for writing: ") + InputFile.describe(errno))
                }
                defer { close(fd) }
                // What was resolved as a device or pipe must still be one: a regular file put
                // in its place meanwhile would be written over without being truncated.
                var info = stat()
                guard fstat(fd, &info) == 0, info.st_mode & S_IFMT != S_IFREG else {
                    throw FileError(
                        .cannotCreate, path: path,
                        message: Message(
                            nl: "is een gewoon bestand geworden sinds het commando begon; er is niets geschreven",
                            en: "changed into a regular file since the command started; nothing was written"))
                }
                try spool.copy(to: fd, path: path)
            }
        }

        /// Drops the output; the destination is left as it was.
        public func discard() {
            guard !done else { return }
            done = true
            if case .file(let stream) = sink { stream.discard() }
        }
    }
}

/// The C `open`, named apart from `OutputTarget.open`.
private func posixOpen(_ path: String, _ flags: Int32) -> Int32 {
    open(path, flags)
}
