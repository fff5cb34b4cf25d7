// Date forms and placeholder filling for procedure statements (see dates.cpp).
#pragma once

#include <string>
#include <vector>

#include "corpus/generator/model.h"

namespace opcheck::corpus::detail {

// Day-precision written forms of a split; "month" is the extra month-only form of both splits.
const std::vector<std::string>& date_forms(const std::string& split);
std::string write_date(const Date& d, const std::string& form);
// Fills {datum} in a statement, turning "op {datum}" into "in maart 2014" for month-only dates.
std::string fill_date(std::string text, const std::string& written, const std::string& precision);
std::string replace_placeholder(std::string text, const std::string& key, const std::string& value);

}  // namespace opcheck::corpus::detail
