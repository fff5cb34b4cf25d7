// Item scoring over a tokenised plan. Evidence for an item must come from its own territory:
// sections whose heading matches the item (or whose parent's does, when the section has no
// telling heading of its own) and blocks elsewhere that carry strong cues of the item. This
// keeps "bedrag per leerling" in a budget table from counting as allocation criteria.
#include "analyse/detail/passage_score.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>
#include <tuple>
#include <memory>
#include <unordered_map>

#include "analyse/detail/match_figures.h"
#include "analyse/detail/match_years.h"
#include "analyse/detail/structure_blocks.h"
#include "analyse/detail/structure_headings.h"

namespace opcheck::analyse::detail {
namespace {

constexpr double kFound = 1.0;        // distinct cue strength a part needs
constexpr double kStrongBlock = 2.0;  // cue strength that puts a block outside the item's sections in scope
constexpr double kForeignBlockFactor = 2.0;  // under another item's heading a block needs this many times that
constexpr double kStrongSection = 3.0;  // distinct cue strength over a whole section that makes it in scope
constexpr std::size_t kNeighbourBlocks = 2;  // blocks either side of a strong one that share its scope

enum class Mood { positive, announced, negated };

struct Hit {
  int part = 0, cue = 0, block = 0;
  std::uint32_t begin = 0, end = 0;
  int sentence = 0;
  Mood mood = Mood::positive;
  bool deferred = false;  // in a sentence that puts the content off to later
  bool figured = true;    // for a part that needs a figure: one stands near
};

std::size_t fingerprint(const checklists::Item& item) {
  std::string all = item.id;
  auto add = [&](const std::vector<std::string>& list) {
    for (const auto& s : list) all += "\x1f" + s;
    all += '\x1e';
  };
  add(item.heading_cues);
  add(item.negative_cues);
  add(item.contrary_cues);
  for (const auto& part : item.parts) add(part.cues), add(part.context_cues);
  return std::hash<std::string>{}(all);
}

std::vector<CompiledCue> compile_all(const std::vector<std::string>& cues) {
  std::vector<CompiledCue> out;
  for (const auto& cue : cues) out.push_back(compile_cue(cue, Lexicon::shared()));
  return out;
}

int sentence_of(const PlanText& plan, int block, std::uint32_t token) {
  const auto& list = plan.sentences[static_cast<std::size_t>(block)];
  for (std::size_t i = 0; i < list.size(); ++i)
    if (token < list[i].end_token) return static_cast<int>(i);
  return static_cast<int>(list.size()) - 1;
}

std::set<std::pair<int, int>> announcing_sentences(const PlanText& plan, const CompiledItem& item) {
  std::set<std::pair<int, int>> out;
  for (const auto& cue : item.negatives)
    for (const auto& m : plan.body.find(cue)) out.insert({m.block, sentence_of(plan, m.block, m.first_token)});
  return out;
}

// "een inventarisatie ontbreekt", "de OPR is niet ingesteld": a denial right after the cue.
bool denied_after(const std::vector<Token>& tokens, std::uint32_t at, std::uint32_t sentence_end) {
  const Lexicon& lexicon = Lexicon::shared();
  for (std::uint32_t t = at + 1; t < sentence_end && t <= at + 4; ++t) {
    const std::string& w = lexicon.text_of(tokens[t].word);
    if (w == "ontbreekt" || w == "ontbreken" || w == "ontbrak" || w == "ontbraken") return true;
    if (w == "niet" && t + 1 < sentence_end) {
      const std::string& next = lexicon.text_of(tokens[t + 1].word);
      if (next == "ingesteld" || next == "geregeld" || next == "opgesteld" || next == "vastgesteld" || next == "bekend" ||
          next == "beschikbaar" || next == "aanwezig" || next == "gemaakt" || next == "uitgewerkt")
        return true;
    }
  }
  return false;
}

// Blocks where a part's context is named: in the block itself (or an earlier block of its
// section, for `context_in_section`) or in the title of its section or of a section above it.
// Empty when the part has no context (then every block counts).
std::vector<bool> context_blocks(const PlanText& plan, const CompiledPart& part) {
  if (part.context.empty()) return {};
  const auto& sections = plan.structure->sections;
  std::vector<bool> titled(sections.size(), false), in(plan.blocks.size(), false);
  for (const auto& cue : part.context) {
    for (const auto& m : plan.titles.find(cue)) titled[static_cast<std::size_t>(m.block)] = true;
    for (const auto& m : plan.body.find(cue)) in[static_cast<std::size_t>(m.block)] = true;
  }
  if (part.part->context_in_section)
    for (std::size_t b = 1; b < in.size(); ++b)
      in[b] = in[b] || (in[b - 1] && plan.blocks[b - 1].section == plan.blocks[b].section);
  for (std::size_t b = 0; b < in.size(); ++b)
    for (int s = plan.blocks[b].section; s >= 0 && !in[b]; s = sections[static_cast<std::size_t>(s)].parent)
      in[b] = titled[static_cast<std::size_t>(s)];
  return in;
}

std::string_view block_text(const PlanText& plan, std::size_t block) {
  const BlockRef& ref = plan.blocks[block];
  return plan.structure->sections[static_cast<std::size_t>(ref.section)].blocks[static_cast<std::size_t>(ref.block)].text;
}

// A figure in the block of a hit or in the next block of its section: "Kwantitatieve doelen"
// above the rows "Deelname sbo en so | 4,1% | 3,5%" states its targets there.
bool figure_near(const PlanText& plan, int block) {
  const auto b = static_cast<std::size_t>(block);
  if (shows_figure(block_text(plan, b))) return true;
  return b + 1 < plan.blocks.size() && plan.blocks[b + 1].section == plan.blocks[b].section &&
         shows_figure(block_text(plan, b + 1));
}

std::vector<Hit> collect_hits(const PlanText& plan, const CompiledItem& item) {
  const auto announcing = announcing_sentences(plan, item);
  const auto& tokens = plan.body.tokens();
  std::vector<Hit> hits;
  for (std::size_t p = 0; p < item.parts.size(); ++p) {
    const auto context = context_blocks(plan, item.parts[p]);
    for (std::size_t c = 0; c < item.parts[p].cues.size(); ++c) {
      for (const auto& m : plan.body.find(item.parts[p].cues[c])) {
        if (!context.empty() && !context[static_cast<std::size_t>(m.block)]) continue;
        Hit hit{static_cast<int>(p), static_cast<int>(c), m.block, m.begin, m.end, 0, Mood::positive};
        hit.sentence = sentence_of(plan, m.block, m.first_token);
        const Sentence& s = plan.sentences[static_cast<std::size_t>(m.block)][static_cast<std::size_t>(hit.sentence)];
        hit.deferred = s.defers;
        hit.figured = !item.parts[p].part->needs_figure || figure_near(plan, m.block);
        if (s.announces || announcing.count({m.block, hit.sentence})) hit.mood = Mood::announced;
        else if (!item.parts[p].part->negation_states &&
                 (negated(tokens, m.first_token, s.first_token, Lexicon::shared()) ||
                  denied_after(tokens, m.first_token, s.end_token)))
          hit.mood = Mood::negated;
        hits.push_back(hit);
      }
    }
  }
  for (std::size_t c = 0; c < item.contraries.size(); ++c)
    for (const auto& m : plan.body.find(item.contraries[c])) {
      Hit hit{-1, static_cast<int>(c), m.block, m.begin, m.end, sentence_of(plan, m.block, m.first_token), Mood::positive};
      const Sentence& s = plan.sentences[static_cast<std::size_t>(m.block)][static_cast<std::size_t>(hit.sentence)];
      if (negated(tokens, m.first_token, s.first_token, Lexicon::shared())) hit.mood = Mood::negated;
      hits.push_back(hit);
    }
  return hits;
}

// Per section: is it (under) a heading of this item (`own`), or of some other item only?
struct Territory {
  std::vector<bool> own, foreign;
};

// Sections whose title names the topic in the words of a part's cues ("Vertrouwelijkheid en
// bewaartermijnen"), though not in the words of the item's headings.
std::vector<bool> titles_with_part_cues(const PlanText& plan, const CompiledItem& item) {
  std::vector<bool> named(plan.structure->sections.size(), false);
  for (const auto& part : item.parts)
    for (const auto& cue : part.cues)
      for (const auto& m : plan.titles.find(cue)) named[static_cast<std::size_t>(m.block)] = true;
  return named;
}

Territory territory(const PlanText& plan, const CompiledItem& item, const std::vector<bool>& home_any) {
  const auto own = heading_matches(plan, item);
  const auto& sections = plan.structure->sections;
  Territory t{std::vector<bool>(sections.size(), false), std::vector<bool>(sections.size(), false)};
  // With no heading of its own anywhere in the plan, the item is discussed under an unforeseen
  // subheading, often inside another item's chapter ("Ouders" > "Vertrouwelijk omgaan met
  // informatie"): a subsection whose title names no item but does name the topic is neutral ground.
  const bool homeless = std::none_of(own.begin(), own.end(), [](bool b) { return b; });
  const auto named = homeless ? titles_with_part_cues(plan, item) : std::vector<bool>(sections.size(), false);
  for (std::size_t s = 0; s < sections.size(); ++s) {
    int at = static_cast<int>(s);
    while (at >= 0 && !home_any[static_cast<std::size_t>(at)]) at = sections[static_cast<std::size_t>(at)].parent;
    t.own[s] = at >= 0 && own[static_cast<std::size_t>(at)];
    t.foreign[s] = at >= 0 && !t.own[s] && !(named[s] && at != static_cast<int>(s));
  }
  return t;
}

// Cue strength of a stretch of text counted once: the cues "sbo" and "speciaal basisonderwijs"
// both match "speciaal basisonderwijs (sbo)", which is one mention, not two or four. Each cue
// counts once per group of blocks (its first match); overlapping matches of different cues in
// one block merge into one place with the strongest cue's strength.
struct CueMention {
  int part = 0, cue = 0, block = 0;
  std::uint32_t begin = 0, end = 0;
  double strength = 0;
};

double place_strength(std::vector<CueMention>& group) {
  auto by_cue = [](const CueMention& a, const CueMention& b) {
    return std::tie(a.part, a.cue, a.block, a.begin) < std::tie(b.part, b.cue, b.block, b.begin);
  };
  std::sort(group.begin(), group.end(), by_cue);
  group.erase(std::unique(group.begin(), group.end(),
                          [](const CueMention& a, const CueMention& b) { return a.part == b.part && a.cue == b.cue; }),
              group.end());
  std::sort(group.begin(), group.end(),
            [](const CueMention& a, const CueMention& b) { return std::tie(a.block, a.begin) < std::tie(b.block, b.begin); });
  double total = 0, strongest = 0;
  std::uint32_t reach = 0;
  int block = -1;
  for (const CueMention& m : group) {
    if (m.block != block || m.begin >= reach) {  // a new place
      total += strongest;
      strongest = 0;
      block = m.block;
      reach = m.end;
    }
    strongest = std::max(strongest, m.strength);
    reach = std::max(reach, m.end);
  }
  return total + strongest;
}

// Blocks in the item's territory: its home sections, blocks with strong cues of their own, and
// the blocks next to those in the same section. Plans often discuss a topic under a heading
// the checklist cannot foresee ("Geld voor ondersteuning"); then the paragraph that names the
// topic strongly and the one or two that carry on with it belong together. Under another
// item's heading a block needs twice the strength and lends none to its neighbours: a privacy
// paragraph that mentions TLV applications does not describe the admission procedure.
std::vector<bool> scope_blocks(const PlanText& plan, const CompiledItem& item, const std::vector<Hit>& hits,
                               const Territory& territory) {
  const std::size_t n = plan.blocks.size();
  auto section_of = [&](std::size_t b) { return static_cast<std::size_t>(plan.blocks[b].section); };
  std::vector<CueMention> mentions;
  for (const Hit& h : hits)
    if (h.mood == Mood::positive && h.part >= 0)
      mentions.push_back({h.part, h.cue, h.block, h.begin, h.end,
                          item.parts[static_cast<std::size_t>(h.part)].cues[static_cast<std::size_t>(h.cue)].strength});
  std::sort(mentions.begin(), mentions.end(), [](const CueMention& a, const CueMention& b) { return a.block < b.block; });
  std::vector<double> block_strength(n, 0), section_strength(plan.structure->sections.size(), 0);
  std::vector<std::vector<CueMention>> per_section(plan.structure->sections.size());
  std::vector<CueMention> group;
  for (std::size_t at = 0; at < mentions.size();) {
    const auto b = static_cast<std::size_t>(mentions[at].block);
    std::size_t stop = at;
    while (stop < mentions.size() && mentions[stop].block == mentions[at].block) ++stop;
    group.assign(mentions.begin() + static_cast<long>(at), mentions.begin() + static_cast<long>(stop));
    // A section with an unforeseen heading whose paragraphs and table rows together name the
    // topic strongly ("Afspraken over wat iedere school biedt" with a table of provisions) is
    // the item's own: its evidence is spread out, not missing.
    if (auto& section = per_section[section_of(b)]; !territory.foreign[section_of(b)])
      section.insert(section.end(), group.begin(), group.end());
    block_strength[b] = place_strength(group);
    at = stop;
  }
  for (std::size_t sec = 0; sec < per_section.size(); ++sec)
    if (!per_section[sec].empty()) section_strength[sec] = place_strength(per_section[sec]);
  std::vector<bool> strong(n, false), scope(n, false);
  for (std::size_t b = 0; b < n; ++b)
    strong[b] = block_strength[b] >= (territory.foreign[section_of(b)] ? kForeignBlockFactor * kStrongBlock : kStrongBlock);
  std::vector<bool> strong_section(per_section.size(), false), glossary(per_section.size(), false);
  for (std::size_t sec = 0; sec < per_section.size(); ++sec) {
    strong_section[sec] = section_strength[sec] >= kStrongSection;
    glossary[sec] = is_glossary_title(plan.structure->sections[sec].title);
  }
  for (std::size_t b = 0; b < n; ++b) {
    bool near_strong = strong[b] || strong_section[section_of(b)];
    if (!territory.foreign[section_of(b)])
      for (std::size_t o = b >= kNeighbourBlocks ? b - kNeighbourBlocks : 0; o <= std::min(n - 1, b + kNeighbourBlocks); ++o)
        near_strong |= strong[o] && section_of(o) == section_of(b);
    // A glossary's "SOP: schoolondersteuningsprofiel" defines a word; it is no evidence of policy.
    scope[b] = (territory.own[section_of(b)] || near_strong) && !glossary[section_of(b)];
  }
  return scope;
}

const Block& block_at(const PlanText& plan, int b) {
  const BlockRef& ref = plan.blocks[static_cast<std::size_t>(b)];
  return plan.structure->sections[static_cast<std::size_t>(ref.section)].blocks[static_cast<std::size_t>(ref.block)];
}

// The best single piece of year evidence near the item's positive hits: one sentence, one
// section's table rows together, or one section title.
struct YearEvidence {
  std::set<int> years;
  std::string text;
  bool table = false;  // a table's header row: its columns are the years
};

bool is_listed(const Block& block) { return block.kind == BlockKind::list_item || starts_list_item(block.text); }

// "• 2014-2015: baten € 3.920.000, ..." one bullet per year: the list is a table written as
// bullets, so its years count together, as a table's columns do.
// The amounts may be in euros by the title ("Meerjarenraming (x € 1.000)").
std::string yearly_amounts_list(const Section& section) {
  const auto in_euros = [](std::string_view text) {
    return text.find("\xE2\x82\xAC") != std::string_view::npos || text.find("euro") != std::string_view::npos;
  };
  const bool title_in_euros = in_euros(section.title);
  std::string joined;
  int items = 0;
  for (const Block& block : section.blocks)
    if (is_listed(block) && !covered_years(block.text).empty() && (title_in_euros || in_euros(block.text))) {
      joined += (joined.empty() ? "" : " ") + block.text;
      ++items;
    }
  return items >= 2 ? joined : std::string{};
}

YearEvidence best_years(const PlanText& plan, const std::vector<Hit>& hits, const std::vector<bool>& scope) {
  YearEvidence best;
  std::set<int> sections;
  auto consider_text = [&](std::string_view text, bool table = false) {
    auto years = covered_years(text);
    // A table over as many years as a title beats it: its columns are the budget itself.
    const bool better_table = table && !best.table && !years.empty() && years.size() == best.years.size();
    if (years.size() > best.years.size() || better_table) best = YearEvidence{years, std::string(text), table};
  };
  for (const Hit& h : hits) {
    if (h.mood != Mood::positive || !scope[static_cast<std::size_t>(h.block)]) continue;
    const Block& block = block_at(plan, h.block);
    const Sentence& s = plan.sentences[static_cast<std::size_t>(h.block)][static_cast<std::size_t>(h.sentence)];
    consider_text(std::string_view(block.text).substr(s.begin, s.end - s.begin));
    sections.insert(plan.blocks[static_cast<std::size_t>(h.block)].section);
  }
  for (int s : sections) {
    const Section& section = plan.structure->sections[static_cast<std::size_t>(s)];
    consider_text(section.title);
    for (const Block& block : section.blocks)  // a table's header row, not a sum of rows
      if (block.kind == BlockKind::table_row) consider_text(block.text, true);
    if (const std::string listed = yearly_amounts_list(section); !listed.empty()) consider_text(listed, true);
  }
  return best;
}

}  // namespace

namespace {

// One stretch of text however many cues match in it: "Wet bescherming persoonsgegevens" is
// one piece of evidence, not three (Wbp, gegevensbescherming, the law's name).
struct Place {
  int block = 0;
  std::uint32_t begin = 0, end = 0;
  double strength = 0;
};

void add_place(std::vector<Place>& places, const Hit& h, double strength) {
  for (Place& place : places)
    if (place.block == h.block && h.begin < place.end && place.begin < h.end) {
      place.begin = std::min(place.begin, h.begin);
      place.end = std::max(place.end, h.end);
      place.strength = std::max(place.strength, strength);
      return;
    }
  places.push_back(Place{h.block, h.begin, h.end, strength});
}

// Per part: distinct cue strength in scope within sentences that put the content off to later.
std::vector<double> deferred_strength(const CompiledItem& item, const std::vector<Hit>& hits, const std::vector<bool>& scope) {
  std::vector<std::set<int>> cues(item.parts.size());
  std::vector<double> strength(item.parts.size(), 0);
  for (const Hit& h : hits) {
    if (h.part < 0 || !h.deferred || !scope[static_cast<std::size_t>(h.block)]) continue;
    const auto p = static_cast<std::size_t>(h.part);
    if (cues[p].insert(h.cue).second) strength[p] += item.parts[p].cues[static_cast<std::size_t>(h.cue)].strength;
  }
  return strength;
}

void aggregate_parts(const CompiledItem& item, const std::vector<Hit>& hits, const std::vector<bool>& scope,
                     ItemResult& result) {
  result.parts.assign(item.parts.size(), PartResult{});
  // Distinct evidence: each cue counts once, and one place in the text counts once however
  // many cues (variants, synonyms) match there, with the strongest cue's strength.
  std::vector<std::set<int>> seen(item.parts.size());
  std::vector<std::vector<Place>> places(item.parts.size());
  std::vector<bool> figured(item.parts.size(), false);
  for (const Hit& h : hits) {
    if (h.part < 0 || !scope[static_cast<std::size_t>(h.block)]) continue;
    PartResult& part = result.parts[static_cast<std::size_t>(h.part)];
    if (h.mood == Mood::positive && h.figured) figured[static_cast<std::size_t>(h.part)] = true;
    if (h.mood == Mood::announced) part.announced = true;
    if (h.mood != Mood::positive || !seen[static_cast<std::size_t>(h.part)].insert(h.cue).second) {
      part.denied |= h.mood != Mood::positive;
      continue;
    }
    add_place(places[static_cast<std::size_t>(h.part)], h,
              item.parts[static_cast<std::size_t>(h.part)].cues[static_cast<std::size_t>(h.cue)].strength);
  }
  for (std::size_t p = 0; p < item.parts.size(); ++p)
    for (const Place& place : places[p]) {
      result.parts[p].strength += place.strength;
      ++result.parts[p].distinct;
    }
  const auto deferred = deferred_strength(item, hits, scope);
  for (std::size_t p = 0; p < item.parts.size(); ++p) {
    PartResult& part = result.parts[p];
    // "De verdeelsleutel wordt in het najaar van 2014 vastgesteld": the plan itself says this part
    // is still to come, so principles or a model described elsewhere do not complete it.
    part.deferred = deferred[p] >= kFound;
    part.found = part.strength >= kFound && part.distinct >= item.parts[p].part->min_hits && !part.deferred;
    // "Wij streven naar een daling van het aantal thuiszitters": a target without a figure
    // touches the part but does not state it.
    part.found = part.found && figured[p];
    result.announced |= part.announced;
  }
}

void apply_multi_year(const PlanText& plan, const CompiledItem& item, const std::vector<Hit>& hits,
                      const std::vector<bool>& scope, ItemResult& result) {
  bool any = false;
  for (const auto& part : item.parts) any |= part.part->multi_year;
  if (!any) return;
  const YearEvidence years = best_years(plan, hits, scope);
  result.school_year = years.years.size() == 1 && written_as_school_year(years.text, *years.years.begin());
  for (std::size_t p = 0; p < item.parts.size(); ++p) {
    if (!item.parts[p].part->multi_year) continue;
    result.parts[p].years = years.years;
    const bool enough = static_cast<int>(years.years.size()) >= item.parts[p].part->min_years;
    // A budget table with a column per year is multi-year in itself, whatever the words around it.
    if (enough && years.table) result.parts[p].found = true;
    if (!enough) result.parts[p].found = false;
  }
}

Outcome decide(const CompiledItem& item, const std::vector<Hit>& hits, const std::vector<bool>& scope, ItemResult& result) {
  double total = 0, found = 0, touched = 0;
  bool required_missing = false;
  for (std::size_t p = 0; p < item.parts.size(); ++p) {
    const auto& part = *item.parts[p].part;
    total += part.weight;
    if (result.parts[p].found) found += part.weight;
    // An optional part the plan itself puts off ("het deskundigenadvies werkt het bestuur uit in
    // een nadere notitie") leaves the item incomplete all the same.
    else required_missing |= part.required || result.parts[p].deferred;
    touched += result.parts[p].strength;
  }
  result.score = total > 0 ? found / total : 0;
  bool contrary = false;
  for (const Hit& h : hits) contrary |= h.part < 0 && h.mood == Mood::positive && scope[static_cast<std::size_t>(h.block)];
  // A required part the plan only denies or defers ("nog geen OPR", "een inventarisatie ontbreekt").
  for (std::size_t p = 0; p < item.parts.size(); ++p)
    result.denied |= item.parts[p].part->required && !result.parts[p].found && result.parts[p].denied;
  if (!required_missing && result.score + 1e-9 >= item.item->min_score)
    return contrary ? Outcome::partial : Outcome::complete;  // agreement with stated exceptions
  if (contrary && found == 0) return Outcome::contrary;
  return found > 0 || touched >= kFound || result.announced ? Outcome::partial : Outcome::absent;
}

double clamp01(double v) { return std::max(0.0, std::min(1.0, v)); }

// High when the decision has room to spare: parts well corroborated for `complete`, nothing
// at all found for `absent`; lowest near the thresholds.
double confidence(const CompiledItem& item, const ItemResult& result) {
  double margin = 0;
  int counted = 0;
  for (std::size_t p = 0; p < item.parts.size(); ++p) {
    if (!item.parts[p].part->required) continue;
    const double s = result.parts[p].strength;
    margin += result.outcome == Outcome::complete ? clamp01((s - kFound) / kFound) : clamp01((kFound - s) / kFound);
    ++counted;
  }
  margin = counted ? margin / counted : 0.5;
  if (result.outcome == Outcome::complete) return 0.6 + 0.35 * margin;
  if (result.outcome == Outcome::absent) return 0.7 + 0.25 * margin;
  return 0.55 + 0.3 * margin;
}

}  // namespace

namespace {

// BM25 over blocks (k1 = 1.2, b = 0.75), each distinct cue weighted by its strength, with a
// boost for blocks under the item's own heading. Greedy pick: each next block must add a part
// not yet shown, so the evidence covers what was found.
std::vector<EvidenceSpan> rank_evidence(const PlanText& plan, const CompiledItem& item, const std::vector<Hit>& hits,
                                        const std::vector<bool>& scope, const std::vector<bool>& home) {
  const double n = static_cast<double>(plan.blocks.size());
  std::map<std::pair<int, int>, std::set<int>> blocks_of_cue;
  for (const Hit& h : hits) blocks_of_cue[{h.part, h.cue}].insert(h.block);
  double avg_len = plan.body.tokens().empty() ? 1 : static_cast<double>(plan.body.tokens().size()) / std::max(1.0, n);
  struct Scored { double score = 0; std::set<int> parts; const Hit* first = nullptr; };
  std::map<int, Scored> per_block;
  std::map<std::pair<int, int>, int> tf;
  for (const Hit& h : hits)
    if (h.part >= 0 && h.mood != Mood::negated && scope[static_cast<std::size_t>(h.block)]) ++tf[{h.block, h.part * 1000 + h.cue}];
  for (const auto& [key, count] : tf) {
    const auto [block, code] = key;
    const int part = code / 1000, cue = code % 1000;
    const double df = static_cast<double>(blocks_of_cue[{part, cue}].size());
    const double idf = std::log(1 + (n - df + 0.5) / (df + 0.5));
    const double len = static_cast<double>(plan.end_token[static_cast<std::size_t>(block)] - plan.first_token[static_cast<std::size_t>(block)]);
    const double sat = count * 2.2 / (count + 1.2 * (0.25 + 0.75 * len / avg_len));
    auto& scored = per_block[block];
    scored.score += item.parts[static_cast<std::size_t>(part)].cues[static_cast<std::size_t>(cue)].strength * idf * sat;
    scored.parts.insert(part);
  }
  for (const Hit& h : hits)
    if (per_block.count(h.block) && (!per_block[h.block].first || h.begin < per_block[h.block].first->begin) && h.part >= 0)
      per_block[h.block].first = &h;
  std::vector<std::pair<double, int>> order;
  for (auto& [block, scored] : per_block) {
    if (home[static_cast<std::size_t>(plan.blocks[static_cast<std::size_t>(block)].section)]) scored.score *= 1.5;
    order.push_back({-scored.score, block});
  }
  std::sort(order.begin(), order.end());
  std::vector<EvidenceSpan> out;
  std::set<int> shown;
  for (const auto& [neg, block] : order) {
    const Scored& scored = per_block[block];
    const bool adds = std::any_of(scored.parts.begin(), scored.parts.end(), [&](int p) { return !shown.count(p); });
    if (!out.empty() && !adds) continue;
    shown.insert(scored.parts.begin(), scored.parts.end());
    const Sentence& s = plan.sentences[static_cast<std::size_t>(block)][static_cast<std::size_t>(scored.first->sentence)];
    out.push_back(EvidenceSpan{block, s.begin, s.end});
    if (out.size() == 3) break;
  }
  return out;
}

}  // namespace

std::vector<bool> heading_matches(const PlanText& plan, const CompiledItem& item) {
  std::vector<bool> own(plan.structure->sections.size(), false);
  for (const auto& cue : item.headings)
    for (const auto& m : plan.titles.find(cue)) own[static_cast<std::size_t>(m.block)] = true;
  return own;
}

ItemResult score_item(const PlanText& plan, const CompiledItem& item, const std::vector<bool>& home_any) {
  ItemResult result;
  const auto hits = collect_hits(plan, item);
  const auto sections = territory(plan, item, home_any);
  const auto scope = scope_blocks(plan, item, hits, sections);
  aggregate_parts(item, hits, scope, result);
  apply_multi_year(plan, item, hits, scope, result);
  result.outcome = decide(item, hits, scope, result);
  result.confidence = confidence(item, result);
  if (result.outcome != Outcome::absent) result.evidence = rank_evidence(plan, item, hits, scope, sections.own);
  return result;
}

std::string trace_item(const PlanText& plan, const CompiledItem& item, const std::vector<bool>& home_any) {
  const auto hits = collect_hits(plan, item);
  const auto scope = scope_blocks(plan, item, hits, territory(plan, item, home_any));
  std::string out;
  for (const Hit& h : hits) {
    const auto& cue = h.part >= 0 ? item.parts[static_cast<std::size_t>(h.part)].cues[static_cast<std::size_t>(h.cue)]
                                  : item.contraries[static_cast<std::size_t>(h.cue)];
    const char* mood = h.mood == Mood::positive ? "+" : h.mood == Mood::announced ? "~" : "-";
    out += "    " + (h.part >= 0 ? item.parts[static_cast<std::size_t>(h.part)].part->name : std::string("contrary")) + " " +
           mood + " '" + cue.text + "' (" + std::to_string(cue.strength).substr(0, 3) + ") block " + std::to_string(h.block) +
           (scope[static_cast<std::size_t>(h.block)] ? "" : " [out of scope]") + ": " +
           block_at(plan, h.block).text.substr(h.begin, h.end - h.begin);
    if (h.mood == Mood::announced) {  // why: the sentence that only announces
      const Sentence& s = plan.sentences[static_cast<std::size_t>(h.block)][static_cast<std::size_t>(h.sentence)];
      out += " | " + block_at(plan, h.block).text.substr(s.begin, s.end - s.begin);
    }
    out += "\n";
  }
  return out;
}

const CompiledItem& compiled_item(const checklists::Item& item) {
  struct Entry {
    std::size_t print = 0;
    std::unique_ptr<CompiledItem> compiled;
  };
  static std::unordered_map<const checklists::Item*, Entry> cache;
  const std::size_t print = fingerprint(item);
  Entry& entry = cache[&item];
  if (entry.compiled && entry.print == print) return *entry.compiled;
  auto compiled = std::make_unique<CompiledItem>();
  compiled->item = &item;
  compiled->headings = compile_all(item.heading_cues);
  compiled->negatives = compile_all(item.negative_cues);
  compiled->contraries = compile_all(item.contrary_cues);
  for (const auto& part : item.parts)
    compiled->parts.push_back(CompiledPart{&part, compile_all(part.cues), compile_all(part.context_cues)});
  entry = Entry{print, std::move(compiled)};
  return *entry.compiled;
}

PlanText::PlanText(const Structure& s, std::vector<std::string_view> block_texts, std::vector<std::string_view> title_texts)
    : structure(&s), body(block_texts, Lexicon::shared()), titles(title_texts, Lexicon::shared()) {
  const auto& tokens = body.tokens();
  std::uint32_t t = 0;
  for (std::size_t b = 0; b < block_texts.size(); ++b) {
    const std::uint32_t first = t;
    while (t < tokens.size() && tokens[t].block == static_cast<int>(b)) ++t;
    first_token.push_back(first);
    end_token.push_back(t);
    sentences.push_back(split_block_sentences(block_texts[b], tokens, first, t, Lexicon::shared()));
  }
}

PlanText build_plan_text(const Structure& structure) {
  std::vector<BlockRef> refs;
  std::vector<std::string_view> texts, titles;
  for (std::size_t s = 0; s < structure.sections.size(); ++s) {
    titles.push_back(structure.sections[s].title);
    for (std::size_t b = 0; b < structure.sections[s].blocks.size(); ++b) {
      refs.push_back(BlockRef{static_cast<int>(s), static_cast<int>(b)});
      texts.push_back(structure.sections[s].blocks[b].text);
    }
  }
  PlanText plan(structure, texts, titles);
  plan.blocks = std::move(refs);
  return plan;
}

}  // namespace opcheck::analyse::detail
