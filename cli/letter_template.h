// The letter template language shared by brief.md and the .docx template: `{{naam}}` fills a
// value, and the units (lines of brief.md, paragraphs of word/document.xml) between
// `{{#tekortkomingen}}` and `{{/tekortkomingen}}` repeat once per shortfall. A unit whose
// placeholders all come out empty is left out, so an absent quote leaves no empty line.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "opcheck/result.h"

namespace opcheck::cli {

inline constexpr const char* kShortfallBlock = "tekortkomingen";

struct LetterFields {
  std::map<std::string, std::string> letter;                   // names in letter_placeholders()
  std::vector<std::map<std::string, std::string>> shortfalls;  // names in shortfall_placeholders()
};

// Names usable anywhere / only inside the shortfall block; documented in cli/templates/README.md.
const std::vector<std::string>& letter_placeholders();
const std::vector<std::string>& shortfall_placeholders();

struct TemplateUnit {
  std::string text;   // plain text of the line or paragraph
  std::string where;  // Dutch position for messages: "regel 12", "alinea 7"
};

struct FilledUnit {
  std::size_t unit = 0;    // index into the template's units
  bool templated = false;  // had placeholders: `text` is the filled text; else copy the unit as is
  std::string text;
};

// Unknown names, shortfall names outside the block, unclosed `{{` and unbalanced or nested
// block markers; the Dutch message lists each as "<file>, <where>: <problem>".
Status check_template(const std::vector<TemplateUnit>& units, const std::string& file);

// Expands a checked template. `escape` is applied to each filled-in value (not to template text).
std::vector<FilledUnit> expand_template(const std::vector<TemplateUnit>& units, const LetterFields& fields,
                                        const std::function<std::string(const std::string&)>& escape);

// $OPCHECK_TEMPLATES when set and non-empty, else <source>/cli/templates.
std::filesystem::path letter_template_dir();

}  // namespace opcheck::cli
