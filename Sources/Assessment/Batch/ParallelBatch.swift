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
public struct ParallelBatch: Sendable {
    /// Threads that transform items; 1 transforms them on the calling thread.
    public let threads: Int
    /// Items per window.
    public let window: Int

    public init(threads: Int = ParallelBatch.defaultThreads, window: Int = 64) {
        self.threads = max(1, threads)
        self.window = max(1, window)
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
        _ items: [Item], transform: @Sendable (Item) -> Output, consume: (Output) throws -> Void
    ) rethrows {
        try run(items, transform: { item, _ in transform(item) }, consume: consume)
    }

    /// Transforms every item, on several threads, and consumes the results in order;
    /// `transform` also gets the number of its worker, 0 up to `threads`, for state of its
    /// own. An error from `consume` stops the batch at once: no later result is consumed,
    /// and the error is thrown once the workers have finished the window they were on.
    public func run<Item: Sendable, Output: Sendable>(
        _ items: [Item], transform: @Sendable (Item, Int) -> Output, consume: (Output) throws -> Void
    ) rethrows {
        guard threads > 1, items.count > 1 else {
            for item in items { try consume(transform(item, 0)) }
            return
        }
        try withoutActuallyEscaping(transform) { transform in
            // While the calling thread consumes one window, the workers fill the next.
            var current = Round(items: items, range: 0..<min(window, items.count), threads: threads, transform: transform)
            defer { current.finish() }
            while true {
                current.finish()
                let end = current.range.upperBound
                let next = end < items.count
                    ? Round(items: items, range: end..<min(end + window, items.count), threads: threads, transform: transform)
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
