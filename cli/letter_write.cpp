// write_letters(): per plan with shortfalls OUT/brieven/<name>.md and <name>.docx from the
// templates in letter_template_dir(), and OUT/brieven/LEESMIJ.md listing what got a letter and
// why the others did not (no shortfalls, not a plan, unreadable). A plan that no longer needs a
// letter (say after an analyst's correction) loses its old draft, so no stale letter remains.
#include <fstream>
#include <sstream>

#include "cli/file_write.h"
#include "cli/letter_docx.h"
#include "cli/letter_model.h"
#include "cli/outputs.h"

namespace opcheck::cli {
namespace {

namespace fs = std::filesystem;

struct MarkdownTemplate {
  std::vector<TemplateUnit> lines;
};

Result<MarkdownTemplate> load_markdown_template(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(ErrorKind::io, path.string() + ": briefsjabloon niet gevonden of niet leesbaar.");
  MarkdownTemplate md;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    md.lines.push_back({line, "regel " + std::to_string(md.lines.size() + 1)});
  }
  if (auto ok = check_template(md.lines, path.string()); !ok) return ok.error();
  return md;
}

// Plan text must not turn into Markdown markup (or HTML, in viewers that allow it). Brackets
// are escaped only where they could make a link ("](" ), so that the "[in te vullen: …]"
// markers stay readable for the analyst who edits the .md file.
std::string markdown_escape(const std::string& value) {
  static const std::string special = "\\`*_<>|";
  std::string out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    bool link = c == ']' && i + 1 < value.size() && value[i + 1] == '(';
    if (special.find(c) != std::string::npos || link) out += '\\';
    out += c;
  }
  return out;
}

std::string render_markdown(const MarkdownTemplate& md, const LetterFields& fields) {
  std::string out;
  bool blank_before = true;  // also drops blank lines at the top
  for (const auto& unit : expand_template(md.lines, fields, markdown_escape)) {
    const std::string& line = unit.templated ? unit.text : md.lines[unit.unit].text;
    bool blank = line.find_first_not_of(" \t") == std::string::npos;
    if (blank && blank_before) continue;  // a left-out line must not leave a double gap
    out += line + "\n";
    blank_before = blank;
  }
  while (out.size() >= 2 && out.compare(out.size() - 2, 2, "\n\n") == 0) out.pop_back();
  return out;
}

std::string readme(const std::string& round, const std::vector<std::pair<std::string, PlanLetter>>& letters) {
  std::ostringstream out;
  out << "# Conceptbrieven ronde " << round << "\n\n"
      << "Deze map bevat een conceptbrief (Markdown en Word) voor elk ondersteuningsplan waarin een wettelijke\n"
      << "inhoudseis of procedureregel niet is nagekomen. Het zijn concepten: controleer en bewerk ze vóór verzending.\n"
      << "Correcties van analisten zijn verwerkt: de status van de analist telt.\n\n"
      << "Huisstijl aanpassen: open sjabloon-brief.docx in Word, pas opmaak en vaste tekst aan (laat de\n"
      << "invulplaatsen zoals {{swv_naam}} en de regels {{#tekortkomingen}} en {{/tekortkomingen}} staan), sla het\n"
      << "op als brief.docx in een map met ook brief.md, en zet de omgevingsvariabele OPCHECK_TEMPLATES op die map.\n"
      << "Daarna maakt `opcheck report` de brieven opnieuw in de nieuwe opmaak.\n";
  struct Group {
    LetterKind kind;
    const char* title;
  };
  for (const Group& group : {Group{LetterKind::letter, "Brief opgesteld"},
                             Group{LetterKind::no_shortfalls, "Geen brief: geen tekortkomingen"},
                             Group{LetterKind::not_a_plan, "Geen brief: geen ondersteuningsplan"},
                             Group{LetterKind::unreadable, "Geen brief: bestand niet te lezen"}}) {
    std::vector<std::string> lines;
    for (const auto& [name, letter] : letters) {
      if (letter.kind != group.kind) continue;
      std::string line = "- " + markdown_escape(letter.file) + " — " + markdown_escape(letter.swv);
      if (group.kind == LetterKind::letter)
        line += ": " + std::to_string(letter.fields.shortfalls.size()) + " tekortkoming(en); " + markdown_escape(name) +
                ".md en " + markdown_escape(name) + ".docx";
      if (!letter.reason.empty()) line += ". " + markdown_escape(letter.reason);
      lines.push_back(line);
    }
    out << "\n## " << group.title << " (" << lines.size() << ")\n\n";
    if (lines.empty()) out << "Geen.\n";
    for (const auto& line : lines) out << line << "\n";
  }
  return out.str();
}

}  // namespace

Status write_letters(const RoundOutputs& outputs) {
  if (!outputs.catalog) return make_error(ErrorKind::internal, "Brieven: geen checklists geladen (interne fout).");
  const fs::path templates = letter_template_dir();
  auto md = load_markdown_template(templates / "brief.md");
  if (!md) return md.error();
  auto docx = load_docx_template(templates);
  if (!docx) return docx.error();
  const fs::path dir = outputs.out / "brieven";
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return make_error(ErrorKind::io, dir.string() + ": map kan niet worden aangemaakt (" + ec.message() + ").");
  std::vector<std::pair<std::string, PlanLetter>> letters;
  for (const auto& plan : outputs.plans) {
    PlanLetter letter = plan_letter(plan, *outputs.catalog);
    if (letter.kind == LetterKind::letter) {
      if (auto ok = write_whole_file(dir / (plan.name + ".md"), render_markdown(*md, letter.fields)); !ok) return ok;
      if (auto ok = write_docx(*docx, letter.fields, dir / (plan.name + ".docx")); !ok) return ok;
    } else {
      fs::remove(dir / (plan.name + ".md"), ec);
      fs::remove(dir / (plan.name + ".docx"), ec);
    }
    letters.emplace_back(plan.name, std::move(letter));
  }
  // The Word template as a document, for analysts who want to restyle it (see LEESMIJ.md).
  if (auto ok = write_zip(dir / "sjabloon-brief.docx", docx->parts); !ok) return ok;
  return write_whole_file(dir / "LEESMIJ.md", readme(outputs.round, letters));
}

}  // namespace opcheck::cli
