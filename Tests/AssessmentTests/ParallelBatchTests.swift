import Assessment
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Batch work spreads over threads but comes back whole and in order.
@Suite struct ParallelBatchTests {
    @Test(arguments: [1, 2, 3, 8], [1, 5, 64])
    func everyResultComesBackOnceInOrder(threads: Int, window: Int) {
        let items = Array(0..<203)
        var seen: [Int] = []
        ParallelBatch(threads: threads, window: window).run(items) {
            $0 * $0
        } consume: {
            seen.append($0)
        }
        #expect(seen == items.map { $0 * $0 })
    }

    @Test func workIsDoneOnSeveralThreads() {
        let threads = Mutex<Set<String>>([])
        ParallelBatch(threads: 4, window: 64).run(Array(0..<64)) { _ in
            // Each item waits (a second at most) until a second thread has joined.
            threads.withLock { _ = $0.insert("\(pthread_self())") }
            for _ in 0..<1000 where threads.withLock({ $0.count }) < 2 { usleep(1000) }
            return 0
        } consume: { _ in
        }
        #expect(threads.withLock { $0.count } > 1)
    }

    @Test func anErrorWhileConsumingStopsTheBatch() {
        struct Stop: Error {}
        var consumed = 0
        #expect(throws: Stop.self) {
            try ParallelBatch(threads: 2, window: 4).run(Array(0..<20)) {
                $0
            } consume: { item in
                consumed += 1
                if item == 5 { throw Stop() }
            }
        }
        #expect(consumed == 6)
    }

    @Test func noItemsIsNoWork() {
        var consumed = 0
        ParallelBatch(threads: 4).run([Int]()) {
            $0
        } consume: { _ in
            consumed += 1
        }
        #expect(consumed == 0)
    }

    @Test func itemsOverTheBudgetAreTransformedOneAtATime() {
        let running = Mutex((now: 0, most: 0))
        var seen: [Int] = []
        // Each item costs 10 of a budget of 15: never two at once, however many threads.
        ParallelBatch(threads: 4, window: 64, budget: 15).run(Array(0..<12), cost: { _ in 10 }) { item in
            running.withLock {
                $0.now += 1; $0.most = max($0.most, $0.now)
            }
            usleep(2000)
            running.withLock { $0.now -= 1 }
            return item
        } consume: {
            seen.append($0)
        }
        #expect(seen == Array(0..<12))
        #expect(running.withLock { $0.most } == 1)
    }

    @Test func cheapItemsStillShareAWindow() {
        let threads = Mutex<Set<String>>([])
        ParallelBatch(threads: 4, window: 64, budget: 100).run(Array(0..<64), cost: { _ in 1 }) { _ in
            threads.withLock { _ = $0.insert("\(pthread_self())") }
            for _ in 0..<1000 where threads.withLock({ $0.count }) < 2 { usleep(1000) }
            return 0
        } consume: { _ in
        }
        #expect(threads.withLock { $0.count } > 1)
    }

    @Test func theFileSizeIsItsCost() {
        #expect(ParallelBatch.fileSize(#filePath) > 1_000)
        #expect(ParallelBatch.fileSize("/nonexistent/waarborg") == 0)
    }
}
