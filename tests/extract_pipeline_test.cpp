// The extract pipeline on exact, generated inputs: every kind of bad file gives its Dutch
// error, owner-password PDFs read normally, and engine failures stay inside one document.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "extract/detail/ocr_engine.h"
#include "extract/extract.h"
#include "test_support.h"

namespace opcheck::extract {
namespace {

using test::fresh_temp_dir;
using test::make_pdf;
using test::write_file;

const std::string kDutchPage =
    "Het samenwerkingsverband verdeelt de middelen voor ondersteuning.\n"
    "De commissie van toelaatbaarheid geeft een verklaring af.\n";

std::filesystem::path write_pdf(const std::string& name, const std::string& bytes) {
  auto path = fresh_temp_dir("pipeline") / name;
  write_file(path, bytes);
  return path;
}

Options text_only() {
  Options o;
  o.allow_ocr = false;
  return o;
}

void expect_error(const std::filesystem::path& pdf, ErrorKind kind, const std::string& fragment) {
  auto result = extract_isolated(pdf, text_only());
  ASSERT_FALSE(result.ok()) << pdf;
  EXPECT_EQ(result.error().kind, kind) << result.error().message;
  EXPECT_NE(result.error().message.find(pdf.filename().string()), std::string::npos) << result.error().message;
  EXPECT_NE(result.error().message.find(fragment), std::string::npos) << result.error().message;
}

TEST(ExtractBadInput, EmptyFileIsNotAPdf) { expect_error(write_pdf("leeg.pdf", ""), ErrorKind::not_pdf, "leeg"); }

TEST(ExtractBadInput, TextFileIsNotAPdf) {
  expect_error(write_pdf("brief.pdf", "Geachte heer,\nDit is geen PDF.\n"), ErrorKind::not_pdf, "geen PDF");
}

TEST(ExtractBadInput, TruncatedPdfIsDamaged) {
  std::string pdf = make_pdf({kDutchPage, kDutchPage});
  expect_error(write_pdf("afgebroken.pdf", pdf.substr(0, pdf.size() * 2 / 3)), ErrorKind::damaged_pdf, "afgebroken");
}

TEST(ExtractBadInput, PdfWithoutPages) { expect_error(write_pdf("nul.pdf", make_pdf({})), ErrorKind::no_pages, "geen pagina"); }

TEST(ExtractBadInput, MissingFileIsIoError) {
  auto result = extract_isolated("/nonexistent/plan.pdf", text_only());
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::io);
}

std::filesystem::path encrypt(const std::filesystem::path& plain, const std::string& user, const std::string& name) {
  auto out = plain.parent_path() / name;
  std::string cmd = "qpdf --encrypt '" + user + "' eigenaar 256 -- '" + plain.string() + "' '" + out.string() + "'";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  return out;
}

TEST(ExtractBadInput, UserPasswordIsEncryptedError) {
  auto plain = write_pdf("plan.pdf", make_pdf({kDutchPage}));
  expect_error(encrypt(plain, "geheim", "versleuteld.pdf"), ErrorKind::encrypted, "wachtwoord");
}

TEST(ExtractBadInput, OwnerPasswordOnlyReadsNormally) {
  auto plain = write_pdf("plan.pdf", make_pdf({kDutchPage}));
  auto result = extract_isolated(encrypt(plain, "", "eigenaar.pdf"), text_only());
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(to_contract_text(*result), kDutchPage);
}

TEST(ExtractBadInput, AbsurdPageSizeGivesPageWarningNotCrash) {
  Options o;
  o.force_ocr = true;
  auto result = extract_isolated(write_pdf("reus.pdf", make_pdf({kDutchPage}, 14400, 14400)), o);
  ASSERT_TRUE(result.ok()) << result.error().message;
  ASSERT_TRUE(result->pages[0].warning.has_value());
  EXPECT_NE(result->pages[0].warning->find("te groot"), std::string::npos) << *result->pages[0].warning;
  EXPECT_EQ(result->pages[0].method, Method::text);
}

TEST(Extract, ReadsTextLayerWithBoxesAndSha) {
  auto result = extract_isolated(write_pdf("plan.pdf", make_pdf({kDutchPage, kDutchPage})), text_only());
  ASSERT_TRUE(result.ok()) << result.error().message;
  ASSERT_EQ(result->pages.size(), 2u);
  EXPECT_EQ(result->sha256.size(), 64u);
  const Line& first = result->pages[0].lines.at(0);
  EXPECT_EQ(first.text, "Het samenwerkingsverband verdeelt de middelen voor ondersteuning.");
  EXPECT_NEAR(first.box.x0, 72, 1);
  EXPECT_NEAR(first.font_size, 12, 0.5);
  EXPECT_EQ(first.font_name, "Helvetica");
  EXPECT_EQ(result->pages[0].method, Method::text);
  EXPECT_FALSE(result->pages[0].decision.needs_ocr);
  EXPECT_GT(result->pages[0].quality.dictionary_rate, 0.9);
}

TEST(Extract, JsonRoundTripKeepsEverything) {
  auto result = extract_in_process(write_pdf("plan.pdf", make_pdf({kDutchPage})), text_only());
  ASSERT_TRUE(result.ok());
  auto back = document_from_json(to_json_text(*result));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(to_json_text(*back), to_json_text(*result));
}

// Fake engines drive the failure paths through the production seam.
class FakeEngine : public detail::OcrEngine {
 public:
  enum class Mode { crash, hang, timeout };
  explicit FakeEngine(Mode mode) : mode_(mode) {}
  Result<detail::OcrPageResult> read(const detail::GrayImage&, double, double, std::chrono::milliseconds) override {
    if (mode_ == Mode::crash) std::abort();
    if (mode_ == Mode::hang) std::this_thread::sleep_for(std::chrono::hours(1));
    return make_error(ErrorKind::limit, "tijdslimiet van de pagina overschreden");
  }

 private:
  Mode mode_;
};

Options with_fake(FakeEngine::Mode mode) {
  Options o;
  o.force_ocr = true;
  o.document_timeout = std::chrono::seconds(2);
  o.ocr_engine = [mode]() -> Result<std::unique_ptr<detail::OcrEngine>> {
    return std::unique_ptr<detail::OcrEngine>(new FakeEngine(mode));
  };
  return o;
}

TEST(ExtractIsolation, EngineCrashBecomesErrorForThatFileOnly) {
  auto pdf = write_pdf("crash.pdf", make_pdf({kDutchPage}));
  auto result = extract_isolated(pdf, with_fake(FakeEngine::Mode::crash));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::engine);
  EXPECT_NE(result.error().message.find("crash.pdf"), std::string::npos);
  EXPECT_TRUE(extract_isolated(pdf, text_only()).ok());  // the next document is fine
}

TEST(ExtractIsolation, HangIsKilledAtTheDocumentTimeLimit) {
  auto result = extract_isolated(write_pdf("hang.pdf", make_pdf({kDutchPage})), with_fake(FakeEngine::Mode::hang));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::limit);
  EXPECT_NE(result.error().message.find("tijdslimiet"), std::string::npos);
}

TEST(ExtractIsolation, PageTimeoutIsSoftAndKeepsTheTextLayer) {
  auto result = extract_isolated(write_pdf("traag.pdf", make_pdf({kDutchPage})), with_fake(FakeEngine::Mode::timeout));
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result->pages[0].method, Method::text);
  ASSERT_TRUE(result->pages[0].warning.has_value());
  EXPECT_NE(result->pages[0].warning->find("OCR afgebroken"), std::string::npos);
  EXPECT_EQ(to_contract_text(*result), kDutchPage);
}

TEST(ExtractSegments, SplitsDutchSentencesAndWords) {
  std::string text = "De OPR stemde op 12 mrt. 2014 in. Daarna volgde de vaststelling.";
  auto sentences = split_sentences(text);
  ASSERT_GE(sentences.size(), 2u);
  EXPECT_EQ(text.substr(sentences.back().begin, sentences.back().end - sentences.back().begin), "Daarna volgde de vaststelling.");
  auto words = split_words("Passend onderwijs: één plan");
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(std::string("Passend onderwijs: één plan").substr(words[3].begin, 4), "plan");
}

TEST(ExtractSegments, AnAbbreviationBeforeADateEndsNoSentence) {
  std::string text = "Instemming ondersteuningsplanraad d.d. 12.03.2014. Vaststelling nr. 2014.07 volgt.";
  auto sentences = split_sentences(text);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(text.substr(sentences[0].begin, sentences[0].end - sentences[0].begin),
            "Instemming ondersteuningsplanraad d.d. 12.03.2014.");
  // "jl." may end a sentence: the next one starts with a capital.
  std::string jl = "De OPR stemde op 5 maart jl. De raad was unaniem.";
  EXPECT_EQ(split_sentences(jl).size(), 2u);
  // Initials belong to the name after them; a lettered appendix may end a sentence.
  std::string signed_line = "Voor instemming, namens de OPR: E. Sahin, voorzitter, d.d. 7 april 2014";
  EXPECT_EQ(split_sentences(signed_line).size(), 1u);
  std::string appendix = "Zie bijlage B. De raad stemde in.";
  EXPECT_EQ(split_sentences(appendix).size(), 2u);
}

}  // namespace
}  // namespace opcheck::extract
