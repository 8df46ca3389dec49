import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Headless Chromium driven through its DevTools protocol over a pipe
/// (`--remote-debugging-pipe`: commands go to the browser's descriptor 3, replies and
/// events come from its descriptor 4, each a JSON text ended by a NUL byte).
///
/// No network port is opened, no WebDriver is needed; every host name resolves to nothing,
/// so a page that tried to load anything would get nothing, and the network log shows it.
public final class HeadlessBrowser {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The Chromium program, when installed (`apt-get install chromium`).
    public static let executable = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    private let pid: pid_t
    private let commands: Int32
    private let replies: Int32
    private var buffer: [UInt8] = []
    private var nextID = 1
    /// Every event received, in order: `method`, `params` and `sessionId`.
    public private(set) var events: [[String: Any]] = []
    private var session: String?

    /// Starts the browser with its profile in `folder` and downloads going to `downloads`.
    public init(folder: String, downloads: String? = nil) throws {
        guard let executable = Self.executable else { throw Failure(description: "chromium is not installed") }
        var toBrowser: [Int32] = [0, 0], fromBrowser: [Int32] = [0, 0]
        guard pipe(&toBrowser) == 0, pipe(&fromBrowser) == 0 else { throw Failure(description: "cannot make pipes") }
        // Above 4, so that putting them at 3 and 4 in the child never meets itself.
        func high(_ fd: Int32) -> Int32 {
            let moved = fcntl(fd, F_DUPFD_CLOEXEC, 10)
            close(fd)
            return moved
        }
        toBrowser = toBrowser.map(high)
        fromBrowser = fromBrowser.map(high)
        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, folder + "/chromium.log", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, toBrowser[0], 3)
        posix_spawn_file_actions_adddup2(&actions, fromBrowser[1], 4)
        let arguments = [
            executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--no-default-browser-check", "--user-data-dir=\(folder)/profile", "--host-resolver-rules=MAP * ~NOTFOUND",
            "--remote-debugging-pipe", "about:blank",
        ]
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let environment = ["PATH=/usr/bin:/bin", "HOME=\(folder)", "LANG=C.UTF-8"]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        close(toBrowser[0])
        close(fromBrowser[1])
        guard spawned == 0 else {
            close(toBrowser[1])
            close(fromBrowser[0])
            throw Failure(description: "cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        self.pid = pid
        commands = toBrowser[1]
        replies = fromBrowser[0]
        if let downloads {
            _ = try send(
                "Browser.setDownloadBehavior", ["behavior": "allowAndName", "downloadPath": downloads, "eventsEnabled": true], inSession: false)
        }
    }

    deinit {
        close(commands)
        close(replies)
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    /// Opens `url` in a new page, with the network log on, and waits until it has loaded.
    public func open(_ url: String) throws {
        let target = try send("Target.createTarget", ["url": "about:blank"], inSession: false)
        guard let targetID = target["targetId"] as? String else { throw Failure(description: "no target: \(target)") }
        let attached = try send("Target.attachToTarget", ["targetId": targetID, "flatten": true], inSession: false)
        guard let session = attached["sessionId"] as? String else { throw Failure(description: "not attached: \(attached)") }
        self.session = session
        _ = try send("Page.enable")
        _ = try send("Network.enable")
        _ = try send("Runtime.enable")
        try navigate(url)
    }

    /// Loads `url` in the open page and waits for its load event.
    public func navigate(_ url: String) throws {
        let seen = events.count
        _ = try send("Page.navigate", ["url": url])
        try waitForEvent("Page.loadEventFired", after: seen)
    }

    /// Reloads the page and waits for its load event.
    public func reload() throws {
        let seen = events.count
        _ = try send("Page.reload")
        try waitForEvent("Page.loadEventFired", after: seen)
    }

    /// The value of a JavaScript expression in the page, as JSON gives it back (a promise
    /// is awaited); an exception thrown in the page is a failure.
    @discardableResult
    public func evaluate(_ expression: String) throws -> Any? {
        let result = try send("Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true])
        if let exception = result["exceptionDetails"] as? [String: Any] {
            let text = ((exception["exception"] as? [String: Any])?["description"] as? String) ?? "\(exception)"
            throw Failure(description: "the page threw: \(text)")
        }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// The expression's value as a string; a failure when it is not one.
    public func string(_ expression: String) throws -> String {
        guard let value = try evaluate(expression) as? String else { throw Failure(description: "not a string: \(expression)") }
        return value
    }

    /// The addresses the page asked for, in order (the network log).
    public var requests: [String] {
        events.compactMap { event in
            guard event["method"] as? String == "Network.requestWillBeSent" else { return nil }
            return ((event["params"] as? [String: Any])?["request"] as? [String: Any])?["url"] as? String
        }
    }

    /// Waits until a download has completed and returns its file name's place in the
    /// downloads folder (the browser names it by its guid).
    public func waitForDownload(seconds: Double = 30) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            for event in events where event["method"] as? String == "Browser.downloadProgress" {
                let params = event["params"] as? [String: Any] ?? [:]
                if params["state"] as? String == "completed", let guid = params["guid"] as? String { return guid }
                if params["state"] as? String == "canceled" { throw Failure(description: "the download was canceled") }
            }
            try receive(until: deadline)
        }
        throw Failure(description: "no download completed within \(seconds) s")
    }

    /// Sends a command and returns its result; events that arrive meanwhile are kept.
    @discardableResult
    public func send(_ method: String, _ parameters: [String: Any] = [:], inSession: Bool = true, seconds: Double = 60) throws -> [String: Any] {
        let id = nextID
        nextID += 1
        var message: [String: Any] = ["id": id, "method": method, "params": parameters]
        if inSession, let session { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(commands, $0.baseAddress, $0.count) }
            guard count > 0 else { throw Failure(description: "the browser stopped reading") }
            written += count
        }
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if let index = pendingReplies.firstIndex(where: { $0["id"] as? Int == id }) {
                let reply = pendingReplies.remove(at: index)
                if let error = reply["error"] { throw Failure(description: "\(method): \(error)") }
                return reply["result"] as? [String: Any] ?? [:]
            }
            try receive(until: deadline)
        }
    }

    private var pendingReplies: [[String: Any]] = []

    private func waitForEvent(_ method: String, after index: Int, seconds: Double = 60) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while !events[index...].contains(where: { $0["method"] as? String == method }) {
            try receive(until: deadline)
        }
    }

    /// Reads what the browser has written, up to the deadline, and files each message.
    private func receive(until deadline: Date) throws {
        let wait = deadline.timeIntervalSinceNow
        guard wait > 0 else { throw Failure(description: "the browser did not answer in time") }
        var poller = pollfd(fd: replies, events: Int16(POLLIN), revents: 0)
        let ready = poll(&poller, 1, Int32(min(wait, 1) * 1000))
        guard ready > 0 else { return }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let count = chunk.withUnsafeMutableBytes { read(replies, $0.baseAddress, $0.count) }
        guard count > 0 else { throw Failure(description: "the browser ended") }
        buffer += chunk[..<count]
        while let end = buffer.firstIndex(of: 0) {
            let message = Array(buffer[..<end])
            buffer.removeSubrange(...end)
            guard let object = try JSONSerialization.jsonObject(with: Data(message)) as? [String: Any] else { continue }
            if object["id"] != nil {
                pendingReplies.append(object)
            } else {
                events.append(object)
            }
        }
    }
}
