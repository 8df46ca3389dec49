import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Works through many items on several threads and hands the results back in order.
///
/// Batch commands read, check and assess each answers file on its own, which spreads over
/// the machine's cores; what they do with the results (printing diagnostics, adding to a
/// board, writing a report) stays on the calling thread, in the order of the files, so
/// output is the same as one file at a time. Items go a window at a time: while the
/// calling thread consumes one window's results, the workers transform the next, so memory
/// holds at most two windows of results however many files there are.
///
/// A window also ends before its items' cost (their files' bytes) passes ``budget``, so the
/// memory in use follows the bytes being read, not the number of cores: four files of
/// 16 MiB are read one after the other, a thousand small ones still side by side.
public struct ParallelBatch: Sendable {
    /// Threads that transform items; 1 transforms them on the calling thread.
    public let threads: Int
    /// Items per window.
    public let window: Int
    /// The most cost (bytes of input) in one window; an item that costs more goes alone.
    public let budget: Int

    /// The size of the largest YAML document (`YAMLLimits.maxBytes`): one file that large
    /// is read at a time, and it takes about ten times its size while it is read.
    public static let defaultBudget = 16 << 20

    public init(threads: Int = ParallelBatch.defaultThreads, window: Int = 64, budget: Int = ParallelBatch.defaultBudget) {
        self.threads = max(1, threads)
        self.window = max(1, window)
        self.budget = max(1, budget)
    }

    /// The size in bytes of the file at `path`, or 0 when it cannot be found: the cost of
    /// reading it, for `run`.
    public static func fileSize(_ path: String) -> Int {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return 0 }
        return Int(info.st_size)
    }

    /// The processors online, at most 8; `WAARBORG_JOBS` sets another number (1 for none).
    public static var defaultThreads: Int {
        if let text = getenv("WAARBORG_JOBS").map({ String(cString: $0) }), let jobs = Int(text), jobs > 0 {
            return min(jobs, 64)
        }
        return min(8, max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// Transforms every item, on several threads, and consumes the results in order.
    public func run<Item: Sendable, Output: Sendable>(
        _ items: [Item], cost: (Item) -> Int = { _ in 0 }, transform: @Sendable (Item) -> Output,
        consume: (Output) throws -> Void
    ) rethrows {
        try run(items, cost: cost, transform: { item, _ in transform(item) }, consume: consume)
    }

    /// Transforms every item, on several threads, and consumes the results in order;
    /// `transform` also gets the number of its worker, 0 up to `threads`, for state of its
    /// own. An error from `consume` stops the batch at once: no later result is consumed,
    /// and the error is thrown once the workers have finished the window they were on.
    /// `cost` is what an item takes to transform, in bytes of input (see ``budget``).
    public func run<Item: Sendable, Output: Sendable>(
        _ items: [Item], cost: (Item) -> Int = { _ in 0 }, transform: @Sendable (Item, Int) -> Output,
        consume: (Output) throws -> Void
    ) rethrows {
        guard threads > 1, items.count > 1 else {
            for item in items { try consume(transform(item, 0)) }
            return
        }
        // The end of the window that starts at `start`: at most `window` items, and no more
        // than one once their cost passes the budget.
        func windowEnd(from start: Int) -> Int {
            var end = start
            var spent = 0
            while end < items.count, end - start < window {
                let (sum, overflow) = spent.addingReportingOverflow(max(0, cost(items[end])))
                if end > start, overflow || sum > budget { break }
                spent = overflow ? .max : sum
                end += 1
            }
            return end
        }
        try withoutActuallyEscaping(transform) { transform in
            // While the calling thread consumes one window, the workers fill the next.
            var current = Round(items: items, range: 0..<windowEnd(from: 0), threads: threads, transform: transform)
            defer { current.finish() }
            while true {
                current.finish()
                let end = current.range.upperBound
                let next =
                    end < items.count
                    ? Round(items: items, range: end..<windowEnd(from: end), threads: threads, transform: transform)
                    : nil
                let outputs = current.outputs()
                if let next { current = next }
                for output in outputs { try consume(output) }
                if next == nil { return }
            }
        }
    }
}

/// One window of items transformed in the background by several workers.
private struct Round<Item: Sendable, Output: Sendable> {
    let range: Range<Int>
    private let slots: Slots<Output>
    private let group = DispatchGroup()

    init(items: [Item], range: Range<Int>, threads: Int, transform: @escaping @Sendable (Item, Int) -> Output) {
        self.range = range
        let slots = Slots<Output>(count: range.count)
        self.slots = slots
        let workers = min(threads, range.count)
        DispatchQueue.global().async(group: group) {
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: range.lowerBound + worker, to: range.upperBound, by: workers) {
                    slots.store(transform(items[index], worker), at: index - range.lowerBound)
                }
            }
        }
    }

    /// Waits until every item of the round is transformed.
    func finish() {
        group.wait()
    }

    /// The results in order, once the round is finished.
    func outputs() -> [Output] {
        slots.take()
    }
}

/// One result slot per item of a round; each slot is written by one thread only, and read
/// after every thread has finished.
private final class Slots<Output>: @unchecked Sendable {
    private let outputs: UnsafeMutablePointer<Output?>
    private let count: Int

    init(count: Int) {
        self.count = count
        outputs = .allocate(capacity: count)
        outputs.initialize(repeating: nil, count: count)
    }

    deinit {
        outputs.deinitialize(count: count)
        outputs.deallocate()
    }

    func store(_ output: Output, at index: Int) {
        outputs[index] = output
    }

    func take() -> [Output] {
        (0..<count).map { outputs[$0].take()! }
    }
}
