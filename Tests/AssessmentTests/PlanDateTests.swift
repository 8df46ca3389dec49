import Assessment
import Testing

@Suite struct PlanDateTests {
    @Test(arguments: ["2027-03-01", "2028-02-29", "2000-02-29", "2026-12-31", "1999-01-01", "9999-12-31"])
    func validDatesReadAndWriteTheSame(text: String) throws {
        let date = try #require(PlanDate(text))
        #expect(date.description == text)
        #expect(PlanDate(dayNumber: date.dayNumber) == date)
    }

    @Test(arguments: [
        "2027-02-29", "2100-02-29", "2027-04-31", "2027-13-01", "2027-00-10", "2027-01-00", "2027-1-1", "27-03-01",
        "2027/03/01", "2027-03-01T10:00:00Z", " 2027-03-01", "", "maart 2027", "0999-12-31", "２０２７-03-01",
    ])
    func invalidDatesAreRejected(text: String) {
        #expect(PlanDate(text) == nil)
    }

    @Test func dayNumbersCountFromTheEpoch() {
        #expect(planDate("1970-01-01").dayNumber == 0)
        #expect(planDate("1970-01-02").dayNumber == 1)
        #expect(planDate("1969-12-31").dayNumber == -1)
        #expect(planDate("2000-03-01").dayNumber == 11_017)
        #expect(planDate("2027-03-01").days(to: planDate("2027-02-28")) == -1)
        #expect(planDate("2028-02-28").adding(days: 1) == planDate("2028-02-29"))
        #expect(planDate("2027-12-31").adding(days: 1) == planDate("2028-01-01"))
    }

    @Test func everyDayOfFourCenturiesRoundTrips() {
        var previous = PlanDate(dayNumber: planDate("1900-01-01").dayNumber - 1)
        for number in planDate("1900-01-01").dayNumber...planDate("2300-01-01").dayNumber {
            let day = PlanDate(dayNumber: number)
            #expect(day.dayNumber == number)
            #expect(previous < day)
            #expect(PlanDate(day.description) == day)
            previous = day
        }
    }

    @Test(arguments: [
        ("1-3-2027", "2027-03-01"), ("01-03-2027", "2027-03-01"), ("31/12/2026", "2026-12-31"), ("2027/3/1", "2027-03-01"),
        ("1.3.2027", "2027-03-01"),
    ])
    func datesWrittenTheDutchWayGetASuggestion(text: String, suggested: String) {
        #expect(PlanDate.suggestion(for: text)?.description == suggested)
    }

    @Test(arguments: ["31-02-2027", "1-3-27", "maart", "2027-03", "1-2-3-2027"])
    func noSuggestionWithoutADay(text: String) {
        #expect(PlanDate.suggestion(for: text) == nil)
    }
}
