// Forms and decision lists of the procedure reader; see procedure_forms.h.
#include "analyse/detail/procedure_forms.h"

#include <algorithm>
#include <string_view>

#include "analyse/detail/procedure_text.h"

namespace opcheck::analyse::detail {
namespace {

constexpr std::size_t kFormBlocks = 8;     // blocks around a step searched for a ticked box
constexpr std::size_t kOpeningLine = 120;  // bytes; a decision list's title line
constexpr std::string_view kUnticked[] = {"[ ]", "\xE2\x98\x90"};  // "[ ]", "☐"

bool ticked(const std::string& t) {
  return t.find("[x]") != std::string::npos || t.find("[X]") != std::string::npos ||
         t.find("\xE2\x98\x92") != std::string::npos || t.find("\xE2\x98\x91") != std::string::npos;  // ☒ ☑
}

bool filled_in(const Section& section, std::size_t i) {
  for (std::size_t k = i >= kFormBlocks ? i - kFormBlocks : 0; k < section.blocks.size() && k <= i + kFormBlocks; ++k)
    if (ticked(section.blocks[k].text)) return true;
  return false;
}

}  // namespace

// A form's options: the text after an unticked box ("[ ]", "☐") up to the next box or line end
// is blanked, so that only the ticked option is read. Byte offsets stay as they were.
std::string without_unticked_options(const std::string& text) {
  std::string out = text;
  for (std::string_view box : kUnticked) {
    for (std::size_t at = out.find(box); at != std::string::npos; at = out.find(box, at + 1)) {
      std::size_t end = at + box.size();
      // Up to the next box, ticked or not ("[", "☐", "☑", "☒"), or the line end.
      while (end < out.size() && out[end] != '[' && out[end] != '\n' && out.compare(end, 2, "\xE2\x98") != 0) ++end;
      std::fill(out.begin() + static_cast<long>(at + box.size()), out.begin() + static_cast<long>(end), ' ');
    }
  }
  return out;
}

std::vector<Found> unticked_steps(const Section& section, std::size_t i, const ProcedureEvents& events,
                                  const ClaimContext& context, std::optional<int> year) {
  std::vector<Found> out;
  if (!filled_in(section, i)) return out;
  const Block& block = section.blocks[i];
  for (std::size_t at = 0; at < block.text.size();) {
    const std::size_t end = std::min(block.text.find('\n', at), block.text.size());
    const std::string_view line = std::string_view(block.text).substr(at, end - at);
    const std::size_t box = line.find_first_not_of(' ');
    for (std::string_view unticked : kUnticked)
      if (box != std::string_view::npos && line.substr(box).starts_with(unticked))
        for (Claim& claim : read_claims(line.substr(box + unticked.size()), events, context, year)) {
          claim.mood = Mood::announced;
          claim.date.reset();
          claim.outcome.clear();
          out.push_back(Found{std::move(claim), 1, {make_evidence(section, block, at, end)}});
        }
    at = end + 1;
  }
  return out;
}

// An appendix often has no heading of its own: its first line names the list.
bool under_decision_list(const Section& section, std::size_t i) {
  if (lower_ascii_copy(section.title).find("besluitenlijst") != std::string::npos) return true;
  for (std::size_t k = i + 1, n = 0; k-- > 0 && n < kFormBlocks; ++n) {
    const std::string& t = section.blocks[k].text;
    if (lower_ascii_copy(std::string_view(t).substr(0, std::min(t.size(), kOpeningLine))).starts_with("besluitenlijst"))
      return true;
  }
  return false;
}

}  // namespace opcheck::analyse::detail
