// Gold truth: plan identity, stated procedure facts with the page they are on, the status of
// every item in force with the phrasings that produced it, and the true text of every page.
#include "corpus/generator/gold.h"

#include <algorithm>

#include "corpus/generator/dates.h"
#include "corpus/generator/spec.h"

namespace opcheck::corpus::detail {
namespace {

using json = nlohmann::ordered_json;

std::vector<int> pages_with(const std::vector<Page>& pages, const std::string& tag) {
  std::vector<int> out;
  for (size_t i = 0; i < pages.size(); ++i)
    if (pages[i].tags.count(tag)) out.push_back(static_cast<int>(i) + 1);
  return out;
}

json fact(const EventFact& e, const std::vector<Page>& pages, const std::string& tag) {
  if (!e.counts()) return nullptr;
  const auto p = pages_with(pages, tag);
  json j;
  j["date"] = iso(e.date, e.precision);
  j["precision"] = e.precision;
  j["page"] = p.empty() ? json(nullptr) : json(p.front());
  return j;
}

json facts(const PlanSpec& s, const std::vector<Page>& pages) {
  json f;
  json v = fact(s.vaststelling, pages, "N4-TIJDIG");
  if (!v.is_null()) v["by"] = s.vaststelling.by;
  f["vaststelling"] = v;
  json o = fact(s.opr, pages, "N3-OPR");
  if (!o.is_null() && s.opr.kind == "refused") o["refused"] = true;
  f["opr_instemming"] = o;
  json g = fact(s.oogo, pages, "N5-OOGO");
  if (!g.is_null()) {
    g["outcome"] = s.oogo.outcome;
    bool named = false;
    for (const auto& para : s.oogo.phrasing->paragraphs) named = named || para.find("{gemeenten}") != std::string::npos;
    for (const auto& row : s.oogo.phrasing->table)
      for (const auto& c : row) named = named || c.find("{gemeenten}") != std::string::npos;
    g["gemeenten"] = named ? s.gemeenten : std::vector<std::string>{};
  }
  f["oogo"] = g;
  return f;
}

json phrasing_refs(const std::vector<const Phrasing*>& ps) {
  json a = json::array();
  for (const auto* p : ps) a.push_back({{"id", p->id}, {"set", p->set}});
  return a;
}

json findings(const PlanSpec& s, const std::vector<Page>& pages) {
  json out = json::array();
  const std::pair<std::string, const EventFact*> proc[] = {
      {"N3-OPR", &s.opr}, {"N4-TIJDIG", &s.vaststelling}, {"N5-OOGO", &s.oogo}};
  for (const auto& [checklist, item] : items_in_force()) {
    json f{{"checklist", checklist}, {"item", item}};
    std::vector<int> pg = pages_with(pages, item);
    if (checklist == "procedure") {
      const EventFact* e = nullptr;
      for (const auto& [id, ev] : proc) if (id == item) e = ev;
      f["status"] = procedure_status(s, item);
      f["phrasings"] = e->phrasing ? phrasing_refs({e->phrasing}) : json::array();
    } else {
      const auto k = static_cast<size_t>(std::find(s.item_ids.begin(), s.item_ids.end(), item) - s.item_ids.begin());
      f["status"] = s.item_status[k];
      f["phrasings"] = phrasing_refs(s.item_phrasings[k]);
      // P5-OOGO / P5-OVEREENSTEMMING follow from the OOGO statement too.
      const bool derived = (item == "P5-OOGO" && s.oogo.counts()) ||
                           (item == "P5-OVEREENSTEMMING" && s.oogo.counts() && s.oogo.outcome != "onbekend");
      if (derived) {
        for (int p : pages_with(pages, "N5-OOGO")) pg.push_back(p);
        std::sort(pg.begin(), pg.end());
        pg.erase(std::unique(pg.begin(), pg.end()), pg.end());
      }
    }
    f["pages"] = pg;
    out.push_back(f);
  }
  return out;
}

json header(const PlanSpec& s, std::uint64_t seed) {
  json g;
  g["schema"] = "opcheck.gold/1";
  g["generator"] = {{"version", "1"}, {"seed", seed}};
  g["split"] = s.split;
  g["variant"] = s.broken.empty() || s.broken == "owner_password" ? s.variant : "broken";
  g["layout"] = s.layout;
  return g;
}

}  // namespace

json gold_for_plan(const PlanSpec& s, const std::vector<Page>& pages, std::uint64_t seed) {
  json g = header(s, seed);
  g["expected_error"] = nullptr;
  if (s.broken == "owner_password") g["protection"] = "owner_password";
  const bool plan = s.non_plan == nullptr;
  std::vector<int> ocr;
  for (size_t i = 0; i < pages.size(); ++i) if (pages[i].scanned) ocr.push_back(static_cast<int>(i) + 1);
  g["plan"] = {{"file", s.stem + ".pdf"}, {"swv_code", s.swv_code}, {"swv_name", s.swv_name}, {"sector", s.sector},
               {"is_plan", plan}, {"pages", pages.size()}, {"ocr_pages", ocr},
               {"received", s.received.empty() ? json(nullptr) : json(s.received)}, {"round", "2014"}};
  if (plan) {
    g["procedure_facts"] = facts(s, pages);
    g["findings"] = findings(s, pages);
  } else {
    g["procedure_facts"] = {{"vaststelling", nullptr}, {"opr_instemming", nullptr}, {"oogo", nullptr}};
    g["findings"] = json::array();
  }
  json text = json::array();
  for (const auto& p : pages) {
    std::string t;
    for (const auto& line : p.body) t += (t.empty() ? "" : "\n") + line;
    text.push_back(t);
  }
  g["page_text"] = text;
  return g;
}

json gold_for_broken(const PlanSpec& s, const std::string& expected_error, std::uint64_t seed) {
  json g = header(s, seed);
  g["expected_error"] = expected_error;
  g["plan"] = {{"file", s.stem + ".pdf"}, {"swv_code", nullptr}, {"swv_name", nullptr}, {"sector", nullptr},
               {"is_plan", nullptr}, {"pages", 0}, {"ocr_pages", json::array()},
               {"received", s.received.empty() ? json(nullptr) : json(s.received)}, {"round", "2014"}};
  g["procedure_facts"] = {{"vaststelling", nullptr}, {"opr_instemming", nullptr}, {"oogo", nullptr}};
  g["findings"] = json::array();
  g["page_text"] = json::array();
  return g;
}

}  // namespace opcheck::corpus::detail
