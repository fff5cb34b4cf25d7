// The well-formedness check of export_xml_check.h: a single pass with a stack of open element
// names. It does not check character classes of names beyond the basics, nor namespaces.
#include "cli/export_xml_check.h"

#include <cctype>
#include <set>
#include <vector>

namespace opcheck::cli {
namespace {

struct Scanner {
  const std::string& xml;
  std::size_t pos = 0;
  std::string problem;

  bool fail(const std::string& what) {
    if (problem.empty()) problem = what + " at byte " + std::to_string(pos);
    return false;
  }
  bool at(const char* text) const { return xml.compare(pos, std::char_traits<char>::length(text), text) == 0; }
  bool skip_to(const char* end) {
    std::size_t found = xml.find(end, pos);
    if (found == std::string::npos) return fail(std::string("unterminated construct, missing '") + end + "'");
    pos = found + std::char_traits<char>::length(end);
    return true;
  }
  void spaces() {
    while (pos < xml.size() && (xml[pos] == ' ' || xml[pos] == '\t' || xml[pos] == '\n' || xml[pos] == '\r')) ++pos;
  }
  static bool name_char(char c) {
    auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalnum(u) || c == ':' || c == '_' || c == '-' || c == '.';
  }
  std::string name() {
    std::size_t start = pos;
    if (pos < xml.size() && (std::isdigit(static_cast<unsigned char>(xml[pos])) || xml[pos] == '-' || xml[pos] == '.'))
      return "";
    while (pos < xml.size() && name_char(xml[pos])) ++pos;
    return xml.substr(start, pos - start);
  }
  // Text or an attribute value up to `stop`: entities must be well-formed and '<' is not allowed.
  bool chars(char stop) {
    static const std::set<std::string> kEntities = {"amp", "lt", "gt", "quot", "apos"};
    for (; pos < xml.size() && xml[pos] != stop; ++pos) {
      if (xml[pos] == '<') return fail("'<' inside text or attribute value");
      if (xml[pos] != '&') continue;
      std::size_t semi = xml.find(';', pos);
      if (semi == std::string::npos || semi - pos > 12) return fail("'&' without entity");
      std::string entity = xml.substr(pos + 1, semi - pos - 1);
      bool numeric = entity.size() > 1 && entity[0] == '#' && entity.find_first_not_of(
          entity[1] == 'x' ? "0123456789abcdefABCDEF" : "0123456789", entity[1] == 'x' ? 2 : 1) == std::string::npos &&
          entity.size() > (entity[1] == 'x' ? 2u : 1u);
      if (!numeric && !kEntities.count(entity)) return fail("unknown entity &" + entity + ";");
      pos = semi;
    }
    return true;
  }
  bool attributes(bool& empty_element) {
    std::set<std::string> seen;
    for (;;) {
      spaces();
      if (pos >= xml.size()) return fail("unterminated start tag");
      if (at("/>")) { pos += 2; empty_element = true; return true; }
      if (xml[pos] == '>') { ++pos; empty_element = false; return true; }
      std::string attr = name();
      if (attr.empty()) return fail("bad attribute name");
      if (!seen.insert(attr).second) return fail("duplicate attribute " + attr);
      spaces();
      if (pos >= xml.size() || xml[pos] != '=') return fail("attribute " + attr + " without '='");
      ++pos;
      spaces();
      if (pos >= xml.size() || (xml[pos] != '"' && xml[pos] != '\'')) return fail("unquoted attribute " + attr);
      char quote = xml[pos++];
      if (!chars(quote)) return false;
      if (pos >= xml.size()) return fail("unterminated attribute value");
      ++pos;
    }
  }
  // Comments, CDATA, processing instructions and DOCTYPE; false on error, `handled` when one was read.
  bool special(bool& handled) {
    handled = true;
    if (at("<!--")) return skip_to("-->");
    if (at("<![CDATA[")) return skip_to("]]>");
    if (at("<?")) return skip_to("?>");
    if (at("<!DOCTYPE")) return skip_to(">");
    handled = false;
    return true;
  }
  bool document() {
    std::vector<std::string> open;
    bool root_done = false;
    while (pos < xml.size()) {
      if (pos == 0 && at("\xEF\xBB\xBF")) pos += 3;  // a byte order mark
      if (open.empty()) {
        spaces();
        if (pos >= xml.size()) break;
        if (xml[pos] != '<') return fail("text outside the root element");
      } else if (xml[pos] != '<') {
        if (!chars('<')) return false;
        continue;
      }
      bool handled = false;
      if (!special(handled)) return false;
      if (handled) continue;
      if (at("</")) {
        pos += 2;
        std::string closing = name();
        spaces();
        if (open.empty() || open.back() != closing) return fail("unexpected </" + closing + ">");
        if (pos >= xml.size() || xml[pos] != '>') return fail("bad end tag");
        ++pos;
        open.pop_back();
        root_done = open.empty();
        continue;
      }
      ++pos;
      if (root_done) return fail("second root element");
      std::string element = name();
      if (element.empty()) return fail("bad element name");
      bool empty_element = false;
      if (!attributes(empty_element)) return false;
      if (empty_element) root_done = open.empty();
      else open.push_back(element);
    }
    if (!open.empty()) return fail("element <" + open.back() + "> not closed");
    if (!root_done) return fail("no root element");
    return true;
  }
};

}  // namespace

bool xml_well_formed(const std::string& xml, std::string* why) {
  Scanner scanner{xml, 0, {}};
  bool ok = scanner.document();
  if (!ok && why) *why = scanner.problem;
  return ok;
}

}  // namespace opcheck::cli
