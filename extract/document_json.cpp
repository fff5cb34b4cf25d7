// JSON form of an extracted Document: the `--format json` output and the message the child
// process sends its parent. Field names are a developer contract; add, never rename.
#include <nlohmann/json.hpp>

#include "extract/extract.h"

namespace opcheck::extract {

const char* role_name(LineRole role) {
  switch (role) {
    case LineRole::header: return "kop";
    case LineRole::footer: return "voet";
    case LineRole::page_number: return "paginanummer";
    case LineRole::body: break;
  }
  return "tekst";
}
LineRole role_from(const std::string& name) {
  if (name == "kop") return LineRole::header;
  if (name == "voet") return LineRole::footer;
  if (name == "paginanummer") return LineRole::page_number;
  return LineRole::body;
}

namespace {

using nlohmann::json;

json box_json(const Box& b) { return json::array({b.x0, b.y0, b.x1, b.y1}); }
Box box_from(const json& j) { return Box{j.at(0), j.at(1), j.at(2), j.at(3)}; }

json line_json(const Line& l) {
  json words = json::array();
  for (const Word& w : l.words) words.push_back({{"text", w.text}, {"bbox", box_json(w.box)}, {"confidence", w.confidence}});
  return {{"text", l.text}, {"bbox", box_json(l.box)}, {"font_size", l.font_size}, {"font", l.font_name},
          {"bold", l.bold}, {"role", role_name(l.role)}, {"words", words}};
}
Line line_from(const json& j) {
  Line l{j.at("text"), box_from(j.at("bbox")), j.at("font_size"), j.at("font"), j.at("bold"), role_from(j.at("role")), {}};
  for (const json& w : j.at("words")) l.words.push_back(Word{w.at("text"), box_from(w.at("bbox")), w.at("confidence")});
  return l;
}

json page_json(const Page& p) {
  json lines = json::array();
  for (const Line& l : p.lines) lines.push_back(line_json(l));
  json quality = {{"dictionary_rate", p.quality.dictionary_rate}, {"letter_share", p.quality.letter_share},
                  {"ocr_confidence", p.quality.ocr_confidence ? json(*p.quality.ocr_confidence) : json(nullptr)}};
  return {{"page", p.number}, {"width", p.width}, {"height", p.height},
          {"method", p.method == Method::ocr ? "ocr" : "text"},
          {"ocr_decision", {{"needs_ocr", p.decision.needs_ocr}, {"reason", p.decision.reason}}},
          {"rotation", p.rotation}, {"skew", p.skew}, {"quality", quality},
          {"warning", p.warning ? json(*p.warning) : json(nullptr)}, {"lines", lines}};
}
Page page_from(const json& j) {
  Page p;
  p.number = j.at("page");
  p.width = j.at("width");
  p.height = j.at("height");
  p.method = j.at("method") == "ocr" ? Method::ocr : Method::text;
  p.decision = {j.at("ocr_decision").at("needs_ocr"), j.at("ocr_decision").at("reason")};
  p.rotation = j.at("rotation");
  p.skew = j.at("skew");
  const json& q = j.at("quality");
  p.quality.dictionary_rate = q.at("dictionary_rate");
  p.quality.letter_share = q.at("letter_share");
  if (!q.at("ocr_confidence").is_null()) p.quality.ocr_confidence = q.at("ocr_confidence").get<double>();
  if (!j.at("warning").is_null()) p.warning = j.at("warning").get<std::string>();
  for (const json& l : j.at("lines")) p.lines.push_back(line_from(l));
  return p;
}

}  // namespace

std::string to_json_text(const Document& doc, bool pretty) {
  json pages = json::array();
  for (const Page& p : doc.pages) pages.push_back(page_json(p));
  json timings = json::array();
  for (const StepTime& t : doc.timings) timings.push_back({{"step", t.step}, {"seconds", t.seconds}});
  const DocumentQuality& q = doc.quality;
  json quality = {{"pages", q.pages}, {"ocr_pages", q.ocr_pages}, {"dictionary_rate", q.dictionary_rate},
                  {"ocr_confidence", q.ocr_confidence ? json(*q.ocr_confidence) : json(nullptr)}};
  json out = {{"schema", "opcheck.extract/1"}, {"file", doc.file}, {"sha256", doc.sha256},
              {"quality", quality}, {"timings", timings}, {"pages", pages}};
  return out.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

Result<Document> document_from_json(const std::string& text) {
  try {
    json j = json::parse(text);
    Document doc;
    doc.file = j.at("file");
    doc.sha256 = j.at("sha256");
    const json& q = j.at("quality");
    doc.quality.pages = q.at("pages");
    doc.quality.ocr_pages = q.at("ocr_pages");
    doc.quality.dictionary_rate = q.at("dictionary_rate");
    if (!q.at("ocr_confidence").is_null()) doc.quality.ocr_confidence = q.at("ocr_confidence").get<double>();
    for (const json& t : j.at("timings")) doc.timings.push_back({t.at("step"), t.at("seconds")});
    for (const json& p : j.at("pages")) doc.pages.push_back(page_from(p));
    return doc;
  } catch (const std::exception& e) {
    return make_error(ErrorKind::internal, std::string("uitvoer van de extractie is onleesbaar: ") + e.what());
  }
}

}  // namespace opcheck::extract
