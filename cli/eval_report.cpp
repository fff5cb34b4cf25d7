// Output side of `opcheck eval` (see eval.h): the Dutch text report with its confusion tables
// and closing SAMENVATTING line, the opcheck.eval/1 JSON, the threshold check, and the perfect
// report a gold file implies (for tests and sanity runs).
#include <algorithm>
#include <array>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/eval.h"
#include "cli/eval_detail.h"

namespace opcheck::cli {
using nlohmann::json;

namespace detail {

std::vector<Figure> headline_figures(const GroupScores& s, const EvalThresholds& t) {
  return {
      {"precisie", s.gaps.precision(), t.min_precision},
      {"recall", s.gaps.recall(), t.min_recall},
      {"status", s.status.rate(), t.min_status_accuracy},
      {"datums", s.dates.rate(), t.min_date_accuracy},
      {"oogo", s.oogo_outcome.rate(), t.min_oogo_accuracy},
      {"is_plan", s.is_plan.rate(), t.min_is_plan_accuracy},
      {"ocr", s.ocr_words.accuracy(), t.min_ocr_accuracy},
      {"tekstlaag", s.text_words.accuracy(), 0},
  };
}

std::string dutch_number(std::optional<double> value, int decimals) {
  if (!value) return "n.v.t.";
  std::string out = fmt::format("{:.{}f}", *value, decimals);
  std::replace(out.begin(), out.end(), '.', ',');
  return out;
}

std::string dutch_number(std::optional<double> value) { return dutch_number(value, 2); }

std::vector<std::string> threshold_violations(const EvalResult& result, const EvalThresholds& thresholds) {
  std::vector<std::string> out;
  for (const auto& [split, scores] : result.by_split) {
    for (const auto& f : headline_figures(scores, thresholds)) {
      if (f.minimum <= 0 || !f.value || *f.value >= f.minimum) continue;
      out.push_back(fmt::format("{}: {} {} ligt onder de drempel {}.", split, f.label,
                                dutch_number(f.value, 3), dutch_number(f.minimum, 3)));
    }
  }
  return out;
}

}  // namespace detail

namespace {

using detail::dutch_number;

// Statuses in the order of checklist-ids.md; anything else after them, alphabetically.
int status_rank(const std::string& status) {
  static constexpr std::array<const char*, 10> kOrder{
      "voldoet", "onvolledig", "ontbreekt", "niet_voldaan", "niet_aangetoond",
      "ja", "deels", "nee", "onbekend", kNoJudgement};
  for (std::size_t i = 0; i < kOrder.size(); ++i)
    if (status == kOrder[i]) return static_cast<int>(i);
  return static_cast<int>(kOrder.size());
}

std::vector<std::string> ordered(std::vector<std::string> statuses) {
  std::sort(statuses.begin(), statuses.end(), [](const std::string& a, const std::string& b) {
    return std::pair{status_rank(a), a} < std::pair{status_rank(b), b};
  });
  statuses.erase(std::unique(statuses.begin(), statuses.end()), statuses.end());
  return statuses;
}

std::string confusion_table(const std::string& checklist, const Confusion& c) {
  std::vector<std::string> rows, cols;
  for (const auto& [truth, row] : c) {
    rows.push_back(truth);
    for (const auto& [guess, n] : row) cols.push_back(guess);
  }
  rows = ordered(rows);
  cols = ordered(cols);
  std::string out = fmt::format("  Verwarring {} (rij: goud, kolom: voorspeld)\n    {:<16}", checklist, "goud");
  for (const auto& col : cols) out += fmt::format(" {:>16}", col);
  for (const auto& truth : rows) {
    out += fmt::format("\n    {:<16}", truth);
    for (const auto& guess : cols) {
      auto row = c.find(truth);
      auto cell = row->second.find(guess);
      out += fmt::format(" {:>16}", cell == row->second.end() ? 0 : cell->second);
    }
  }
  return out + "\n";
}

std::string item_lines(const std::map<std::string, Confusion>& items) {
  std::string out = "  Per item (goed van totaal; fouten als goud → voorspeld)\n";
  for (const auto& [item, c] : items) {
    int good = 0, total = 0;
    std::string errors;
    for (const auto& [truth, row] : c) {
      for (const auto& [guess, n] : row) {
        total += n;
        if (truth == guess) good += n;
        else errors += fmt::format("{}{} → {} {}", errors.empty() ? "" : ", ", truth, guess, n);
      }
    }
    std::string line = fmt::format("    {:<22} {:>3} van {:<3} {}", item, good, total, errors);
    line.erase(line.find_last_not_of(' ') + 1);
    out += line + "\n";
  }
  return out;
}

std::string tally_text(const Tally& t) {
  return fmt::format("{} ({} van {})", dutch_number(t.rate()), t.correct, t.total);
}

std::string words_text(const WordTally& w) {
  return fmt::format("{} ({} {}, {} woorden, {} woordfouten)", dutch_number(w.accuracy()), w.pages,
                     w.pages == 1 ? "pagina" : "pagina's", w.truth_words, w.edits);
}

std::string figures_block(const std::string& title, const GroupScores& s) {
  std::string out = fmt::format("== {}: {} documenten, {} zonder rapport ==\n", title, s.documents, s.missing_reports);
  out += fmt::format("  Tekortkomingen (inhoudseisen + procedure): precisie {} ({} terecht, {} onterecht), "
                     "recall {} ({} gemist)\n",
                     dutch_number(s.gaps.precision()), s.gaps.true_positive, s.gaps.false_positive,
                     dutch_number(s.gaps.recall()), s.gaps.false_negative);
  out += "  Status exact (inhoudseisen + procedure): " + tally_text(s.status) + "\n";
  out += "  Procedure-datums (datum en precisie):    " + tally_text(s.dates) + "\n";
  out += "  OOGO-uitkomst:                           " + tally_text(s.oogo_outcome) + "\n";
  out += "  Plan herkend (is_plan):                  " + tally_text(s.is_plan) + "\n";
  out += fmt::format("  Kapotte bestanden goed afgehandeld:      {} van {}\n", s.broken_handled.correct,
                     s.broken_handled.total);
  out += "  Woordnauwkeurigheid OCR-pagina's:        " + words_text(s.ocr_words) + "\n";
  out += "  Woordnauwkeurigheid tekstlaag:           " + words_text(s.text_words) + "\n";
  return out;
}

std::string full_block(const std::string& title, const GroupScores& s) {
  std::string out = figures_block(title, s) + "\n";
  // The order of checklist-ids.md, not alphabetical.
  for (const char* checklist : {"inhoudseisen", "procedure", "parameter5"})
    if (auto it = s.by_checklist.find(checklist); it != s.by_checklist.end()) out += confusion_table(checklist, it->second) + "\n";
  for (const auto& [checklist, c] : s.by_checklist)
    if (checklist != "inhoudseisen" && checklist != "procedure" && checklist != "parameter5")
      out += confusion_table(checklist, c) + "\n";
  if (!s.by_item.empty()) out += item_lines(s.by_item) + "\n";
  return out;
}

std::string summary_line(const EvalResult& r) {
  std::string out = "SAMENVATTING";
  bool first = true;
  for (const auto& [split, s] : r.by_split) {
    out += first ? " " : " | ";
    first = false;
    out += split + ":";
    for (const auto& f : detail::headline_figures(s, EvalThresholds{})) out += " " + f.label + " " + dutch_number(f.value);
    out += fmt::format(" kapot {}/{}", s.broken_handled.correct, s.broken_handled.total);
  }
  return out + (r.violations.empty() ? " | drempels gehaald" : fmt::format(" | {} drempel(s) niet gehaald", r.violations.size()));
}

json tally_json(const Tally& t) {
  json rate = t.rate() ? json(*t.rate()) : json(nullptr);
  return {{"correct", t.correct}, {"total", t.total}, {"rate", rate}};
}

json words_json(const WordTally& w) {
  json accuracy = w.accuracy() ? json(*w.accuracy()) : json(nullptr);
  return {{"edits", w.edits}, {"truth_words", w.truth_words}, {"pages", w.pages}, {"accuracy", accuracy}};
}

json group_json(const GroupScores& s) {
  auto opt = [](std::optional<double> v) { return v ? json(*v) : json(nullptr); };
  json gaps = {{"true_positive", s.gaps.true_positive}, {"false_positive", s.gaps.false_positive},
               {"false_negative", s.gaps.false_negative}, {"true_negative", s.gaps.true_negative},
               {"precision", opt(s.gaps.precision())}, {"recall", opt(s.gaps.recall())}};
  return {{"documents", s.documents}, {"missing_reports", s.missing_reports}, {"gaps", gaps},
          {"status", tally_json(s.status)}, {"dates", tally_json(s.dates)},
          {"oogo_outcome", tally_json(s.oogo_outcome)}, {"is_plan", tally_json(s.is_plan)},
          {"broken_handled", tally_json(s.broken_handled)}, {"ocr_words", words_json(s.ocr_words)},
          {"text_words", words_json(s.text_words)}, {"confusion", s.by_checklist}, {"items", s.by_item}};
}

json fact_from_gold(const json& fact, const std::string& name) {
  if (!fact.is_object()) return nullptr;
  json out = {{"date", fact.value("date", json(nullptr))},
              {"precision", fact.value("precision", json(nullptr))},
              {"evidence", json::array()}};
  if (name == "vaststelling") out["by"] = fact.value("by", json(nullptr));
  if (name == "oogo") out["outcome"] = fact.value("outcome", json("onbekend"));
  return out;
}

}  // namespace

std::string to_text(const EvalResult& r) {
  std::string out = fmt::format("Evaluatie van opcheck tegen {} goudbestanden\n\n", r.gold_files);
  if (!r.problems.empty()) {
    out += "Problemen\n";
    for (const auto& p : r.problems) out += "  - " + p + "\n";
    out += "\n";
  }
  out += full_block("Totaal", r.total);
  for (const auto& [split, s] : r.by_split) out += full_block("Deelverzameling " + split, s);
  for (const auto& [variant, s] : r.by_variant) out += figures_block("Variant " + variant, s) + "\n";
  out += "Drempels\n";
  if (r.violations.empty()) out += "  Alle drempels gehaald.\n";
  for (const auto& v : r.violations) out += "  - " + v + "\n";
  return out + "\n" + summary_line(r) + "\n";
}

json to_json(const EvalResult& r) {
  json splits = json::object(), variants = json::object();
  for (const auto& [name, s] : r.by_split) splits[name] = group_json(s);
  for (const auto& [name, s] : r.by_variant) variants[name] = group_json(s);
  return {{"schema", "opcheck.eval/1"}, {"gold_files", r.gold_files}, {"total", group_json(r.total)},
          {"splits", splits}, {"variants", variants}, {"problems", r.problems}, {"violations", r.violations}};
}

json report_from_gold(const json& gold) {
  bool broken = gold.value("variant", "") == "broken";
  json plan = gold.value("plan", json::object());
  plan["sha256"] = "";
  json facts = json::object();
  const json gold_facts = gold.value("procedure_facts", json::object());
  for (const char* name : {"vaststelling", "opr_instemming", "oogo"})
    facts[name] = broken ? json(nullptr) : fact_from_gold(gold_facts.value(name, json(nullptr)), name);
  json findings = json::array();
  for (const auto& f : gold.value("findings", json::array()))
    findings.push_back({{"checklist", f.value("checklist", "")}, {"item", f.value("item", "")},
                        {"status", f.value("status", "")}, {"confidence", 1.0}, {"evidence", json::array()},
                        {"explanation", ""}, {"override", nullptr}});
  json errors = json::array();
  if (broken) {
    plan.erase("is_plan");
    findings = json::array();
    const json kind = gold.value("expected_error", json(nullptr));
    errors.push_back("Het bestand kon niet worden verwerkt (" + (kind.is_string() ? kind.get<std::string>() : "onbekend") + ").");
  }
  return {{"schema", "opcheck.report/1"}, {"plan", plan}, {"procedure_facts", facts},
          {"findings", findings}, {"errors", errors}};
}

}  // namespace opcheck::cli
