// Scoring of one run against the gold files (see eval.h): loads every gold file and the
// matching report.json / extract.txt, scores each document into a GroupScores of its own and
// adds it to the total, its split and its variant. Text and JSON output live in eval_report.cpp.
#include "cli/eval.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/eval_detail.h"
#include "opcheck/word_accuracy.h"

namespace opcheck::cli {
using nlohmann::json;

namespace {

constexpr const char* kFacts[] = {"vaststelling", "opr_instemming", "oogo"};

// Absent and null members read the same: the contracts use null for "not found".
const json* member(const json& obj, const char* key) {
  if (!obj.is_object()) return nullptr;
  auto it = obj.find(key);
  return (it == obj.end() || it->is_null()) ? nullptr : &*it;
}

std::optional<std::string> string_member(const json* obj, const char* key) {
  const json* value = obj ? member(*obj, key) : nullptr;
  if (!value || !value->is_string()) return std::nullopt;
  return value->get<std::string>();
}

std::optional<std::string> read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

struct Run {
  std::optional<json> report;  // nullopt: missing or unreadable
  std::optional<std::string> extract;
};

bool counts_for_gaps(const std::string& checklist) { return checklist == "inhoudseisen" || checklist == "procedure"; }

// The tool's own judgement: when an analyst overrode it, the contract keeps it in
// override.original_status.
std::optional<std::string> own_status(const json& finding) {
  if (auto original = string_member(member(finding, "override"), "original_status")) return original;
  return string_member(&finding, "status");
}

std::map<std::string, std::string> predicted_statuses(const json* report) {
  std::map<std::string, std::string> out;  // key: checklist + '/' + item
  const json* findings = report ? member(*report, "findings") : nullptr;
  if (!findings || !findings->is_array()) return out;
  for (const auto& f : *findings) {
    auto checklist = string_member(&f, "checklist");
    auto item = string_member(&f, "item");
    auto status = own_status(f);
    if (checklist && item && status) out.emplace(*checklist + "/" + *item, *status);
  }
  return out;
}

void score_findings(const json& gold, const json* report, GroupScores& s) {
  auto predicted = predicted_statuses(report);
  const json* findings = member(gold, "findings");
  if (!findings || !findings->is_array()) return;
  for (const auto& f : *findings) {
    std::string checklist = string_member(&f, "checklist").value_or("");
    std::string item = string_member(&f, "item").value_or("");
    std::string truth = string_member(&f, "status").value_or("");
    auto it = predicted.find(checklist + "/" + item);
    std::string guess = it == predicted.end() ? kNoJudgement : it->second;
    ++s.by_checklist[checklist][truth][guess];
    ++s.by_item[item][truth][guess];
    if (!counts_for_gaps(checklist)) continue;
    ++s.status.total;
    if (guess == truth) ++s.status.correct;
    bool gold_gap = truth != "voldoet";
    bool guess_gap = it == predicted.end() ? !gold_gap : guess != "voldoet";
    if (gold_gap) ++(guess_gap ? s.gaps.true_positive : s.gaps.false_negative);
    else ++(guess_gap ? s.gaps.false_positive : s.gaps.true_negative);
  }
}

// Date and precision of a fact, or nullopt when the fact or its date is null.
std::optional<std::pair<std::string, std::string>> fact_date(const json* facts, const char* name) {
  const json* fact = facts ? member(*facts, name) : nullptr;
  auto date = string_member(fact, "date");
  if (!date) return std::nullopt;
  return std::pair{*date, string_member(fact, "precision").value_or("")};
}

std::string oogo_outcome(const json* facts) {
  return string_member(facts ? member(*facts, "oogo") : nullptr, "outcome").value_or("onbekend");
}

void score_facts(const json& gold, const json* report, GroupScores& s) {
  const json* truth = member(gold, "procedure_facts");
  const json* guess = report ? member(*report, "procedure_facts") : nullptr;
  for (const char* name : kFacts) {
    ++s.dates.total;
    if (report && fact_date(truth, name) == fact_date(guess, name)) ++s.dates.correct;
  }
  ++s.oogo_outcome.total;
  if (report && oogo_outcome(truth) == oogo_outcome(guess)) ++s.oogo_outcome.correct;
}

void score_is_plan(const json& gold, const json* report, GroupScores& s) {
  ++s.is_plan.total;
  const json* truth = member(*member(gold, "plan"), "is_plan");
  const json* plan = report ? member(*report, "plan") : nullptr;
  const json* guess = plan ? member(*plan, "is_plan") : nullptr;
  if (truth && guess && truth->is_boolean() && guess->is_boolean() && *truth == *guess) ++s.is_plan.correct;
}

std::vector<std::string_view> split_pages(std::string_view text) {
  std::vector<std::string_view> pages;
  std::size_t start = 0;
  while (true) {
    std::size_t end = text.find('\f', start);
    pages.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return pages;
    start = end + 1;
  }
}

// Missing pages (or a missing extract) score as empty text: every truth word lost.
void score_words(const json& gold, const std::optional<std::string>& extract, GroupScores& s) {
  const json* truth_pages = member(gold, "page_text");
  if (!truth_pages || !truth_pages->is_array()) return;
  std::set<int> ocr;
  if (const json* list = member(*member(gold, "plan"), "ocr_pages"); list && list->is_array())
    for (const auto& n : *list) if (n.is_number_integer()) ocr.insert(n.get<int>());
  auto pages = extract ? split_pages(*extract) : std::vector<std::string_view>{};
  for (std::size_t i = 0; i < truth_pages->size(); ++i) {
    const auto& truth = (*truth_pages)[i];
    std::string_view guess = i < pages.size() ? pages[i] : std::string_view{};
    WordEdits e = word_edits(truth.is_string() ? truth.get_ref<const std::string&>() : "", guess);
    WordTally& tally = ocr.count(static_cast<int>(i) + 1) ? s.ocr_words : s.text_words;
    tally.edits += e.edits;
    tally.truth_words += e.truth_words;
    ++tally.pages;
  }
}

// A broken file is handled when the report says what went wrong and claims nothing else.
void score_broken(const json* report, GroupScores& s) {
  ++s.broken_handled.total;
  if (!report) return;
  const json* errors = member(*report, "errors");
  const json* plan = member(*report, "plan");
  const json* findings = member(*report, "findings");
  bool has_errors = errors && errors->is_array() && !errors->empty();
  bool no_is_plan = !plan || !member(*plan, "is_plan");
  bool no_findings = !findings || (findings->is_array() && findings->empty());
  if (has_errors && no_is_plan && no_findings) ++s.broken_handled.correct;
}

GroupScores score_document(const json& gold, const Run& run) {
  GroupScores s;
  s.documents = 1;
  s.missing_reports = run.report ? 0 : 1;
  const json* report = run.report ? &*run.report : nullptr;
  if (string_member(&gold, "variant") == "broken") {
    score_broken(report, s);
    return s;
  }
  score_is_plan(gold, report, s);
  score_findings(gold, report, s);
  score_facts(gold, report, s);
  score_words(gold, run.extract, s);
  return s;
}

void add_tally(Tally& into, const Tally& t) { into.correct += t.correct, into.total += t.total; }
void add_words(WordTally& into, const WordTally& t) {
  into.edits += t.edits, into.truth_words += t.truth_words, into.pages += t.pages;
}
void add_confusions(std::map<std::string, Confusion>& into, const std::map<std::string, Confusion>& from) {
  for (const auto& [key, confusion] : from)
    for (const auto& [truth, row] : confusion)
      for (const auto& [guess, n] : row) into[key][truth][guess] += n;
}

void add_scores(GroupScores& into, const GroupScores& d) {
  into.documents += d.documents;
  into.missing_reports += d.missing_reports;
  into.gaps.true_positive += d.gaps.true_positive;
  into.gaps.false_positive += d.gaps.false_positive;
  into.gaps.false_negative += d.gaps.false_negative;
  into.gaps.true_negative += d.gaps.true_negative;
  add_tally(into.status, d.status);
  add_tally(into.dates, d.dates);
  add_tally(into.oogo_outcome, d.oogo_outcome);
  add_tally(into.is_plan, d.is_plan);
  add_tally(into.broken_handled, d.broken_handled);
  add_words(into.ocr_words, d.ocr_words);
  add_words(into.text_words, d.text_words);
  add_confusions(into.by_checklist, d.by_checklist);
  add_confusions(into.by_item, d.by_item);
}

Result<json> load_gold(const std::filesystem::path& path) {
  auto text = read_text(path);
  if (!text) return make_error(ErrorKind::io, "Goudbestand " + path.string() + " is niet leesbaar.");
  json gold = json::parse(*text, nullptr, false);
  if (gold.is_discarded() || !gold.is_object())
    return make_error(ErrorKind::data, "Goudbestand " + path.string() + " is geen geldige JSON.");
  const json* plan = member(gold, "plan");
  if (string_member(&gold, "schema") != "opcheck.gold/1" || !plan || !plan->is_object() ||
      !string_member(&gold, "split") || !string_member(&gold, "variant"))
    return make_error(ErrorKind::data, "Goudbestand " + path.string() +
                                           " volgt het formaat opcheck.gold/1 niet (schema, split, variant of plan ontbreekt).");
  return gold;
}

// <stem> = the PDF's file name without .pdf; falls back to the gold file's own name.
std::string plan_stem(const json& gold, const std::filesystem::path& gold_path) {
  if (auto file = string_member(member(gold, "plan"), "file")) {
    std::filesystem::path p(*file);
    return p.extension() == ".pdf" || p.extension() == ".PDF" ? p.stem().string() : p.filename().string();
  }
  std::string name = gold_path.filename().string();
  return name.substr(0, name.size() - std::string_view(".gold.json").size());
}

Run load_run(const std::filesystem::path& dir, const std::string& stem, bool has_pages,
             std::vector<std::string>& problems) {
  Run run;
  auto report_path = dir / "report.json";
  if (auto text = read_text(report_path)) {
    json report = json::parse(*text, nullptr, false);
    if (!report.is_discarded() && report.is_object()) run.report = std::move(report);
    else problems.push_back("Rapport van " + stem + " (" + report_path.string() + ") is geen geldige JSON; geteld als geheel fout.");
  } else {
    problems.push_back("Rapport van " + stem + " ontbreekt (" + report_path.string() + "); geteld als geheel fout.");
  }
  run.extract = read_text(dir / "extract.txt");
  if (!run.extract && has_pages)
    problems.push_back("Tekst van " + stem + " ontbreekt (" + (dir / "extract.txt").string() + "); alle woorden geteld als fout.");
  return run;
}

std::vector<std::filesystem::path> gold_files(const std::filesystem::path& dir, std::error_code& ec) {
  std::vector<std::filesystem::path> out;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.size() > 10 && name.ends_with(".gold.json")) out.push_back(it->path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::optional<double> Tally::rate() const {
  if (total == 0) return std::nullopt;
  return static_cast<double>(correct) / total;
}

std::optional<double> WordTally::accuracy() const {
  if (pages == 0) return std::nullopt;
  return accuracy_of(WordEdits{edits, truth_words});
}

std::optional<double> GapCounts::precision() const {
  int predicted = true_positive + false_positive;
  if (predicted == 0) return std::nullopt;
  return static_cast<double>(true_positive) / predicted;
}

std::optional<double> GapCounts::recall() const {
  int actual = true_positive + false_negative;
  if (actual == 0) return std::nullopt;
  return static_cast<double>(true_positive) / actual;
}

Result<EvalResult> evaluate(const std::filesystem::path& gold_dir, const std::filesystem::path& out_dir,
                            const EvalThresholds& thresholds) {
  std::error_code ec;
  auto files = gold_files(gold_dir, ec);
  if (ec) return make_error(ErrorKind::io, "Map met goudbestanden " + gold_dir.string() + " is niet leesbaar: " + ec.message() + ".");
  if (files.empty()) return make_error(ErrorKind::usage, "Geen goudbestanden (*.gold.json) gevonden in " + gold_dir.string() + ".");
  EvalResult result;
  for (const auto& path : files) {
    auto gold = load_gold(path);
    if (!gold) return gold.error();
    std::string stem = plan_stem(*gold, path);
    const json* pages = member(*gold, "page_text");
    bool has_pages = pages && pages->is_array() && !pages->empty();
    Run run = load_run(out_dir / "plans" / stem, stem, has_pages, result.problems);
    GroupScores doc = score_document(*gold, run);
    add_scores(result.total, doc);
    add_scores(result.by_split[*string_member(&*gold, "split")], doc);
    add_scores(result.by_variant[*string_member(&*gold, "variant")], doc);
    ++result.gold_files;
  }
  result.violations = detail::threshold_violations(result, thresholds);
  return result;
}

std::string extract_text_from_gold(const json& gold) {
  std::string out;
  const json* pages = member(gold, "page_text");
  if (!pages || !pages->is_array()) return out;
  for (std::size_t i = 0; i < pages->size(); ++i) {
    if (i > 0) out += '\f';
    if ((*pages)[i].is_string()) out += (*pages)[i].get<std::string>();
  }
  return out;
}

}  // namespace opcheck::cli
