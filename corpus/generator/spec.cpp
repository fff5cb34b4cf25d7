// Plan facts. Statuses are chosen per item from the phrasings available for the plan's split
// and sector; procedure dates follow a named timeline scenario, and month-only dates are used
// only where the order of events stays unambiguous.
#include "corpus/generator/spec.h"

#include <algorithm>
#include <map>

#include "corpus/generator/dates.h"

namespace opcheck::corpus::detail {
namespace {

struct Region { const char* name; std::vector<std::string> gemeenten; };

const std::vector<Region>& regions() {
  static const std::vector<Region> r{
      {"Rivierenland", {"Tiel", "Culemborg", "Buren", "Geldermalsen"}},
      {"Midden-Holland", {"Gouda", "Waddinxveen", "Zuidplas"}},
      {"De Meierij", {"Veghel", "Schijndel", "Sint-Oedenrode"}},
      {"Zuid-Kennemerland", {"Haarlem", "Bloemendaal", "Heemstede", "Zandvoort"}},
      {"Eemland", {"Amersfoort", "Baarn", "Soest", "Leusden"}},
      {"Noord-Limburg", {"Venlo", "Venray", "Horst aan de Maas"}},
      {"West-Friesland", {"Hoorn", "Enkhuizen", "Medemblik", "Koggenland"}},
      {"Twente-Noord", {"Almelo", "Hellendoorn", "Twenterand"}},
      {"Zaanstreek", {"Zaanstad", "Wormerland", "Oostzaan"}},
      {"Delflanden", {"Delft", "Midden-Delfland", "Rijswijk"}},
      {"Achterhoek", {"Doetinchem", "Winterswijk", "Aalten", "Oost Gelre"}},
      {"Drechtsteden", {"Dordrecht", "Zwijndrecht", "Papendrecht", "Sliedrecht"}},
      {"Kop van Noord-Holland", {"Den Helder", "Schagen", "Hollands Kroon"}},
      {"Oost-Groningen", {"Veendam", "Stadskanaal", "Pekela", "Vlagtwedde"}},
      {"Weert-Nederweert", {"Weert", "Nederweert"}},
      {"Flevoland-Noord", {"Lelystad", "Dronten", "Noordoostpolder", "Urk"}}};
  return r;
}

std::string two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

std::string slug(std::string s) {
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  return out;
}

std::string code_form(const std::string& sec, int region, int serial, int form) {
  const std::string r = two(region), s = two(serial);
  switch (form % 7) {
    case 0: return sec + " " + r + "-" + s;
    case 1: return sec + r + s;
    case 2: return "swv " + r + "." + s + " " + sec;
    case 3: return sec + "-" + r + "-" + s;
    case 4: return "SWV " + sec + " " + r + "." + s;
    case 5: return r + "-" + s + " " + sec;
    default: return "samenwerkingsverband " + sec + r + "-" + s;
  }
}

}  // namespace

void choose_identity(PlanSpec& spec, int index, Rng& rng) {
  const auto& reg = regions()[static_cast<size_t>(index) % regions().size()];
  const std::string sec = spec.sector == "vo" ? "VO" : "PO";
  const int region = 20 + index / 2, serial = 1 + index % 2 + (spec.sector == "vo" ? 4 : 0);
  spec.regio = reg.name;
  spec.gemeenten = reg.gemeenten;
  spec.swv_code = sec + " " + two(region) + "-" + two(serial);
  spec.swv_code_written = code_form(sec, region, serial, rng.below(7));
  static const std::vector<std::string> forms{"Samenwerkingsverband Passend Onderwijs ", "Samenwerkingsverband ",
                                              "Passend Onderwijs ", "SWV "};
  const std::string form = rng.pick(forms);
  spec.swv_name = form == "Samenwerkingsverband " ? form + sec + " " + reg.name
                  : form == "SWV "                ? form + reg.name + " " + sec
                                                  : form + reg.name + (spec.sector == "vo" ? " VO" : " PO");
  spec.stem = slug(sec) + "-" + two(region) + two(serial) + "-" + slug(reg.name);
  spec.draft = rng.chance(0.25);
}

namespace {

Date day_between(const Date& from, int lo, int hi, Rng& rng) { return add_days(from, rng.between(lo, hi)); }

void set_event(EventFact& e, const std::string& kind, const Date& d) {
  e.kind = kind;
  e.date = d;
  e.precision = "day";
}

bool same_month(const Date& a, const Date& b) { return a.y == b.y && a.m == b.m; }

EventFact* event_of(PlanSpec& s, const std::string& name) {
  return name == "vaststelling" ? &s.vaststelling : name == "opr_instemming" ? &s.opr : &s.oogo;
}

std::vector<std::string> events_of(const Phrasing& p) { return p.events.empty() ? std::vector<std::string>{p.event} : p.events; }

bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// A month-only date must not share its month with the event it is compared to.
bool month_ok(const PlanSpec& s, const std::string& name) {
  const EventFact& v = s.vaststelling;
  if (name == "vaststelling") return !same_month(v.date, s.opr.date) && !same_month(v.date, s.oogo.date);
  const EventFact& e = name == "oogo" ? s.oogo : s.opr;
  return !v.counts() || !same_month(e.date, v.date);
}

// Chooses the written form of each event's date from the forms the phrasing allows.
void write_dates(PlanSpec& s, const Phrasing& p, Rng& rng) {
  static const std::vector<std::string> dflt{"lang", "numeriek", "kort", "afgekort"};
  static const std::map<std::string, std::string> form{{"lang", "long"}, {"numeriek", "dashed"}, {"kort", "slash"},
      {"afgekort", "short_month"}, {"dd", "dd"}, {"maand", "month"}};
  const auto& allowed = p.date_forms.empty() ? dflt : p.date_forms;
  for (const auto& name : events_of(p)) {
    EventFact* e = event_of(s, name);
    std::vector<std::string> day;
    for (const auto& f : allowed) if (f != "maand") day.push_back(f);
    const bool month = has(allowed, "maand") && month_ok(s, name) && e->counts() && (day.empty() || rng.chance(0.2));
    e->precision = month || (day.empty()) ? "month" : "day";
    e->written = write_date(e->date, form.at(month || day.empty() ? "maand" : rng.pick(day)));
  }
}

bool fits(const PlanSpec& s, const Phrasing& p, const std::string& name) {
  if (p.checklist != "procedure" || p.set != s.split || !has(p.sectors, s.sector)) return false;
  const auto evs = events_of(p);
  if (!has(evs, name)) return false;
  for (const auto& ev : evs) {
    const EventFact* e = ev == "vaststelling" ? &s.vaststelling : ev == "opr_instemming" ? &s.opr : &s.oogo;
    if (e->kind != p.kind || e->phrasing) return false;
    // A phrasing that only reads with a month-only date needs an unambiguous month.
    if (p.date_forms.size() == 1 && p.date_forms[0] == "maand" && (!month_ok(s, ev) || !e->counts())) return false;
  }
  return true;
}

bool assign_statement(PlanSpec& s, const PhrasingLibrary& lib, const std::string& name, Rng& rng) {
  std::vector<const Phrasing*> single, combined;
  for (const auto& p : lib.phrasings) {
    if (!fits(s, p, name)) continue;
    (p.events.size() > 1 ? combined : single).push_back(&p);
  }
  if (single.empty() && combined.empty()) return false;
  const Phrasing* p = !combined.empty() && (single.empty() || rng.chance(0.25)) ? rng.pick(combined) : rng.pick(single);
  for (const auto& ev : events_of(*p)) event_of(s, ev)->phrasing = p;
  write_dates(s, *p, rng);
  return true;
}

// Single-event statements of one kind: signed letters / adoption pages, or body paragraphs.
std::vector<const Phrasing*> single_statements(const PhrasingLibrary& lib, const PlanSpec& s, const std::string& name,
                                               const std::string& kind, bool letter) {
  std::vector<const Phrasing*> out;
  for (const auto& p : lib.phrasings) {
    if (p.checklist != "procedure" || p.set != s.split || !has(p.sectors, s.sector) || p.kind != kind) continue;
    if (!p.events.empty() || p.event != name || (p.context != "body") != letter) continue;
    if (p.date_forms.size() == 1 && p.date_forms[0] == "maand" && !month_ok(s, name)) continue;
    out.push_back(&p);
  }
  return out;
}

// Mixed plans: every event that happened is shown by a scanned signed letter or adoption page
// where the split has one. This runs after the ordinary choice and draws from its own Rng, so
// the plan's main random stream (and so every other plan of the sample) stays as it was.
void prefer_letters(PlanSpec& s, const PhrasingLibrary& lib) {
  Rng side(s.seed ^ 0x1E77E5ULL);
  const std::pair<const char*, EventFact*> events[] = {{"vaststelling", &s.vaststelling}, {"opr_instemming", &s.opr}, {"oogo", &s.oogo}};
  for (const auto& [name, e] : events) {
    if (!e->counts() || !e->phrasing || e->phrasing->context != "body") continue;
    const auto letters = single_statements(lib, s, name, e->kind, true);
    if (letters.empty()) continue;
    const Phrasing* old = e->phrasing;
    e->phrasing = side.pick(letters);
    write_dates(s, *e->phrasing, side);
    // A combined statement cannot stay for the other events alone: they get a text of their own.
    for (const auto& [other, f] : events) {
      if (f->phrasing != old) continue;
      const auto own = single_statements(lib, s, other, f->kind, false);
      f->phrasing = own.empty() ? nullptr : side.pick(own);
      if (f->phrasing) write_dates(s, *f->phrasing, side);
      else f->kind.clear();
    }
  }
}

}  // namespace

std::vector<std::string> choose_procedure(PlanSpec& s, const PhrasingLibrary& lib, Rng& rng) {
  const std::string& sc = s.scenario;
  const bool late = sc == "late_adoption";
  Date vast = late ? day_between(Date{2014, 5, 1}, 0, 40, rng) : day_between(Date{2014, 3, 1}, 0, 58, rng);
  Date opr = day_between(vast, -40, -3, rng), oogo = day_between(vast, -60, -5, rng);
  if (sc == "opr_after") opr = day_between(vast, 2, 30, rng);
  if (sc == "oogo_after") oogo = day_between(vast, 2, 30, rng);
  set_event(s.vaststelling, sc == "not_adopted" ? (rng.chance(0.7) ? "not_yet" : "") : "done", vast);
  set_event(s.opr, sc == "opr_refused" ? "refused" : "done", opr);
  set_event(s.oogo, sc == "ok_no_agreement" ? "no_agreement" : rng.chance(0.15) ? "done_unknown_outcome" : "done", oogo);
  if (sc == "opr_missing") s.opr.kind = rng.chance(0.6) ? (rng.chance(0.5) ? "future" : "not_yet") : "";
  if (sc == "oogo_missing") s.oogo.kind = rng.chance(0.6) ? "future" : "";
  if (sc == "not_adopted") {
    s.opr.kind = rng.chance(0.5) ? "future" : "";
    s.oogo.kind = rng.chance(0.5) ? "future" : "";
  }
  // Receipt: after adoption; before 1 May except in the late scenarios.
  Date recv = s.vaststelling.counts() ? add_days(vast, rng.between(1, 9)) : Date{2014, 4, rng.between(10, 29)};
  if (!late && sc != "late_receipt" && day_number(recv) >= day_number(Date{2014, 5, 1})) recv = Date{2014, 4, 30};
  if (sc == "late_receipt") recv = day_between(Date{2014, 5, 1}, 0, 20, rng);
  s.received = iso(recv, "day");

  std::vector<std::string> missing;
  const std::pair<const char*, EventFact*> events[] = {{"vaststelling", &s.vaststelling}, {"opr_instemming", &s.opr}, {"oogo", &s.oogo}};
  for (const auto& [name, e] : events) {
    if (e->kind.empty() || e->phrasing) continue;
    if (!assign_statement(s, lib, name, rng)) {
      missing.push_back(std::string(name) + "/" + e->kind + "/" + s.split);
      e->kind.clear();
    }
  }
  if (s.variant == "mixed") prefer_letters(s, lib);
  if (s.oogo.counts()) {
    const std::string& o = s.oogo.phrasing->outcome;
    s.oogo.outcome = !o.empty() ? o : s.oogo.kind == "no_agreement" ? "geen_overeenstemming"
                                   : s.oogo.kind == "done_unknown_outcome" ? "onbekend" : "overeenstemming";
  }
  return missing;
}

namespace {

std::vector<const Phrasing*> candidates(const PhrasingLibrary& lib, const PlanSpec& s, const std::string& item,
                                        const std::string& status, const std::string& legal) {
  // OOGO-related texts must fit the plan's dated OOGO statement ("absent" = none).
  const std::string oogo_kind = s.oogo.kind.empty() ? "absent" : s.oogo.kind;
  std::vector<const Phrasing*> c;
  for (const auto& p : lib.phrasings) {
    if (p.item != item || p.status != status || p.set != s.split || !has(p.sectors, s.sector)) continue;
    if (!p.pairs_with_oogo.empty() && !has(p.pairs_with_oogo, oogo_kind)) continue;
    if (!legal.empty() && !p.rechtsvorm.empty() && p.rechtsvorm != legal) continue;
    c.push_back(&p);
  }
  return c;
}

// Status of P5-OOGO / P5-OVEREENSTEMMING when no text of their own is placed: what the dated
// OOGO statement (or its absence) shows.
std::string derived_status(const PlanSpec& s, const std::string& item) {
  const std::string& k = s.oogo.kind;
  if (item == "P5-OOGO") return s.oogo.counts() ? "ja" : (k == "future" || k == "not_yet") ? "nee" : "onbekend";
  if (k == "done" && s.oogo.outcome == "overeenstemming") return "ja";
  if (s.oogo.outcome == "geen_overeenstemming") return "nee";
  return "onbekend";
}

}  // namespace

void choose_items(PlanSpec& s, const PhrasingLibrary& lib, Coverage* cov, Rng& rng) {
  std::string legal;
  for (const auto& [checklist, item] : items_in_force()) {
    if (checklist == "procedure") continue;
    const auto& all = statuses_of(checklist);
    const bool coupled = item == "P5-OOGO" || item == "P5-OVEREENSTEMMING";
    const std::string fallback = coupled ? derived_status(s, item) : all[0];
    std::vector<std::string> ok{fallback};
    for (const auto& st : all)
      if (st != fallback && !candidates(lib, s, item, st, legal).empty()) ok.push_back(st);
    std::string status;
    if (!cov) {
      status = has(ok, all.back()) && rng.chance(0.55) ? all.back() : rng.pick(ok);
    } else {
      int best = 1 << 30;
      std::vector<std::string> best_set;
      for (const auto& st : ok) {
        const int n = (*cov)[item][st];
        if (n < best) best = n, best_set.clear();
        if (n == best) best_set.push_back(st);
      }
      status = rng.pick(best_set);
      ++(*cov)[item][status];
    }
    std::vector<const Phrasing*> used;
    const auto c = candidates(lib, s, item, status, legal);
    if (!c.empty() && (status != fallback || rng.chance(coupled ? 0.6 : 0.5))) used.push_back(rng.pick(c));
    for (const auto* p : used) if (!p->rechtsvorm.empty()) legal = p->rechtsvorm;
    s.item_ids.push_back(item);
    s.item_status.push_back(status);
    s.item_phrasings.push_back(used);
  }
  // The adopting body must fit the legal form the plan names.
  static const std::vector<std::string> any{"bestuur", "algemene ledenvergadering", "raad van toezicht", "algemeen bestuur"};
  static const std::vector<std::string> ver{"algemene ledenvergadering", "bestuur"};
  static const std::vector<std::string> sti{"bestuur", "raad van toezicht", "algemeen bestuur"};
  s.vaststelling.by = rng.pick(legal == "vereniging" ? ver : legal == "stichting" ? sti : any);
}

std::string procedure_status(const PlanSpec& s, const std::string& item) {
  const auto before = [](const EventFact& a, const EventFact& b) {
    if (a.precision == "month" || b.precision == "month")
      return a.date.y * 12 + a.date.m < b.date.y * 12 + b.date.m;
    return day_number(a.date) < day_number(b.date);
  };
  const auto& v = s.vaststelling;
  const bool adopted = v.counts();
  if (item == "N3-OPR") {
    if (s.opr.kind == "refused") return "niet_voldaan";
    if (s.opr.kind != "done") return "niet_aangetoond";
    return !adopted || before(s.opr, v) ? "voldoet" : "niet_voldaan";
  }
  if (item == "N5-OOGO") {
    if (!s.oogo.counts()) return "niet_aangetoond";
    return !adopted || before(s.oogo, v) ? "voldoet" : "niet_voldaan";
  }
  if (!adopted) return "niet_aangetoond";
  const EventFact deadline{"done", Date{2014, 5, 1}, "day", "", "", "", nullptr};
  const bool on_time = before(v, deadline) && !s.received.empty() && s.received < "2014-05-01";
  if (on_time) return "voldoet";
  return s.received.empty() && before(v, deadline) ? "niet_aangetoond" : "niet_voldaan";
}

}  // namespace opcheck::corpus::detail
