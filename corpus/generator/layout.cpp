// Pagination. Lines are broken greedily; a word that does not fit is hyphenated: at its own
// hyphen for compounds (PO-raad), otherwise between two consonants. The truth text keeps the
// whole word on the line where it starts (Dutch words joined, compound hyphen kept). Text
// features (ligature characters, soft hyphens, full-width digits) are decided per word.
#include "corpus/generator/layout.h"

#include <algorithm>

namespace opcheck::corpus::detail {
namespace {

constexpr double kLeft = 70, kRight = 525, kTop = 80, kBottom = 770, kGap = 22;
const std::string kSoftHyphen = "\xC2\xAD";

bool is_vowel(char c) { return std::string("aeiouyAEIOUY").find(c) != std::string::npos; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

struct Word {
  std::string truth;
  std::vector<Unit> units;
  bool plain_ascii = true;  // units map 1:1 to truth bytes: safe to hyphenate
};

Word decorate(const std::string& truth, const Style& st, Rng& rng) {
  Word w{truth, plain_units(truth), true};
  for (char c : truth) if (static_cast<unsigned char>(c) >= 0x80) w.plain_ascii = false;
  if (st.ligatures && rng.chance(0.35)) {
    for (size_t i = 0; i + 1 < w.units.size(); ++i) {
      const std::string pair = w.units[i].vis + w.units[i + 1].vis;
      if (pair == "fi" || pair == "fl") {
        const std::string lig = pair == "fi" ? "\xEF\xAC\x81" : "\xEF\xAC\x82";
        w.units[i] = {lig, lig};
        w.units.erase(w.units.begin() + static_cast<long>(i) + 1);
        w.plain_ascii = false;
      }
    }
  }
  bool digits = false;
  for (char c : truth) digits = digits || (c >= '0' && c <= '9');
  if (st.fullwidth && digits && rng.chance(0.4)) {
    for (auto& u : w.units)
      if (u.vis.size() == 1 && u.vis[0] >= '0' && u.vis[0] <= '9')
        u.act = std::string("\xEF\xBC") + static_cast<char>(0x90 + (u.vis[0] - '0'));  // U+FF10..FF19
    w.plain_ascii = false;
  }
  return w;
}

// Candidate split points (prefix lengths), longest first.
std::vector<size_t> split_points(const Word& w) {
  std::vector<size_t> out;
  const std::string& t = w.truth;
  if (w.units.size() != t.size()) return out;
  const size_t dash = t.find('-');
  if (dash != std::string::npos && dash >= 2 && dash + 3 <= t.size()) return {dash + 1};
  if (t.size() < 8) return out;
  // Dutch rule of thumb: split V C | C V (exactly two consonants between vowels), so
  // "samen-werking" and "on-der" but never "gesch-reven".
  for (size_t i = t.size() - 3; i >= 3; --i) {
    const bool letters = is_letter(t[i - 2]) && is_letter(t[i - 1]) && is_letter(t[i]) && is_letter(t[i + 1]);
    if (letters && is_vowel(t[i - 2]) && !is_vowel(t[i - 1]) && !is_vowel(t[i]) && is_vowel(t[i + 1]) &&
        !(t[i - 1] == 'c' && t[i] == 'h') && !(t[i - 1] == 'i' && t[i] == 'j') && !(t[i - 1] == 'j'))
      out.push_back(i);
  }
  return out;
}

struct Line {
  std::vector<Unit> units;
  std::vector<std::string> truth;
  double width = 0;
};

class Breaker {
 public:
  Breaker(Typesetter& ts, const Style& st, Rng& rng, double size, bool bold) : ts_(ts), st_(st), rng_(rng), size_(size), bold_(bold) {}
  std::vector<Line> wrap(const std::string& text, double width, bool hyphenate);

 private:
  double measure(const std::vector<Unit>& units) {
    std::string v;
    for (const auto& u : units) v += u.vis;
    return ts_.width(v, size_, bold_);
  }
  void append(Line& line, const std::vector<Unit>& units, double w, double space) {
    if (!line.units.empty()) line.units.push_back({" ", " "}), line.width += space;
    line.units.insert(line.units.end(), units.begin(), units.end());
    line.width += w;
  }
  bool try_hyphenate(Line& line, std::vector<Line>& out, const Word& w, double width, double space);

  Typesetter& ts_;
  const Style& st_;
  Rng& rng_;
  double size_;
  bool bold_;
};

bool Breaker::try_hyphenate(Line& line, std::vector<Line>& out, const Word& w, double width, double space) {
  for (size_t k : split_points(w)) {
    std::vector<Unit> head(w.units.begin(), w.units.begin() + static_cast<long>(k));
    const bool compound = w.truth[k - 1] == '-';
    if (!compound) head.push_back({"-", st_.soft_hyphens && rng_.chance(0.5) ? kSoftHyphen : "-"});
    const double hw = measure(head);
    if (line.width + (line.units.empty() ? 0 : space) + hw > width) continue;
    append(line, head, hw, space);
    line.truth.push_back(w.truth);
    out.push_back(std::move(line));
    line = Line{};
    std::vector<Unit> tail(w.units.begin() + static_cast<long>(k), w.units.end());
    append(line, tail, measure(tail), space);
    return true;
  }
  return false;
}

std::vector<Line> Breaker::wrap(const std::string& text, double width, bool hyphenate) {
  std::vector<Line> out;
  Line line;
  const double space = ts_.width(" ", size_, bold_);
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t end = std::min(text.find(' ', pos), text.size());
    const std::string tok = text.substr(pos, end - pos);
    pos = end + 1;
    if (tok.empty()) continue;
    Word w = decorate(tok, st_, rng_);
    // Word-processor soft hyphens sit at syllable breaks inside long words.
    if (st_.soft_hyphens && w.plain_ascii && w.truth.size() >= 11 && rng_.chance(0.12)) {
      const auto pts = split_points(w);
      if (!pts.empty() && w.truth[pts.front() - 1] != '-') w.units[pts.front() - 1].act += kSoftHyphen;
    }
    const double ww = measure(w.units);
    if (line.units.empty() || line.width + space + ww <= width) {
      append(line, w.units, ww, space);
      line.truth.push_back(w.truth);
      continue;
    }
    if (hyphenate && try_hyphenate(line, out, w, width, space)) continue;
    out.push_back(std::move(line));
    line = Line{};
    append(line, w.units, ww, space);
    line.truth.push_back(w.truth);
  }
  if (!line.units.empty()) out.push_back(std::move(line));
  return out;
}

std::string join(const std::vector<std::string>& v, const std::string& sep = " ") {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

}  // namespace

namespace {

class Paginator {
 public:
  Paginator(const Style& st, Typesetter& ts, std::uint64_t seed, const std::vector<int>& toc)
      : st_(st), ts_(ts), rng_(seed ^ 0x5EEDULL), toc_(toc) {}
  std::vector<Page> run(const std::vector<Block>& blocks);

 private:
  void new_page(bool scanned);
  void ensure(double h, bool scanned);       // room for h points in the current column
  double col_x() const { return cols_ == 1 ? kLeft : kLeft + col_ * (col_w() + kGap); }
  double col_w() const { return cols_ == 1 ? kRight - kLeft : (kRight - kLeft - kGap) / 2; }
  Page& page() { return pages_.back(); }
  void flush_truth();
  void lines(const std::vector<Line>& ls, double x, double size, bool bold, const Block& b, double indent_first = 0);
  void title_page(const Block& b);
  void toc(const std::vector<Block>& blocks, bool scanned);
  void heading(const Block& b);
  void paragraph(const Block& b, bool bullet);
  void table(const Block& b);
  void signature(const Block& b);
  void letterhead(const Block& b);
  void tag(const Block& b) { page().tags.insert(b.tags.begin(), b.tags.end()); }

  const Style& st_;
  Typesetter& ts_;
  Rng rng_;
  const std::vector<int>& toc_;
  std::vector<Page> pages_;
  int cols_ = 1, col_ = 0;
  double y_ = kTop;
  bool body_ = false, all_scanned_ = true;
  std::vector<std::string> truth_;  // truth words of the current block on the current page
};

void Paginator::flush_truth() {
  if (!truth_.empty() && !pages_.empty()) page().body.push_back(join(truth_));
  truth_.clear();
}

void Paginator::new_page(bool scanned) {
  flush_truth();
  pages_.emplace_back();
  page().scanned = scanned;
  // Scanned letters in a mixed plan are one-column, like the paper they were signed on.
  cols_ = body_ && st_.two_column && (!scanned || all_scanned_) ? 2 : 1;
  col_ = 0;
  y_ = kTop;
}

void Paginator::ensure(double h, bool scanned) {
  if (pages_.empty() || page().scanned != scanned) return new_page(scanned);
  if (y_ + h <= kBottom) return;
  if (col_ + 1 < cols_) {
    flush_truth();
    ++col_;
    y_ = kTop;
    return;
  }
  new_page(scanned);
}

void Paginator::lines(const std::vector<Line>& ls, double x, double size, bool bold, const Block& b, double indent_first) {
  const double lh = size * st_.leading;
  for (size_t i = 0; i < ls.size(); ++i) {
    ensure(lh, b.scanned);
    tag(b);
    const double dx = i == 0 ? indent_first : 0;
    page().runs.push_back(make_run(ls[i].units, col_x() + x + dx, y_ + size * 0.8, size, bold));
    truth_.insert(truth_.end(), ls[i].truth.begin(), ls[i].truth.end());
    y_ += lh;
  }
  flush_truth();
}

void Paginator::title_page(const Block& b) {
  new_page(b.scanned);
  page().title = true;
  const double sizes[] = {20, 26, 14, 14, 16};
  y_ = 250;
  for (size_t i = 0; i < b.rows.size(); ++i) {
    const double size = sizes[std::min<size_t>(i, 4)];
    Breaker br(ts_, st_, rng_, size, i != 2 && i != 3);
    lines(br.wrap(b.rows[i][0], col_w(), false), 0, size, i != 2 && i != 3, b);
    y_ += size * 0.8;
  }
}

void Paginator::toc(const std::vector<Block>& blocks, bool scanned) {
  new_page(scanned);
  Block head = make_block(BlockKind::heading, "Inhoudsopgave");
  head.scanned = scanned;
  Breaker hb(ts_, st_, rng_, 16, true);
  lines(hb.wrap(head.text, col_w(), false), 0, 16, true, head);
  y_ += 10;
  size_t n = 0;
  for (const auto& b : blocks) {
    if (b.kind != BlockKind::heading || b.level != 1) continue;
    const std::string num = std::to_string(n < toc_.size() ? toc_[n] : 0);
    ++n;
    ensure(st_.body_size * 1.6, scanned);
    page().runs.push_back(make_run(plain_units(b.text), kLeft, y_ + st_.body_size * 0.8, st_.body_size, false));
    const double nw = ts_.width(num, st_.body_size, false);
    page().runs.push_back(make_run(plain_units(num), kRight - nw, y_ + st_.body_size * 0.8, st_.body_size, false));
    page().body.push_back(b.text + " " + num);
    y_ += st_.body_size * 1.6;
  }
}

void Paginator::heading(const Block& b) {
  if (!body_) {
    body_ = true;
    if (!pages_.empty() && !page().title) new_page(b.scanned);
  }
  const double size = b.level == 1 ? st_.body_size + 4 : st_.body_size + 1.5;
  Breaker br(ts_, st_, rng_, size, true);
  const auto ls = br.wrap(b.text, col_w(), false);
  const double need = static_cast<double>(ls.size()) * size * st_.leading + 3 * st_.body_size * st_.leading + size;
  ensure(need, b.scanned);
  if (y_ > kTop) y_ += size * 0.9;
  if (b.level == 1) ++page().h1;
  lines(ls, 0, size, true, b);
  y_ += size * 0.4;
}

void Paginator::paragraph(const Block& b, bool bullet) {
  const double indent = bullet ? 16 : 0;
  Breaker br(ts_, st_, rng_, st_.body_size, false);
  const auto ls = br.wrap(b.text, col_w() - indent, true);
  const double lh = st_.body_size * st_.leading;
  if (b.keep_whole) ensure(static_cast<double>(ls.size()) * lh, b.scanned);
  ensure(lh, b.scanned);
  if (bullet) page().runs.push_back(make_run(plain_units("\xE2\x80\xA2"), col_x() + 4, y_ + st_.body_size * 0.8, st_.body_size, false));
  lines(ls, indent, st_.body_size, false, b);
  y_ += bullet ? lh * 0.15 : lh * 0.6;
}

}  // namespace

namespace {

void Paginator::table(const Block& b) {
  const size_t nc = b.rows.empty() ? 0 : b.rows[0].size();
  if (nc == 0) return;
  const double size = cols_ == 2 ? st_.body_size - 2.5 : st_.body_size - 1.5, lh = size * 1.25, pad = 3;
  const double w = col_w(), first = nc > 2 ? w * 0.36 : w / static_cast<double>(nc);
  const double rest = nc > 1 ? (w - first) / static_cast<double>(nc - 1) : 0;
  y_ += lh * 0.5;
  for (size_t r = 0; r < b.rows.size(); ++r) {
    std::vector<std::vector<Line>> cells;
    size_t most = 1;
    for (size_t c = 0; c < nc; ++c) {
      Breaker br(ts_, st_, rng_, size, r == 0);
      const std::string text = c < b.rows[r].size() ? b.rows[r][c] : "";
      cells.push_back(br.wrap(text, (c == 0 ? first : rest) - 2 * pad, false));
      most = std::max(most, cells.back().size());
    }
    const double h = static_cast<double>(most) * lh + 2 * pad;
    ensure(h, b.scanned);
    tag(b);
    double x = col_x();
    std::vector<std::string> row_truth;
    for (size_t c = 0; c < nc; ++c) {
      const double cw = c == 0 ? first : rest;
      for (size_t i = 0; i < cells[c].size(); ++i) {
        page().runs.push_back(make_run(cells[c][i].units, x + pad, y_ + pad + static_cast<double>(i) * lh + size * 0.85, size, r == 0));
        row_truth.insert(row_truth.end(), cells[c][i].truth.begin(), cells[c][i].truth.end());
      }
      page().rules.push_back({x, y_, x, y_ + h, 0.5});
      x += cw;
    }
    page().rules.push_back({x, y_, x, y_ + h, 0.5});
    page().rules.push_back({col_x(), y_, x, y_, r == 0 ? 1.0 : 0.5});
    page().rules.push_back({col_x(), y_ + h, x, y_ + h, r == 0 ? 1.0 : 0.5});
    page().body.push_back(join(row_truth));
    y_ += h;
  }
  y_ += lh;
}

void Paginator::signature(const Block& b) {
  ensure(70, b.scanned);
  y_ += 8;
  std::vector<std::pair<double, double>> pts;
  double x = col_x() + 10;
  const double base = y_ + 25;
  for (int i = 0; i < 14; ++i) {
    pts.push_back({x, base + (rng_.uniform() - 0.5) * 26});
    x += 6 + rng_.uniform() * 8;
  }
  page().scribbles.push_back(pts);
  y_ += 40;
  Breaker br(ts_, st_, rng_, st_.body_size, false);
  lines(br.wrap(b.text, col_w(), false), 0, st_.body_size, false, b);
  y_ += 6;
}

void Paginator::letterhead(const Block& b) {
  ensure(60, b.scanned);
  Breaker br(ts_, st_, rng_, st_.body_size + 3, true);
  lines(br.wrap(b.text, col_w(), false), 0, st_.body_size + 3, true, b);
  page().rules.push_back({kLeft, y_ + 2, kRight, y_ + 2, 1.2});
  y_ += 24;
}

std::vector<Page> Paginator::run(const std::vector<Block>& blocks) {
  for (const auto& b : blocks) all_scanned_ = all_scanned_ && (b.scanned || b.kind == BlockKind::page_break || b.kind == BlockKind::toc);
  for (const auto& b : blocks) {
    switch (b.kind) {
      case BlockKind::title_page: title_page(b); break;
      case BlockKind::toc: toc(blocks, b.scanned); break;
      case BlockKind::page_break: flush_truth(); y_ = kBottom + 1; col_ = cols_; break;
      case BlockKind::heading: heading(b); break;
      case BlockKind::paragraph: paragraph(b, false); break;
      case BlockKind::bullet: paragraph(b, true); break;
      case BlockKind::table: table(b); break;
      case BlockKind::signature: signature(b); break;
      case BlockKind::letterhead: letterhead(b); break;
    }
  }
  flush_truth();
  return std::move(pages_);
}

}  // namespace

std::vector<Page> layout_blocks(const std::vector<Block>& blocks, const Style& style, Typesetter& ts,
                                std::uint64_t seed, const std::vector<int>& toc_pages) {
  return Paginator(style, ts, seed, toc_pages).run(blocks);
}

std::vector<int> heading_pages(const std::vector<Page>& pages) {
  std::vector<int> out;
  for (size_t i = 0; i < pages.size(); ++i)
    for (int k = 0; k < pages[i].h1; ++k) out.push_back(static_cast<int>(i) + 1);
  return out;
}

}  // namespace opcheck::corpus::detail
