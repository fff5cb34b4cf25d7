// Scanner for the official code of a samenwerkingsverband in the many ways plans write it:
// "PO 23-01", "PO2301", "swv 23.01 PO", "VO-25-07", "SWV VO 25.07", "po 23-1",
// "samenwerkingsverband 23-01 (PO)", and "samenwerkingsverband 23-01" without its sector.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace opcheck::analyse::detail {

struct SwvCode {
  std::optional<std::string> sector;  // "po" | "vo"; nullopt when the text gave none
  int region = 0, serial = 0;
  std::size_t begin = 0, end = 0;     // byte span in the scanned text
  // "PO 23-01"; without a sector "23-01".
  std::string normalised() const;
};

// Every code in `text`, in order. Region numbers outside 20..39 are not accepted (they are
// dates, amounts or article numbers), nor year ranges like "PO 2014-2018".
std::vector<SwvCode> scan_swv_codes(std::string_view text);

}  // namespace opcheck::analyse::detail
