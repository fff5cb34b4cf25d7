// Date forms and placeholder filling for procedure statements (see dates.cpp).
#pragma once

#include <string>
#include <vector>

#include "corpus/generator/model.h"

namespace opcheck::corpus::detail {

// form: long (12 maart 2014), dashed (12-03-2014), slash (12/3/'14), short_month (12 mrt. 2014),
// dd (d.d. 12 maart), month (maart 2014), dotted (12.03.2014), weekday (woensdag 12 maart 2014).
std::string write_date(const Date& d, const std::string& form);
// Fills {datum} in a statement, turning "op {datum}" into "in maart 2014" for month-only dates.
std::string fill_date(std::string text, const std::string& written, const std::string& precision);
std::string replace_placeholder(std::string text, const std::string& key, const std::string& value);

}  // namespace opcheck::corpus::detail
