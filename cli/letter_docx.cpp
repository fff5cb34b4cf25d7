// Loading the Word letter template and filling word/document.xml. document.xml is cut at the
// top-level <w:p> elements (no XML library: the template is ours or Word's, both regular);
// text that Word splits over several runs (spelling marks, edits) is joined before the
// placeholders are read, which is why a filled paragraph is rebuilt as a single run.
#include "cli/letter_docx.h"

#include "cli/export_xml_check.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace opcheck::cli {
namespace {

namespace fs = std::filesystem;
const std::string kDocument = "word/document.xml";

bool is_tag(const std::string& xml, std::size_t pos, const std::string& tag) {
  if (xml.compare(pos, tag.size(), tag) != 0) return false;
  char next = pos + tag.size() < xml.size() ? xml[pos + tag.size()] : '\0';
  return next == '>' || next == ' ' || next == '/' || next == '\n' || next == '\r' || next == '\t';
}

std::string xml_unescape(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::size_t semi = text[i] == '&' ? text.find(';', i) : std::string::npos;
    std::string entity = semi == std::string::npos ? "" : text.substr(i + 1, semi - i - 1);
    std::string value = entity == "amp" ? "&" : entity == "lt" ? "<" : entity == "gt" ? ">" : entity == "quot" ? "\""
                        : entity == "apos" ? "'" : "";
    if (value.empty()) {
      out += text[i];
      continue;
    }
    out += value;
    i = semi;
  }
  return out;
}

// The paragraph's text: the content of its <w:t> elements in order.
std::string paragraph_text(const std::string& p) {
  std::string out;
  for (std::size_t pos = 0; (pos = p.find("<w:t", pos)) != std::string::npos;) {
    if (!is_tag(p, pos, "<w:t")) {
      pos += 4;
      continue;
    }
    std::size_t open_end = p.find('>', pos);
    if (open_end == std::string::npos || p[open_end - 1] == '/') {
      pos = open_end == std::string::npos ? p.size() : open_end;
      continue;
    }
    std::size_t close = p.find("</w:t>", open_end);
    if (close == std::string::npos) break;
    out += xml_unescape(p.substr(open_end + 1, close - open_end - 1));
    pos = close + 6;
  }
  return out;
}

// The first element `tag` (with its content, or self-closed) inside `xml`, or "".
std::string first_element(const std::string& xml, const std::string& tag) {
  for (std::size_t pos = xml.find(tag); pos != std::string::npos; pos = xml.find(tag, pos + 1)) {
    if (!is_tag(xml, pos, tag)) continue;
    std::size_t open_end = xml.find('>', pos);
    if (open_end == std::string::npos) return "";
    if (xml[open_end - 1] == '/') return xml.substr(pos, open_end - pos + 1);
    std::string close = "</" + tag.substr(1) + ">";
    std::size_t end = xml.find(close, open_end);
    return end == std::string::npos ? "" : xml.substr(pos, end + close.size() - pos);
  }
  return "";
}

std::string run_properties(const std::string& p) {
  for (std::size_t pos = p.find("<w:r"); pos != std::string::npos; pos = p.find("<w:r", pos + 1)) {
    if (!is_tag(p, pos, "<w:r")) continue;
    std::size_t end = p.find("</w:r>", pos);
    std::string run = p.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    if (run.find("<w:t") != std::string::npos) return first_element(run, "<w:rPr");
  }
  return "";
}

// Word's paragraph IDs must stay unique; copies of a repeated paragraph would share them.
std::string without_ids(std::string xml) {
  for (const std::string attr : {" w14:paraId=\"", " w14:textId=\""})
    for (std::size_t pos; (pos = xml.find(attr)) != std::string::npos;) {
      std::size_t end = xml.find('"', pos + attr.size());
      xml.erase(pos, end == std::string::npos ? attr.size() : end + 1 - pos);
    }
  return xml;
}

std::string rebuilt_paragraph(const std::string& original, const std::string& text) {
  std::string rpr = run_properties(original);
  std::string out = "<w:p>" + first_element(original, "<w:pPr") + "<w:r>" + rpr;
  std::string chunk;
  auto flush = [&] {
    if (!chunk.empty()) out += "<w:t xml:space=\"preserve\">" + xml_escape(chunk) + "</w:t>";
    chunk.clear();
  };
  for (char c : text) {
    if (c == '\n' || c == '\t') {
      flush();
      out += c == '\n' ? "<w:br/>" : "<w:tab/>";
    } else {
      chunk += c;
    }
  }
  flush();
  return out + "</w:r></w:p>";
}

// Cuts the document into top-level paragraphs and the text between them.
void cut_document(const std::string& xml, DocxTemplate& docx) {
  std::size_t at = 0;
  for (std::size_t pos = xml.find("<w:p"); pos != std::string::npos; pos = xml.find("<w:p", pos + 1)) {
    if (!is_tag(xml, pos, "<w:p")) continue;
    std::size_t open_end = xml.find('>', pos);
    if (open_end == std::string::npos) break;
    std::size_t end = xml[open_end - 1] == '/' ? open_end + 1 : xml.find("</w:p>", open_end);
    if (end == std::string::npos) break;
    if (xml[open_end - 1] != '/') end += 6;
    docx.pieces.push_back(xml.substr(at, pos - at));
    docx.units.push_back({"", ""});
    docx.pieces.push_back(xml.substr(pos, end - pos));
    docx.units.push_back({paragraph_text(docx.pieces.back()), "alinea " + std::to_string(docx.units.size() / 2 + 1)});
    at = end;
    pos = end - 1;
  }
  docx.pieces.push_back(xml.substr(at));
  docx.units.push_back({"", ""});
}

Result<std::vector<ZipEntry>> read_folder(const fs::path& dir) {
  std::vector<ZipEntry> parts;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    parts.push_back({fs::relative(it->path(), dir).generic_string(), bytes.str()});
  }
  if (ec) return make_error(ErrorKind::io, dir.string() + ": briefsjabloon niet te lezen (" + ec.message() + ").");
  std::sort(parts.begin(), parts.end(), [](const ZipEntry& a, const ZipEntry& b) { return a.name < b.name; });
  return parts;
}

}  // namespace

std::string xml_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else if (c == '\'') out += "&apos;";
    else if (u >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += c;
  }
  return out;
}

Result<DocxTemplate> load_docx_template(const fs::path& dir) {
  DocxTemplate docx;
  fs::path packaged = dir / "brief.docx";
  auto parts = fs::exists(packaged) ? read_zip(packaged) : read_folder(dir / "docx");
  docx.source = fs::exists(packaged) ? packaged.string() : (dir / "docx").string();
  if (!parts) return parts.error();
  docx.parts = std::move(*parts);
  // [Content_Types].xml first: some readers expect it there.
  std::stable_partition(docx.parts.begin(), docx.parts.end(),
                        [](const ZipEntry& e) { return e.name == "[Content_Types].xml"; });
  for (const std::string& required : std::vector<std::string>{"[Content_Types].xml", "_rels/.rels", kDocument})
    if (std::none_of(docx.parts.begin(), docx.parts.end(), [&](const ZipEntry& e) { return e.name == required; }))
      return make_error(ErrorKind::data, docx.source + ": briefsjabloon mist het onderdeel " + required + ".");
  // A template saved badly (or edited by hand) must fail here, not as a letter Word cannot open.
  for (const auto& part : docx.parts) {
    std::string why;
    if ((part.name.ends_with(".xml") || part.name.ends_with(".rels")) && !xml_well_formed(part.data, &why))
      return make_error(ErrorKind::data, docx.source + ": briefsjabloon beschadigd; onderdeel " + part.name +
                                             " is geen geldige XML (" + why + ").");
  }
  auto document = std::find_if(docx.parts.begin(), docx.parts.end(), [](const ZipEntry& e) { return e.name == kDocument; });
  cut_document(document->data, docx);
  if (auto ok = check_template(docx.units, docx.source + " (" + kDocument + ")"); !ok) return ok.error();
  return docx;
}

std::string fill_document_xml(const DocxTemplate& docx, const LetterFields& fields) {
  std::string xml;
  for (const auto& unit : expand_template(docx.units, fields, [](const std::string& v) { return v; })) {
    const std::string& piece = docx.pieces[unit.unit];
    xml += unit.templated ? rebuilt_paragraph(piece, unit.text) : without_ids(piece);
  }
  return xml;
}

Status write_docx(const DocxTemplate& docx, const LetterFields& fields, const fs::path& path) {
  std::vector<ZipEntry> parts = docx.parts;
  for (auto& part : parts)
    if (part.name == kDocument) part.data = fill_document_xml(docx, fields);
  for (const auto& part : parts) {
    std::string why;
    if (part.name == kDocument && !xml_well_formed(part.data, &why))
      return make_error(ErrorKind::internal, path.string() + ": de ingevulde brief is geen geldige XML (" + why + "); interne fout.");
  }
  return write_zip(path, parts);
}

}  // namespace opcheck::cli
