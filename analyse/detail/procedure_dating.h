// Dating the undated claims of the procedure reader from what surrounds them, as an analyst
// does: the sentences and paragraphs before (a meeting, a moment, "dezelfde avond"), the meeting
// a letter names, the letter's date line, a sentence after that refers back, a dated meeting
// heading above, a signature date line below. Never a version or document date.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/analyse.h"
#include "analyse/detail/procedure_claims.h"
#include "analyse/detail/procedure_layout.h"

namespace opcheck::analyse::detail {

inline constexpr std::size_t kShortBlock = 120;  // bytes; letterheads, addressees, date lines
inline constexpr int kLetterWindow = 6;          // blocks searched around a statement for its letter

// A date a claim took: its offset in the sentence, and the act it dates.
struct ClaimedDate {
  std::size_t offset = 0;
  std::string event;
  Mood mood = Mood::happened;
};

struct Found {
  Claim claim;
  int authority = 1;  // 3 letter or adoption page, 2 table row, 1 running text
  std::vector<Evidence> evidence;
  bool borrowed = false;  // dated from a neighbouring sentence or a meeting heading
};

// What the claims of one sentence said: the dates they took, and whether there were any.
struct SentenceClaims {
  std::vector<ClaimedDate> dated;
  bool any = false;
};

// The last sentence of a block read before, for the paragraph after it.
struct LastSentence {
  const Block* block = nullptr;
  SentenceClaims claims;
};

// Where an undated claim stands: sentence `sentence` of block `block` of `section`.
struct ClaimSite {
  const Section& section;
  std::size_t block = 0, sentence = 0;
  const std::vector<extract::Span>& spans;        // the block's sentences
  const std::vector<SentenceClaims>& claims;      // what each of them claimed
  bool letter = false;
  const LastSentence& previous;  // of the block before
  const LastSentence& earlier;   // of the block before that
};

// Two paragraphs in a row: block i - 1 and block i are running text (not a short label).
bool follows_paragraph(const Section& section, std::size_t i);

class Dater {
 public:
  explicit Dater(std::optional<int> year) : year_(year) {}

  // Gives `f` a date from its surroundings when one fits; leaves it undated otherwise.
  void date(Found& f, const ClaimSite& site) const;

  // The date line of the letter around block i: backwards to the previous letter's closing,
  // then forwards to the next letter's opening.
  std::optional<LetterDate> letter_date(const Section& section, std::size_t i) const;

 private:
  enum class Fit { usual, meeting_only, any_date };

  bool borrow(Found& f, const Section& section, const Block& block, extract::Span span, bool after,
              const std::vector<ClaimedDate>& claimed, Fit fit = Fit::usual) const;
  bool count_from_before(Found& f, const ClaimSite& site) const;
  bool borrow_before(Found& f, const ClaimSite& site) const;
  bool borrow_paragraph_before(Found& f, const ClaimSite& site, bool time_before) const;
  bool borrow_paragraph_after(Found& f, const Section& section, std::size_t i) const;
  bool answered_below(Found& f, const Section& section, std::size_t i) const;
  bool meeting_earlier_in_letter(Found& f, const Section& section, std::size_t i) const;
  bool meeting_later_in_letter(Found& f, const Section& section, std::size_t i, std::size_t from) const;
  bool count_from_writing(Found& f, const ClaimSite& site) const;
  bool take_letter_date(Found& f, const Section& section, std::size_t i) const;
  void borrow_heading(Found& f, const Section& section, std::size_t i) const;
  std::vector<DateMention> meeting_dates(std::string_view text) const;

  std::optional<int> year_;
};

}  // namespace opcheck::analyse::detail
