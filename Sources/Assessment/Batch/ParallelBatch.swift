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
/// output is the same as one file at a time. The workers run at most `window` items ahead
/// of the calling thread, so memory holds at most that many results however many files
/// there are.
public struct ParallelBatch: Sendable {
    /// Threads that transform items; 1 transforms them on the calling thread.
    public let threads: Int
    /// How many results may wait to be consumed.
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
    /// own. An error from `consume` stops the batch: workers finish the item in hand and
    /// take no more, and the error is thrown once they have.
    public func run<Item: Sendable, Output: Sendable>(
        _ items: [Item], transform: @Sendable (Item, Int) -> Output, consume: (Output) throws -> Void
    ) rethrows {
        guard threads > 1, items.count > 1 else {
            for item in items { try consume(transform(item, 0)) }
            return
        }
        try withoutActuallyEscaping(transform) { transform in
            let pipeline = Pipeline(items: items, window: min(window, items.count), transform: transform)
            let workers = DispatchGroup()
            for worker in 0..<min(threads, items.count) {
                DispatchQueue.global().async(group: workers) { pipeline.work(as: worker) }
            }
            defer {
                pipeline.stop()
                workers.wait()
            }
            for index in items.indices {
                try consume(pipeline.take(index))
            }
        }
    }
}

/// The shared state of one batch: which item is next, the results waiting in a ring of
/// `window` slots, and the semaphores that keep workers and the consumer in step.
///
/// A worker takes a free slot before it claims the next item, so at most `window` items
/// are claimed and not yet consumed, and item `i` always finds slot `i % window` empty.
private final class Pipeline<Item: Sendable, Output: Sendable>: @unchecked Sendable {
    private let items: [Item]
    private let transform: @Sendable (Item, Int) -> Output
    private let window: Int
    private let slots: UnsafeMutablePointer<Output?>
    /// Signalled when the result in a slot is ready.
    private let ready: [DispatchSemaphore]
    /// Counts the slots workers may fill.
    private let free: DispatchSemaphore
    private let claim = DispatchSemaphore(value: 1)
    private var next = 0
    private var stopped = false

    init(items: [Item], window: Int, transform: @escaping @Sendable (Item, Int) -> Output) {
        self.items = items
        self.window = window
        self.transform = transform
        slots = .allocate(capacity: window)
        slots.initialize(repeating: nil, count: window)
        ready = (0..<window).map { _ in DispatchSemaphore(value: 0) }
        free = DispatchSemaphore(value: window)
    }

    deinit {
        slots.deinitialize(count: window)
        slots.deallocate()
    }

    /// Transforms items until none are left or the batch stops.
    func work(as worker: Int) {
        while true {
            free.wait()
            claim.wait()
            let index = next
            next += 1
            let done = stopped || index >= items.count
            claim.signal()
            if done {
                // Leave the slot for another worker that may still be waiting.
                free.signal()
                return
            }
            slots[index % window] = transform(items[index], worker)
            ready[index % window].signal()
        }
    }

    /// The result of item `index`, waiting until it is ready; items are taken in order.
    func take(_ index: Int) -> Output {
        ready[index % window].wait()
        let output = slots[index % window].take()!
        free.signal()
        return output
    }

    /// Lets every worker finish: no more items are claimed, and waiting workers wake.
    func stop() {
        claim.wait()
        stopped = true
        claim.signal()
        for _ in 0..<window { free.signal() }
    }
}
