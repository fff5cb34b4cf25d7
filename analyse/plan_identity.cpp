// identify_plan(): what the document is and whose. The title page speaks first (its title,
// the swv's name and code, "concept", the plan period); the first pages and then the whole
// text are the fallbacks. find_swv_code() normalises the written forms of an swv code.
#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "analyse/detail/internal.h"
#include "analyse/detail/structure_rows.h"
#include "analyse/detail/structure_swv_code.h"

namespace opcheck::analyse::detail {
namespace {

constexpr std::size_t kFirstPages = 4;

// Body lines of the title page: page 1, or every page before the table of contents.
std::vector<const extract::Line*> title_lines(const extract::Document& doc, const Structure& s) {
  int last = s.has_toc && !s.toc_pages.empty() ? std::max(1, s.toc_pages.front() - 1) : 1;
  std::vector<const extract::Line*> out;
  for (const extract::Page& page : doc.pages) {
    if (page.number > last) break;
    for (const extract::Line& line : page.lines)
      if (line.role == extract::LineRole::body) out.push_back(&line);
  }
  if (out.size() > 30) out.resize(30);  // a page 1 full of running text is no title page
  return out;
}

std::string join_lines(const std::vector<const extract::Line*>& lines) {
  std::string text;
  for (const extract::Line* l : lines) text += l->text + "\n";
  return text;
}

std::string text_of_pages(const extract::Document& doc, std::size_t pages) {
  std::string text;
  for (std::size_t i = 0; i < doc.pages.size() && i < pages; ++i) text += extract::body_text(doc.pages[i]) + "\n";
  return text;
}

// ---- document kind -----------------------------------------------------------------------

// "ondersteuningsplan" as a word (also in "ontwerp-ondersteuningsplan"), not the council
// "ondersteuningsplanraad".
int count_plan_words(std::string_view lower) {
  int n = 0;
  for (std::size_t at = lower.find("ondersteuningsplan"); at != std::string_view::npos;
       at = lower.find("ondersteuningsplan", at + 1)) {
    std::size_t end = at + 18;
    bool raad = lower.compare(end, 4, "raad") == 0 || lower.compare(end, 5, "-raad") == 0;
    n += !raad;
  }
  return n;
}

struct CounterSignal {
  std::string_view word;
  std::string_view kind;  // Dutch, after "maar "
};

const std::array<CounterSignal, 14>& counter_signals() {
  static const std::array<CounterSignal, 14> s{{{"jaarverslag", "een jaarverslag"},
                                                {"jaarrekening", "een jaarrekening"},
                                                {"notulen", "notulen van een vergadering"},
                                                {"verslag van de vergadering", "een verslag van een vergadering"},
                                                {"verslag vergadering", "een verslag van een vergadering"},
                                                {"besluitenlijst", "een besluitenlijst van een vergadering"},
                                                {"aanwezig:", "een verslag van een vergadering"},
                                                {"actiepunten", "een verslag van een vergadering"},
                                                {"agenda", "een agenda"},
                                                {"consultatie", "een consultatiebrief"},
                                                {"zienswijze", "een brief met een zienswijze"},
                                                {"geachte", "een brief"},
                                                {"uitnodiging", "een uitnodiging"},
                                                {"verslag", "een verslag"}}};
  return s;
}

const CounterSignal* find_counter(std::string_view lower) {
  for (const CounterSignal& c : counter_signals())
    if (lower.find(c.word) != std::string_view::npos) return &c;
  return nullptr;
}

// The title: the largest text on the title page (its lines of that size together).
std::string main_title(const std::vector<const extract::Line*>& lines) {
  double largest = 0;
  for (const extract::Line* l : lines) largest = std::max(largest, l->font_size);
  std::string out;
  for (const extract::Line* l : lines)
    if (l->font_size >= largest - 0.5) out += l->text + " ";
  return out;
}

std::string reason_for(const CounterSignal& c, std::string_view where) {
  return "Dit document lijkt geen ondersteuningsplan maar " + std::string(c.kind) + " (" + std::string(where) +
         " noemt \u2018" + std::string(c.word) + "\u2019).";
}

// Minutes without a title: agenda items and attendance lists in the headings and text.
int meeting_markers(const Structure& s, std::string_view lower_text) {
  static const std::array<std::string_view, 7> titles{"opening", "rondvraag", "sluiting", "actiepunten",
                                                      "besluitenlijst", "mededelingen", "vaststellen agenda"};
  int n = 0;
  for (const Section& sec : s.sections) {
    std::string t = match_key(sec.title);
    n += std::find(titles.begin(), titles.end(), t) != titles.end();
  }
  for (std::string_view m : {"aanwezig:", "afwezig:", "notulist", "actiepunt"}) n += lower_text.find(m) != std::string_view::npos;
  return n;
}

void judge_kind(const extract::Document& doc, const Structure& s, const std::vector<const extract::Line*>& title,
                PlanIdentity& id) {
  std::string title_lower = lower_ascii(join_lines(title));
  std::string main_lower = lower_ascii(main_title(title));
  bool plan_on_title = count_plan_words(title_lower) > 0;
  const CounterSignal* counter = find_counter(title_lower);
  const CounterSignal* counter_main = find_counter(main_lower);
  if (counter_main != nullptr && count_plan_words(main_lower) == 0) {
    id.is_plan = false;
    id.not_a_plan_reason = reason_for(*counter_main, "de titel");
  } else if (plan_on_title && counter_main == nullptr) {
    id.is_plan = true;
  } else if (counter != nullptr && !plan_on_title) {
    id.is_plan = false;
    id.not_a_plan_reason = reason_for(*counter, "de eerste pagina");
  } else {
    std::string all = lower_ascii(extract::to_contract_text(doc));
    int plan_words = count_plan_words(all);
    id.is_plan = meeting_markers(s, all) < 2 && plan_words >= 3;
    if (!id.is_plan)
      id.not_a_plan_reason = meeting_markers(s, all) >= 2
                                 ? "Dit document lijkt geen ondersteuningsplan maar een verslag van een vergadering "
                                   "(agendapunten of een presentielijst gevonden)."
                                 : "Dit document lijkt geen ondersteuningsplan: de titelpagina noemt geen "
                                   "ondersteuningsplan en de tekst noemt het woord nauwelijks.";
  }
}

// ---- code, sector, name ----------------------------------------------------------------

// The first code with a sector on the title page, else the most frequent one in the text;
// a code without sector is kept for the sector found elsewhere.
std::optional<SwvCode> pick_code(const std::string& title_text, const std::string& all_text) {
  for (const SwvCode& c : scan_swv_codes(title_text))
    if (c.sector) return c;
  std::map<std::string, std::pair<int, SwvCode>> votes;
  std::optional<SwvCode> bare;
  for (const SwvCode& c : scan_swv_codes(all_text)) {
    if (!c.sector) {
      if (!bare) bare = c;
      continue;
    }
    auto& v = votes.try_emplace(c.normalised(), 0, c).first->second;
    ++v.first;
  }
  const std::pair<int, SwvCode>* best = nullptr;
  for (const auto& [key, v] : votes)
    if (best == nullptr || v.first > best->first) best = &v;
  if (best != nullptr) return best->second;
  return bare;
}

std::optional<std::string> sector_from_text(std::string_view lower) {
  auto count = [&](std::initializer_list<std::string_view> words) {
    int n = 0;
    for (std::string_view w : words)
      for (std::size_t at = lower.find(w); at != std::string_view::npos; at = lower.find(w, at + 1)) ++n;
    return n;
  };
  int po = count({"primair onderwijs", "basisonderwijs", "(po)", "passend primair"});
  int vo = count({"voortgezet onderwijs", "voortgezet speciaal onderwijs", "(vo)"}) - count({"voortgezet speciaal onderwijs"});
  if (po == vo) return std::nullopt;
  return po > vo ? "po" : "vo";
}

bool starts_name(std::string_view line) {
  static const std::array<std::string_view, 8> words{"Stichting ", "Vereniging ", "Samenwerkingsverband ", "Coöperatie ",
                                                     "Cooperatie ", "SWV ", "Swv ", "Passend Onderwijs "};
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return starts_with(line, w); });
}

// Drops a code ("PO 23-01", "(VO 25.07)") and dangling separators from the end of a name.
std::string strip_code(std::string name) {
  auto codes = scan_swv_codes(name);
  if (!codes.empty()) name = name.substr(0, codes.front().begin);
  std::string t = trim(name);
  while (!t.empty() && (t.back() == '(' || t.back() == '-' || t.back() == ',' || t.back() == ':' || t.back() == '|'))
    t = trim(t.substr(0, t.size() - 1));
  if (t.size() >= 3 && (t.compare(t.size() - 3, 3, " PO") == 0 || t.compare(t.size() - 3, 3, " VO") == 0)) t = trim(t.substr(0, t.size() - 3));
  return t;
}

// A name on the title page, with the next line when the name wrapped (same size, no gap).
std::optional<std::string> name_on_title(const std::vector<const extract::Line*>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!starts_name(lines[i]->text)) continue;
    std::string name = lines[i]->text;
    for (std::size_t j = i + 1; j < lines.size() && j < i + 3; ++j) {
      const extract::Line& a = *lines[j - 1];
      const extract::Line& b = *lines[j];
      double pitch = b.box.y0 - a.box.y0;
      if (std::abs(a.font_size - b.font_size) > 0.3 || pitch <= 0 || pitch > 1.6 * std::max(a.font_size, 1.0)) break;
      if (count_plan_words(lower_ascii(b.text)) > 0 || !scan_swv_codes(b.text).empty()) break;
      name += " " + b.text;
    }
    std::string clean = strip_code(name);
    if (count_words(clean) >= 2) return clean;
  }
  return std::nullopt;
}

// "Stichting Passend Onderwijs Rivierenland" in running text: the lead word and the capitalised
// words after it (small joining words allowed), the most frequent such name.
std::optional<std::string> name_in_text(std::string_view text) {
  static const std::array<std::string_view, 8> joiners{"voor", "van", "de", "het", "en", "in", "aan", "op"};
  std::map<std::string, int> votes;
  for (std::string_view lead : {"Stichting ", "Samenwerkingsverband ", "Vereniging "}) {
    for (std::size_t at = text.find(lead); at != std::string_view::npos; at = text.find(lead, at + 1)) {
      std::size_t pos = at + lead.size();
      std::string name(lead.substr(0, lead.size() - 1));
      int capitals = 0;
      while (pos < text.size()) {
        std::size_t end = text.find_first_of(" \n,.;:()", pos);
        std::string_view word = text.substr(pos, (end == std::string_view::npos ? text.size() : end) - pos);
        bool cap = !word.empty() && count_letters(word.substr(0, 1), true) > 0;
        bool join = std::find(joiners.begin(), joiners.end(), word) != joiners.end();
        if (!cap && !join) break;
        name += " " + std::string(word);
        capitals += cap;
        if (end == std::string_view::npos || text[end] != ' ') break;
        pos = end + 1;
      }
      while (!name.empty() && name.find(' ') != std::string::npos && count_letters(name.substr(name.rfind(' ') + 1, 1), true) == 0)
        name = name.substr(0, name.rfind(' '));
      if (capitals >= 1) ++votes[strip_code(name)];
    }
  }
  const std::pair<const std::string, int>* best = nullptr;
  for (const auto& v : votes)
    if (best == nullptr || v.second > best->second) best = &v;
  if (best == nullptr) return std::nullopt;
  return best->first;
}

// ---- concept and year ------------------------------------------------------------------

bool says_concept(std::string_view lower) {
  for (std::string_view w : {"concept", "ontwerp-ondersteuningsplan", "ontwerp ondersteuningsplan", "ontwerpversie", "draft"}) {
    for (std::size_t at = lower.find(w); at != std::string_view::npos; at = lower.find(w, at + 1)) {
      bool word_start = at == 0 || !std::isalpha(static_cast<unsigned char>(lower[at - 1]));
      if (word_start) return true;
    }
  }
  return false;
}

std::string running_lines(const extract::Document& doc) {
  std::string text;
  for (const extract::Page& page : doc.pages)
    for (const extract::Line& line : page.lines)
      if (line.role == extract::LineRole::header || line.role == extract::LineRole::footer) text += line.text + "\n";
  return text;
}

// "2014-2018", "2014 – 2018", "2014/2018", "2014 t/m 2018": the first year of a period.
std::optional<int> period_start(std::string_view text) {
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    if (!(text.compare(i, 2, "20") == 0 && std::isdigit(static_cast<unsigned char>(text[i + 2])) &&
          std::isdigit(static_cast<unsigned char>(text[i + 3]))) || (i > 0 && std::isdigit(static_cast<unsigned char>(text[i - 1]))))
      continue;
    std::size_t j = i + 4;
    while (j < text.size() && (text[j] == ' ' || text[j] == '-' || text[j] == '/' || static_cast<unsigned char>(text[j]) >= 0x80)) ++j;
    if (text.compare(j, 4, "t/m ") == 0) j += 4;
    if (j + 4 <= text.size() && text.compare(j, 2, "20") == 0 && j > i + 4) return std::stoi(std::string(text.substr(i, 4)));
  }
  return std::nullopt;
}

std::optional<int> plan_year(const std::string& title_text, const std::string& first_pages) {
  if (auto y = period_start(title_text)) return y;
  for (const DateMention& d : find_dates(title_text, std::nullopt))
    if (d.value.year > 0) return d.value.year;
  if (auto y = period_start(first_pages)) return y;
  return std::nullopt;
}

}  // namespace

std::optional<std::string> find_swv_code(std::string_view text) {
  for (const SwvCode& c : scan_swv_codes(text))
    if (c.sector) return c.normalised();
  return std::nullopt;
}

PlanIdentity identify_plan(const extract::Document& doc, const Structure& structure) {
  PlanIdentity id;
  auto title = title_lines(doc, structure);
  std::string title_text = join_lines(title);
  std::string first = text_of_pages(doc, kFirstPages);
  std::string all = extract::to_contract_text(doc);
  judge_kind(doc, structure, title, id);

  auto code = pick_code(title_text, all);
  std::optional<std::string> sector = sector_from_text(lower_ascii(title_text));
  if (!sector) sector = sector_from_text(lower_ascii(first));
  if (code && code->sector) sector = code->sector;
  if (code && !code->sector && sector) code->sector = sector;
  if (code && code->sector) id.swv_code = code->normalised();
  id.sector = sector;

  id.swv_name = name_on_title(title);
  if (!id.swv_name) id.swv_name = name_in_text(first);
  id.is_concept = says_concept(lower_ascii(title_text)) || says_concept(lower_ascii(running_lines(doc)));
  id.plan_year = plan_year(title_text, first);
  return id;
}

}  // namespace opcheck::analyse::detail
