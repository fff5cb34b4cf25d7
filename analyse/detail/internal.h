// Seams between the analyse stage's parts (structure, identity, content matching, procedure).
// Each function is pure over its inputs, so each part is tested on its own.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analyse/analyse.h"

namespace opcheck::analyse::detail {

// What kind of document this is and whose (plan_identity.cpp).
struct PlanIdentity {
  bool is_plan = true;
  std::string not_a_plan_reason;          // Dutch, when !is_plan
  std::optional<std::string> swv_code;    // normalised "PO 23-01"
  std::optional<std::string> swv_name;
  std::optional<std::string> sector;      // "po" | "vo"
  bool is_concept = false;
  std::optional<int> plan_year;           // year the plan starts / is dated, for `d.d. 12 maart`
};
PlanIdentity identify_plan(const extract::Document& doc, const Structure& structure);

// Normalises the many written forms of an swv code ("PO2301", "swv 23.01 PO", "VO-25-07")
// to "PO 23-01"; nullopt when `text` holds none.
std::optional<std::string> find_swv_code(std::string_view text);

// Compiles every content item of the catalog, whatever its round or sector. The cue words are the
// vocabulary that splits the plan's compounds, so it must not depend on which plans (po or vo)
// a run has judged before (content_judge.cpp).
void prepare_vocabulary(const checklists::Catalog& catalog);

// Judges every item in `items` whose checklist is inhoudseisen, parameter5 or waarderingskader
// (content_judge.cpp). Procedure items are skipped here.
std::vector<Finding> judge_content(const Structure& structure, const std::vector<checklists::ItemInForce>& items);

// Procedure facts found in the text (procedure_facts.cpp).
ProcedureFacts find_procedure_facts(const Structure& structure, const checklists::Catalog& catalog,
                                    std::optional<int> plan_year);

// N3, N4, N5 from the facts, the round's deadline and the receipt date (timeline.cpp).
std::vector<Finding> judge_procedure(const ProcedureFacts& facts, const checklists::Round& round,
                                     const std::optional<checklists::Date>& received,
                                     const std::vector<checklists::ItemInForce>& items);

}  // namespace opcheck::analyse::detail
