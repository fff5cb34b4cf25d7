// Plan composition: title page, table of contents, numbered or unnumbered chapters built from
// filler chapters and item phrasings, the procedure chapter and, in mixed plans, scanned signed
// letters as appendices. Blocks carry the item IDs they are evidence for (tags).
#include "corpus/generator/document.h"

#include <algorithm>
#include <map>

#include "corpus/generator/dates.h"

namespace opcheck::corpus::detail {
namespace {

struct ChapterPlan { std::vector<std::string> titles; std::vector<std::string> items; std::string filler; };

const std::vector<ChapterPlan>& chapter_plans() {
  static const std::vector<ChapterPlan> c{
      {{"Inleiding", "Aanleiding en leeswijzer"}, {}, "inleiding"},
      {{"Missie en visie", "Onze visie op passend onderwijs"}, {}, "missie"},
      {{"De regio in beeld", "Regio en kengetallen"}, {}, "regio"},
      {{"Ondersteuning in de regio", "Het ondersteuningsaanbod"}, {"IE-SAMENHANG", "IE-BASISONDERSTEUNING", "P5-DEKKEND"}, ""},
      {{"Toewijzing en toelaatbaarheid", "Toelating tot het speciaal onderwijs"}, {"IE-TOELAATBAARHEID", "IE-TERUGPLAATSING"}, ""},
      {{"Financiën", "Financieel beleid"}, {"IE-MIDDELEN", "P5-VERDEELSTRUCTUUR", "IE-BEGROTING", "IE-BEKOSTIGING-SO", "P5-TRANSPARANTIE"}, ""},
      {{"Ouders en medezeggenschap", "Ouders, leraren en medezeggenschap"}, {"IE-OUDERS", "P5-INBRENG", "IE-PERSOONSGEGEVENS"}, ""},
      {{"Organisatie", "Het bureau van het samenwerkingsverband"}, {"P5-VERBINDING", "P5-INTERN-TOEZICHT", "P5-VERANTWOORDING"}, "organisatie"},
      {{"Samenwerking met gemeenten", "Gemeenten en jeugdhulp"}, {"P5-OOGO", "P5-OVEREENSTEMMING"}, ""},
      {{"Werkwijze en planning", "Organisatie van het werk"}, {"IE-RESULTATEN"}, "kwaliteitszorg"}};
  return c;
}

std::string upper_ascii(std::string s) {
  for (auto& c : s) if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

class Composer {
 public:
  Composer(const PlanSpec& s, const PhrasingLibrary& lib, const Style& st, Rng& rng) : s_(s), lib_(lib), st_(st), rng_(rng) {}
  std::vector<Block> run();

 private:
  void chapter(const std::string& title, std::vector<std::string> tags = {});
  void section(const std::string& title, const std::vector<std::string>& tags);
  void paragraph(const std::string& text, const std::vector<std::string>& tags, bool scanned = false);
  void content(const std::vector<std::string>& paras, const std::vector<std::string>& list,
               const std::vector<std::vector<std::string>>& table, const std::vector<std::string>& tags, bool scanned = false);
  void filler(const std::string& kind);
  void phrasing(const Phrasing& p, const std::string& tag);
  std::string fill_statement(const std::string& text, const Phrasing& p) const;
  std::vector<std::string> statement_tags(const Phrasing& p) const;
  std::vector<const Phrasing*> statements() const;
  bool in_appendix(const Phrasing& p) const;
  void procedure_chapter();
  void letters();
  void appendix_schools();
  void letter(const Phrasing& p);

  const PlanSpec& s_;
  const PhrasingLibrary& lib_;
  const Style& st_;
  Rng& rng_;
  std::vector<Block> out_;
  int chapter_no_ = 0, section_no_ = 0, appendix_no_ = 0;
};

void Composer::chapter(const std::string& title, std::vector<std::string> tags) {
  ++chapter_no_;
  section_no_ = 0;
  std::string t = title;
  if (st_.numbering == "dotted") t = std::to_string(chapter_no_) + ". " + title;
  else if (st_.numbering == "hoofdstuk") t = "Hoofdstuk " + std::to_string(chapter_no_) + " " + title;
  else if (st_.numbering == "caps") t = upper_ascii(title);
  if (chapter_no_ > 1 && rng_.chance(0.5)) out_.push_back(make_block(BlockKind::page_break));
  out_.push_back(make_block(BlockKind::heading, t, 1, std::move(tags)));
}

void Composer::section(const std::string& title, const std::vector<std::string>& tags) {
  ++section_no_;
  std::string t = title;
  if (st_.numbering == "dotted" || st_.numbering == "hoofdstuk")
    t = std::to_string(chapter_no_) + "." + std::to_string(section_no_) + " " + title;
  out_.push_back(make_block(BlockKind::heading, t, 2, tags));
}

void Composer::paragraph(const std::string& text, const std::vector<std::string>& tags, bool scanned) {
  Block b = make_block(BlockKind::paragraph, fill(text, s_), 1, tags);
  b.scanned = scanned;
  out_.push_back(std::move(b));
}

void Composer::content(const std::vector<std::string>& paras, const std::vector<std::string>& list,
                       const std::vector<std::vector<std::string>>& table, const std::vector<std::string>& tags, bool scanned) {
  for (size_t i = 0; i < paras.size(); ++i) {
    paragraph(paras[i], tags, scanned);
    if (i == 0) {
      for (const auto& li : list) out_.push_back(make_block(BlockKind::bullet, fill(li, s_), 1, tags));
    }
  }
  if (!table.empty()) {
    Block b = make_block(BlockKind::table, "", 1, tags);
    for (const auto& row : table) {
      std::vector<std::string> r;
      for (const auto& c : row) r.push_back(fill(c, s_));
      b.rows.push_back(r);
    }
    out_.push_back(std::move(b));
  }
}

void Composer::filler(const std::string& kind) {
  std::vector<const Chapter*> c;
  for (const auto& ch : lib_.filler) {
    if (ch.kind == kind && std::find(ch.sectors.begin(), ch.sectors.end(), s_.sector) != ch.sectors.end()) c.push_back(&ch);
  }
  if (c.empty()) return;
  const Chapter& ch = *rng_.pick(c);
  if (!ch.heading.empty() && rng_.chance(0.5)) section(fill(ch.heading, s_), {});
  content(ch.paragraphs, ch.list, ch.table, {});
  // Scale mode: pad with neutral sentences so plans reach a realistic 30–60 pages.
  for (int i = 0; i < s_.padding && !lib_.filler_sentences.empty(); ++i) {
    std::string p;
    for (int k = rng_.between(3, 6); k > 0; --k) p += (p.empty() ? "" : " ") + rng_.pick(lib_.filler_sentences);
    paragraph(p, {});
  }
}

void Composer::phrasing(const Phrasing& p, const std::string& tag) {
  if (!p.heading.empty()) section(fill(p.heading, s_), {tag});
  content(p.paragraphs, p.list, p.table, {tag});
}

std::string Composer::fill_statement(const std::string& text, const Phrasing& p) const {
  const EventFact& own = p.event == "vaststelling" ? s_.vaststelling : p.event == "opr_instemming" ? s_.opr : s_.oogo;
  std::string t = fill_date(text, own.written, own.precision);
  t = replace_placeholder(t, "{datum_vaststelling}", s_.vaststelling.written);
  t = replace_placeholder(t, "{datum_opr_instemming}", s_.opr.written);
  t = replace_placeholder(t, "{datum_oogo}", s_.oogo.written);
  const std::string& by = s_.vaststelling.by;
  const std::string article = by == "bestuur" || by == "algemeen bestuur" ? "het" : "de";
  t = replace_placeholder(t, "{orgaan_lidwoord}", article);
  // Texts that hard-code an article before {orgaan} get the right one.
  t = replace_placeholder(t, "de {orgaan}", article + " {orgaan}");
  t = replace_placeholder(t, "het {orgaan}", article + " {orgaan}");
  t = replace_placeholder(t, "{orgaan}", by);
  return fill(t, s_);
}

std::vector<std::string> Composer::statement_tags(const Phrasing& p) const {
  static const std::map<std::string, std::string> tag{{"vaststelling", "N4-TIJDIG"}, {"opr_instemming", "N3-OPR"}, {"oogo", "N5-OOGO"}};
  std::vector<std::string> out;
  for (const auto& ev : p.events.empty() ? std::vector<std::string>{p.event} : p.events) {
    const EventFact& e = ev == "vaststelling" ? s_.vaststelling : ev == "opr_instemming" ? s_.opr : s_.oogo;
    out.push_back(e.counts() ? tag.at(ev) : tag.at(ev) + "~");
  }
  return out;
}

std::vector<const Phrasing*> Composer::statements() const {
  std::vector<const Phrasing*> out;
  for (const EventFact* e : {&s_.oogo, &s_.opr, &s_.vaststelling})
    if (e->phrasing && std::find(out.begin(), out.end(), e->phrasing) == out.end()) out.push_back(e->phrasing);
  return out;
}

// Mixed plans carry every procedure fact on scanned appendix pages only; letters and signed
// adoption pages are appendices in every variant.
bool Composer::in_appendix(const Phrasing& p) const {
  if (p.context != "body") return true;
  const EventFact& own = p.event == "vaststelling" ? s_.vaststelling : p.event == "opr_instemming" ? s_.opr : s_.oogo;
  return s_.variant == "mixed" && own.counts();
}

void Composer::procedure_chapter() {
  std::vector<const Phrasing*> body;
  for (const auto* p : statements()) if (!in_appendix(*p)) body.push_back(p);
  if (body.empty()) return;
  static const std::vector<std::string> titles{"Totstandkoming van het ondersteuningsplan", "Procedure en besluitvorming",
                                               "Van concept naar vaststelling"};
  chapter(rng_.pick(titles));
  paragraph("Dit ondersteuningsplan is tot stand gekomen in samenspraak met de schoolbesturen, "
            "de directeuren en de intern begeleiders van de scholen in de regio {regio}.", {});
  for (const auto* p : body) {
    if (!p->heading.empty() && rng_.chance(0.5)) section(fill(p->heading, s_), {});
    for (const auto& para : p->paragraphs) paragraph(fill_statement(para, *p), statement_tags(*p));
    if (!p->table.empty()) {
      Block t = make_block(BlockKind::table, "", 1, statement_tags(*p));
      for (const auto& row : p->table) {
        std::vector<std::string> r;
        for (const auto& c : row) r.push_back(fill_statement(c, *p));
        t.rows.push_back(r);
      }
      out_.push_back(t);
    }
  }
}

// A letter: first block is the letterhead, the last the signatures, with a signature scribble.
void Composer::letter(const Phrasing& p) {
  const bool scanned = s_.variant == "mixed";
  const auto tags = statement_tags(p);
  ++appendix_no_;
  out_.push_back(make_block(BlockKind::page_break));
  std::string head = fill(p.heading, s_);
  if (head.rfind("Bijlage", 0) != 0)
    head = "Bijlage " + std::string(1, static_cast<char>('A' + appendix_no_ - 1)) + " " + (head.empty() ? "Besluitvorming" : head);
  Block h = make_block(BlockKind::heading, head, 1, tags);
  h.scanned = scanned;
  out_.push_back(h);
  const bool is_letter = p.context != "body" && p.paragraphs.size() >= 3;
  for (size_t i = 0; i < p.paragraphs.size(); ++i) {
    const std::string text = fill_statement(p.paragraphs[i], p);
    const bool last = is_letter && i + 1 == p.paragraphs.size();
    Block b = make_block(is_letter && i == 0 ? BlockKind::letterhead : last ? BlockKind::signature : BlockKind::paragraph, text, 1, tags);
    b.scanned = scanned;
    out_.push_back(b);
  }
}

void Composer::appendix_schools() {
  for (const auto& ch : lib_.filler) {
    if (ch.kind != "scholen" || std::find(ch.sectors.begin(), ch.sectors.end(), s_.sector) == ch.sectors.end()) continue;
    ++appendix_no_;
    out_.push_back(make_block(BlockKind::page_break));
    out_.push_back(make_block(BlockKind::heading, "Bijlage " + std::string(1, static_cast<char>('A' + appendix_no_ - 1)) + " " + fill(ch.heading, s_)));
    content(ch.paragraphs, ch.list, ch.table, {});
    return;
  }
}

void Composer::letters() {
  for (const auto* p : statements()) if (in_appendix(*p)) letter(*p);
}

std::vector<Block> Composer::run() {
  Block title = make_block(BlockKind::title_page, "", 1, {});
  title.rows = {{s_.swv_name}, {"Ondersteuningsplan 2014-2018"}, {s_.swv_code_written},
                {s_.sector == "vo" ? "Voortgezet onderwijs" : "Primair onderwijs"}};
  if (s_.draft) title.rows.push_back({"CONCEPT"});
  out_.push_back(title);
  out_.push_back(make_block(BlockKind::toc));
  out_.push_back(make_block(BlockKind::page_break));
  const auto& plans = chapter_plans();
  std::vector<size_t> order(plans.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  if (rng_.chance(0.5)) std::swap(order[4], order[5]);
  if (rng_.chance(0.5)) std::swap(order[6], order[7]);
  for (size_t ci : order) {
    const auto& cp = plans[ci];
    std::vector<std::pair<const Phrasing*, std::string>> ph;
    for (const auto& item : cp.items) {
      for (size_t k = 0; k < s_.item_ids.size(); ++k)
        if (s_.item_ids[k] == item) for (const auto* p : s_.item_phrasings[k]) ph.push_back({p, item});
    }
    if (ph.empty() && cp.filler.empty()) continue;
    chapter(rng_.pick(cp.titles));
    if (!cp.filler.empty()) filler(cp.filler);
    for (const auto& [p, item] : ph) phrasing(*p, item);
  }
  procedure_chapter();
  appendix_schools();
  letters();
  if (s_.variant == "scanned")
    for (auto& b : out_) b.scanned = true;
  return out_;
}

}  // namespace

std::vector<Block> compose_plan(const PlanSpec& spec, const PhrasingLibrary& lib, const Style& style, Rng& rng) {
  return Composer(spec, lib, style, rng).run();
}

std::vector<Block> compose_non_plan(const PlanSpec& spec, const Style&, Rng&) {
  std::vector<Block> out;
  Block title = make_block(BlockKind::title_page, "", 1, {});
  title.rows = {{spec.swv_name}, {fill(spec.non_plan->title, spec)}};
  out.push_back(title);
  out.push_back(make_block(BlockKind::page_break));
  int n = 0;
  for (const auto& sec : spec.non_plan->sections) {
    out.push_back(make_block(BlockKind::heading, std::to_string(++n) + ". " + fill(sec.heading, spec), 1, {}));
    for (size_t i = 0; i < sec.paragraphs.size(); ++i) {
      out.push_back(make_block(BlockKind::paragraph, fill(sec.paragraphs[i], spec), 1, {}));
      if (i == 0) for (const auto& li : sec.list) out.push_back(make_block(BlockKind::bullet, fill(li, spec), 1, {}));
    }
    if (!sec.table.empty()) {
      Block t = make_block(BlockKind::table, "", 1, {});
      for (const auto& row : sec.table) {
        std::vector<std::string> r;
        for (const auto& c : row) r.push_back(fill(c, spec));
        t.rows.push_back(r);
      }
      out.push_back(t);
    }
  }
  return out;
}


std::string fill(const std::string& text, const PlanSpec& s) {
  std::string g;
  for (size_t i = 0; i < s.gemeenten.size(); ++i)
    g += (i == 0 ? "" : i + 1 == s.gemeenten.size() ? " en " : ", ") + s.gemeenten[i];
  std::string t = text;
  t = replace_placeholder(t, "{swv_naam}", s.swv_name);
  t = replace_placeholder(t, "{swv_code}", s.swv_code_written);
  t = replace_placeholder(t, "{sector_naam}", s.sector == "vo" ? "voortgezet onderwijs" : "primair onderwijs");
  for (int j = 1; j <= 4; ++j) t = replace_placeholder(t, "{jaar" + std::to_string(j) + "}", std::to_string(2013 + j));
  t = replace_placeholder(t, "{gemeenten}", g);
  return replace_placeholder(t, "{regio}", s.regio);
}

}  // namespace opcheck::corpus::detail
