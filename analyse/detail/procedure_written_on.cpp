// Relative days counted from the day of writing; see procedure_written_on.h.
#include "analyse/detail/procedure_written_on.h"

#include <array>
#include <chrono>

#include "analyse/detail/procedure_text.h"

namespace opcheck::analyse::detail {
namespace {

constexpr std::size_t kOpeningLine = 120;  // bytes; a newsletter's or e-mail's dated heading

std::chrono::sys_days as_days(const DateValue& d) {
  using namespace std::chrono;
  return sys_days{year{d.year} / month{static_cast<unsigned>(d.month)} / day{static_cast<unsigned>(d.day)}};
}

DateValue as_value(std::chrono::sys_days days) {
  const std::chrono::year_month_day ymd{days};
  return DateValue{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                   static_cast<int>(static_cast<unsigned>(ymd.day())), Precision::day};
}

int days_back(std::string_view lower) {
  if (has_word(lower, "eergisteren")) return 2;
  for (std::string_view w : {"gisteren", "gisteravond", "gistermiddag", "gisterochtend"})
    if (has_word(lower, w)) return 1;
  for (std::string_view w : {"vandaag", "vanavond", "vanmiddag", "vanochtend", "vanmorgen", "hedenavond", "hedenmiddag"})
    if (has_word(lower, w)) return 0;
  return -1;
}

// "maandag jl.", "afgelopen maandag": the last such weekday before the day of writing.
std::optional<int> last_weekday(std::string_view lower) {
  static constexpr std::array<std::string_view, 7> kDays{"zondag",    "maandag", "dinsdag", "woensdag",
                                                         "donderdag", "vrijdag", "zaterdag"};
  for (std::size_t d = 0; d < kDays.size(); ++d)
    for (std::size_t at = lower.find(kDays[d]); at != std::string_view::npos; at = lower.find(kDays[d], at + 1)) {
      const std::string_view after = lower.substr(at + kDays[d].size());
      const std::string_view before = lower.substr(0, at);
      if (after.starts_with(" jl") || after.starts_with(" laatstleden") || before.ends_with("afgelopen ") ||
          before.ends_with("vorige "))
        return static_cast<int>(d);
    }
  return std::nullopt;
}

}  // namespace

std::optional<DateValue> day_from_writing(std::string_view lower, const DateValue& written) {
  if (written.year == 0 || written.precision != Precision::day) return std::nullopt;
  if (const int back = days_back(lower); back >= 0) return as_value(as_days(written) - std::chrono::days{back});
  if (has_word(lower, "vorige maand") || has_word(lower, "afgelopen maand")) {
    const bool january = written.month == 1;
    return DateValue{january ? written.year - 1 : written.year, january ? 12 : written.month - 1, 0, Precision::month};
  }
  if (const auto weekday = last_weekday(lower)) {
    const std::chrono::sys_days day = as_days(written);
    const unsigned today = std::chrono::weekday{day}.c_encoding();
    int back = (static_cast<int>(today) - *weekday + 7) % 7;
    if (back == 0) back = 7;
    return as_value(day - std::chrono::days{back});
  }
  return std::nullopt;
}

std::optional<WrittenOn> dated_opening(const Section& section, std::size_t i, std::optional<int> year) {
  auto ends_in_date = [&](std::string_view text) -> std::optional<DateMention> {
    if (text.size() > kOpeningLine) return std::nullopt;
    const auto dates = find_dates(text, year);
    if (dates.size() != 1 || dates[0].value.precision != Precision::day || dates[0].year_inferred) return std::nullopt;
    // A heading ends in its date; a sentence ends in a full stop ("Het concept was gereed op
    // 8-1-2014."), a version line or a table row names no day of writing.
    const std::size_t end = dates[0].offset + dates[0].length;
    if (text.substr(end).find_first_not_of(' ') != std::string_view::npos) return std::nullopt;
    const std::string lower = lower_ascii_copy(text);
    if (lower.find("versie") != std::string::npos || lower.find(" | ") != std::string::npos) return std::nullopt;
    return dates[0];
  };
  // The opening of the section (a newsletter's or bulletin's heading) or of the block itself;
  // not a list item above ("2. Verslag ALV 12 februari 2014").
  for (std::size_t k : {i, std::size_t{0}}) {
    const Block& b = section.blocks[k];
    const std::string_view first_line =
        b.lines.empty() || b.lines.front().end > b.text.size() ? std::string_view(b.text)
                                                               : std::string_view(b.text).substr(0, b.lines.front().end);
    if (auto d = ends_in_date(first_line)) return WrittenOn{*d, k, 0, first_line.size()};
  }
  return std::nullopt;
}

}  // namespace opcheck::analyse::detail
