// Tests for analyse/dates.h: every Dutch date form plans use, exact byte spans, and the
// look-alikes that must not be dates (impossible days, phone numbers, amounts, periods, versions).
#include "analyse/dates.h"

#include <gtest/gtest.h>

#include <string>

namespace opcheck::analyse {
namespace {

// The single mention in `text`, rendered as "offset+length=iso" so failures show everything.
std::string only(std::string_view text, std::optional<int> context_year = std::nullopt) {
  auto found = find_dates(text, context_year);
  if (found.size() != 1) return "aantal=" + std::to_string(found.size());
  const auto& m = found[0];
  return std::to_string(m.offset) + "+" + std::to_string(m.length) + "=" + to_iso(m.value);
}

TEST(Dates, ToIsoFollowsPrecision) {
  EXPECT_EQ(to_iso({2014, 3, 12, Precision::day}), "2014-03-12");
  EXPECT_EQ(to_iso({2014, 3, 0, Precision::month}), "2014-03");
  EXPECT_EQ(to_iso({2014, 0, 0, Precision::year}), "2014");
  EXPECT_EQ(to_iso({0, 3, 12, Precision::day}), "--03-12");
  EXPECT_EQ(to_string(Precision::month), "month");
}

TEST(Dates, FindsDayMonthNameYear) {
  EXPECT_EQ(only("vastgesteld op 12 maart 2014 door het bestuur"), "15+13=2014-03-12");
  EXPECT_EQ(only("op 1 Januari 2015."), "3+14=2015-01-01");
  EXPECT_EQ(only("op 30 SEPTEMBER 2013"), "3+17=2013-09-30");
}

// Formal adoption pages write the date out: day and year in words, the month by name.
TEST(Dates, ReadsDatesWrittenOutInWords) {
  EXPECT_EQ(only("vastgesteld op achttien maart tweeduizendveertien te Holtwijk"), "15+34=2014-03-18");
  EXPECT_EQ(only("op de eenendertigste maart 2014"), "6+25=2014-03-31");
  EXPECT_EQ(only("op dinsdag drie\xC3\xABntwintig april tweeduizend veertien."), "3+49=2014-04-23");
  EXPECT_EQ(only("Aldus besloten op Twaalf Februari tweeduizend-veertien"), "18+36=2014-02-12");
  EXPECT_EQ(only("op eerste april", 2014), "3+12=2014-04-01");
  EXPECT_EQ(only("in de vergadering van maart tweeduizenddertien"), "22+24=2013-03");
}

// Number words that are no day: an article, a count of months, a number too big for a day.
TEST(Dates, NumberWordsThatAreNoDayAreNotDates) {
  EXPECT_TRUE(find_dates("een maart-vergadering", 2014).empty());
  EXPECT_EQ(only("twee\xC3\xABndertig maart 2014", 2014), "14+10=2014-03");  // no day 32
  EXPECT_EQ(only("twintigste maart", std::nullopt), "0+16=--03-20");
  EXPECT_TRUE(find_dates("zestig mei", 2014).empty());
}

// OCR of a letter-spaced scan splits the day ("1 8 maart 2014"); the whole span is the date.
TEST(Dates, JoinsADaySplitIntoTwoDigitsBeforeAMonthName) {
  EXPECT_EQ(only("vergadering van 1 8 maart 2014 te Brakkenburg"), "16+14=2014-03-18");
  EXPECT_EQ(only("op 3 1 maart"), "3+9=--03-31");
  EXPECT_EQ(only("op 3 4 maart"), "5+7=--03-04");  // no day 34: the last digit alone is the day
}

// Letter-spaced numeric dates come out of OCR one digit at a time ("2 6 - 0 3 - 2 0 1 4").
TEST(Dates, ReadsANumericDateSpacedOutDigitByDigit) {
  EXPECT_EQ(only("vastgesteld op : 2 6 - 0 3 - 2 0 1 4"), "17+19=2014-03-26");
  EXPECT_EQ(only("verleend op 1 9 / 0 3 / 2 0 1 4."), "12+19=2014-03-19");
  EXPECT_EQ(only("Datum vergadering : 1 8 - 0 3 - ' 1 4"), "20+17=2014-03-18");
  // Digits in a row with no separators, or an impossible day, are no date.
  EXPECT_TRUE(find_dates("scores 1 2 3 4 5 6 7 8", std::nullopt).empty());
  EXPECT_TRUE(find_dates("code 4 4 - 0 3 - 2 0 1 4", std::nullopt).empty());
}

TEST(Dates, FindsEveryMonthName) {
  const char* names[] = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
                         "augustus", "september", "oktober", "november", "december"};
  for (int month = 1; month <= 12; ++month) {
    auto found = find_dates(std::string("1 ") + names[month - 1] + " 2014", std::nullopt);
    ASSERT_EQ(found.size(), 1u) << names[month - 1];
    EXPECT_EQ(found[0].value.month, month) << names[month - 1];
  }
}

TEST(Dates, FindsEveryAbbreviationWithItsPeriod) {
  const char* abbreviations[] = {"jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.",
                                 "aug.", "sep.", "okt.", "nov.", "dec."};
  for (int month = 1; month <= 12; ++month) {
    std::string text = std::string("2 ") + abbreviations[month - 1] + " 2014";
    auto found = find_dates(text, std::nullopt);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].value.month, month) << text;
    EXPECT_EQ(found[0].length, text.size()) << text;
  }
  EXPECT_EQ(only("d.d. 3 sept. 2014"), "5+12=2014-09-03");
  EXPECT_EQ(only("op 12 mrt 2014 is"), "3+11=2014-03-12");
  EXPECT_EQ(only("op 12 mrt. 2014 is"), "3+12=2014-03-12");
  EXPECT_EQ(only("op 12 Mrt. '14"), "3+11=2014-03-12");
}

TEST(Dates, FindsNumericForms) {
  EXPECT_EQ(only("datum: 12-03-2014."), "7+10=2014-03-12");
  EXPECT_EQ(only("datum 12/3/'14 getekend"), "6+8=2014-03-12");
  EXPECT_EQ(only("datum 12/3/\xE2\x80\x99" "14"), "6+10=2014-03-12");
  EXPECT_EQ(only("datum 12.03.2014"), "6+10=2014-03-12");
  EXPECT_EQ(only("datum 2014-03-12"), "6+10=2014-03-12");
  EXPECT_EQ(only("datum 5-3-14"), "6+6=2014-03-05");
  EXPECT_EQ(only("(12-03-2014)"), "1+10=2014-03-12");
}

TEST(Dates, FindsOrdinalDays) {
  EXPECT_EQ(only("per 1e april 2014"), "4+13=2014-04-01");
  EXPECT_EQ(only("per 1ste augustus 2014"), "4+18=2014-08-01");
  EXPECT_EQ(only("de 2de mei 2014"), "3+12=2014-05-02");
}

TEST(Dates, IncludesWeekdayPrefix) {
  EXPECT_EQ(only("op woensdag 12 maart 2014 stemde"), "3+22=2014-03-12");
  EXPECT_EQ(only("Woensdag, 12 maart 2014"), "0+23=2014-03-12");
  // A weekday without a date is just a word.
  EXPECT_TRUE(find_dates("op woensdag vergadert de raad", std::nullopt).empty());
}

TEST(Dates, DayAndMonthTakeTheContextYear) {
  auto found = find_dates("instemming d.d. 12 maart", 2014);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].offset, 16u);
  EXPECT_EQ(found[0].length, 8u);
  EXPECT_EQ(to_iso(found[0].value), "2014-03-12");
  EXPECT_EQ(found[0].value.precision, Precision::day);
  EXPECT_TRUE(found[0].year_inferred);
}

TEST(Dates, DayAndMonthWithoutContextKeepYearUnknown) {
  auto found = find_dates("d.d. 12 maart", std::nullopt);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value.year, 0);
  EXPECT_EQ(found[0].value.day, 12);
  EXPECT_FALSE(found[0].year_inferred);
  EXPECT_EQ(to_iso(found[0].value), "--03-12");
}

TEST(Dates, StatedYearIsNotInferred) {
  auto found = find_dates("12 maart 2013", 2014);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value.year, 2013);
  EXPECT_FALSE(found[0].year_inferred);
}

TEST(Dates, MonthAndYearHaveMonthPrecisionAndNoDay) {
  auto found = find_dates("In maart 2014 heeft de OPR ingestemd.", 2014);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].offset, 3u);
  EXPECT_EQ(found[0].length, 10u);
  EXPECT_EQ(found[0].value.day, 0);
  EXPECT_EQ(found[0].value.precision, Precision::month);
  EXPECT_EQ(to_iso(found[0].value), "2014-03");
  EXPECT_EQ(only("in Mrt. 2014"), "3+9=2014-03");
}

TEST(Dates, MonthAloneIsNotADate) {
  EXPECT_TRUE(find_dates("maart is een drukke maand", 2014).empty());
  EXPECT_TRUE(find_dates("de raad vergadert in de maand maart", 2014).empty());
  EXPECT_TRUE(find_dates("begin maart", std::nullopt).empty());  // no year to put it in
}

// "begin maart", "eind februari", "in maart": a time in the month of the text's year.
TEST(Dates, MonthAfterAWordOfTimeTakesTheTextsYear) {
  for (const char* text : {"Begin maart heeft de OPR ingestemd.", "In maart heeft de OPR ingestemd.",
                           "Het OOGO was half maart.", "zoals het bestuur dat in zijn vergadering van maart heeft vastgesteld"}) {
    auto found = find_dates(text, 2014);
    ASSERT_EQ(found.size(), 1U) << text;
    EXPECT_EQ(found[0].value.precision, Precision::month) << text;
    EXPECT_EQ(to_iso(found[0].value), "2014-03") << text;
    EXPECT_TRUE(found[0].year_inferred) << text;
  }
}

TEST(Dates, AMonthAfterVanIsADateOnlyAfterAMeeting) {
  EXPECT_TRUE(find_dates("de cijfers van maart", 2014).empty());
}

TEST(Dates, OffsetsAreBytesInUtf8Text) {
  // "één" is 5 bytes; the no-break space before the year is 2.
  std::string text = "\xC3\xA9\xC3\xA9n besluit op 12 maart\xC2\xA0" "2014";
  EXPECT_EQ(only(text), "17+14=2014-03-12");
}

TEST(Dates, FindsSeveralMentionsInOrder) {
  auto found = find_dates("OOGO 10-02-2014, OPR 5 maart 2014 en vastgesteld in april 2014.", std::nullopt);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(to_iso(found[0].value), "2014-02-10");
  EXPECT_EQ(found[0].offset, 5u);
  EXPECT_EQ(to_iso(found[1].value), "2014-03-05");
  EXPECT_EQ(found[1].offset, 21u);
  EXPECT_EQ(to_iso(found[2].value), "2014-04");
  EXPECT_EQ(found[2].offset, 52u);
}

TEST(Dates, RejectsImpossibleDays) {
  EXPECT_TRUE(find_dates("31-02-2014", std::nullopt).empty());
  EXPECT_TRUE(find_dates("31 april 2014", std::nullopt).empty());
  EXPECT_TRUE(find_dates("29 februari 2014", std::nullopt).empty());
  EXPECT_TRUE(find_dates("31 Apr. '14", std::nullopt).empty());
  EXPECT_TRUE(find_dates("12-13-2014", std::nullopt).empty());
  EXPECT_TRUE(find_dates("d.d. 29 februari", 2014).empty());
  EXPECT_EQ(only("29 februari 2016"), "0+16=2016-02-29");
}

TEST(Dates, RejectsPhoneNumbers) {
  EXPECT_TRUE(find_dates("bel 030-1234567 of 06-12345678", std::nullopt).empty());
  EXPECT_TRUE(find_dates("bel 06-12-34-56-78", std::nullopt).empty());
  EXPECT_TRUE(find_dates("bel +31-6-12", std::nullopt).empty());
  EXPECT_TRUE(find_dates("bel 0800-12-12", std::nullopt).empty());
}

TEST(Dates, RejectsAmounts) {
  EXPECT_TRUE(find_dates("een bedrag van 1.200.000 euro", std::nullopt).empty());
  EXPECT_TRUE(find_dates("\xE2\x82\xAC 2.014.000 en 12.03.20", std::nullopt).empty());
  EXPECT_TRUE(find_dates("maart 2014,50", std::nullopt).empty());
  EXPECT_TRUE(find_dates("maart 2.014", std::nullopt).empty());
  EXPECT_TRUE(find_dates("budget 2014 en 2015", std::nullopt).empty());
}

TEST(Dates, RejectsPeriods) {
  EXPECT_TRUE(find_dates("begroting 2014-2018", std::nullopt).empty());
  EXPECT_TRUE(find_dates("schooljaar 2014/2015", std::nullopt).empty());
  EXPECT_TRUE(find_dates("periode maart 2014\xE2\x80\x93" "2018", std::nullopt).empty());
  EXPECT_TRUE(find_dates("in 2014", std::nullopt).empty());
}

TEST(Dates, RejectsVersionAndSectionNumbers) {
  EXPECT_TRUE(find_dates("versie 1.2.14", std::nullopt).empty());
  EXPECT_TRUE(find_dates("versie 1.2.2014", std::nullopt).empty());
  EXPECT_TRUE(find_dates("v1.12.2014", std::nullopt).empty());
  EXPECT_TRUE(find_dates("paragraaf 3.1.2 en 4.2", std::nullopt).empty());
}

// Every mention in `text` as "offset+length=iso", comma-separated.
std::string all(std::string_view text) {
  std::string out;
  for (const auto& m : find_dates(text, std::nullopt))
    out += (out.empty() ? "" : ",") + std::to_string(m.offset) + "+" + std::to_string(m.length) + "=" + to_iso(m.value);
  return out;
}

TEST(Dates, DaysSharingOneMonthNameAreEachADate) {
  EXPECT_EQ(all("op 3 en 12 maart 2014"), "3+1=2014-03-03,8+13=2014-03-12");
  EXPECT_EQ(all("op 3, 10 en 12 maart 2014"), "3+1=2014-03-03,6+2=2014-03-10,12+13=2014-03-12");
  EXPECT_EQ(all("op respectievelijk 20 respectievelijk 14 maart 2014"), "19+2=2014-03-20,38+13=2014-03-14");
  EXPECT_EQ(all("op 31 en 30 april 2014"), "9+13=2014-04-30");  // no 31 April: not a date
  EXPECT_EQ(all("versie 1.3 en 12 maart 2014"), "14+13=2014-03-12");
  EXPECT_EQ(all("in 2014 en 12 maart 2015"), "11+13=2015-03-12");
}

TEST(Dates, MonthNameMustBeAWholeWord) {
  EXPECT_TRUE(find_dates("12 meisjes en 3 jansen in 2014", std::nullopt).empty());
  EXPECT_TRUE(find_dates("12 decembermaand", 2014).empty());
}

}  // namespace
}  // namespace opcheck::analyse
