/// Count, mean, lowest, highest and spread of a set of values, gathered one at a time.
///
/// The standard deviation is the population one: the respondents of a board are the
/// whole group that is described, not a sample of it.
public struct Statistics: Sendable, Hashable {
    public private(set) var count = 0
    public private(set) var min: Double?
    public private(set) var max: Double?
    private var sum = 0.0
    private var sumOfSquares = 0.0

    public init() {}

    public init(_ values: some Sequence<Double>) {
        for value in values { add(value) }
    }

    public mutating func add(_ value: Double) {
        guard value.isFinite else { return }
        count += 1
        sum += value
        sumOfSquares += value * value
        min = Swift.min(min ?? value, value)
        max = Swift.max(max ?? value, value)
    }

    public var mean: Double? { count > 0 ? sum / Double(count) : nil }

    public var standardDeviation: Double? {
        guard let mean else { return nil }
        return (Swift.max(0, sumOfSquares / Double(count) - mean * mean)).squareRoot()
    }

    /// Highest minus lowest.
    public var range: Double? {
        guard let min, let max else { return nil }
        return max - min
    }
}
