// Years a budget passage covers: "2014-2018", "2014/2015 t/m 2017/2018", a table header with
// one column per year. A school year written "2014-2015" is one year, not two.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace opcheck::analyse::detail {

// Budget years (first calendar year of each school year) a text covers.
std::set<int> covered_years(std::string_view text);

// True when `text` writes `year` as a school year ("2014-2015", "2014/2015").
bool written_as_school_year(std::string_view text, int year);

// "2014", "2014-2015" (one school year) or "2014-2017", for explanations.
std::string describe_years(const std::set<int>& years, bool school_year);

}  // namespace opcheck::analyse::detail
