// The letter paragraph for one shortfall: the catalog's text for the status (or, for the tool's
// own judgement, the text of the procedure case that produced it) with its placeholders filled.
#pragma once

#include <map>
#include <string>

#include "checklists/checklists.h"

namespace opcheck::cli {

// `known`: values from the report (label, dates, deadline, orgaan, gemeenten, ronde). When
// `tool_status` (no override changed the status) the explanation is matched against the item's
// case and status explanations to find the case and recover values only it holds ({ontbrekend},
// {jaren}, {gevonden}). A placeholder left unfilled becomes "[in te vullen: naam]".
std::string letter_paragraph(const checklists::Item& item, const std::string& status, const std::string& explanation,
                             bool tool_status, const std::map<std::string, std::string>& known);

}  // namespace opcheck::cli
