// Hunspell-nl loading (with OPCHECK_HUNSPELL_DIR override) and the cached spell check.
#include "extract/detail/hunspell_nl.h"

#include <hunspell/hunspell.hxx>

#include <cstdlib>
#include <filesystem>

namespace opcheck::extract::detail {
namespace {

std::filesystem::path dictionary_dir() {
  if (const char* dir = std::getenv("OPCHECK_HUNSPELL_DIR")) return dir;
  return "/usr/share/hunspell";
}

}  // namespace

DutchDictionary::DutchDictionary(std::unique_ptr<Hunspell> engine) : engine_(std::move(engine)) {}
DutchDictionary::~DutchDictionary() = default;

Result<DutchDictionary*> DutchDictionary::shared() {
  static std::unique_ptr<DutchDictionary> instance;
  if (instance) return instance.get();
  auto aff = dictionary_dir() / "nl_NL.aff";
  auto dic = dictionary_dir() / "nl_NL.dic";
  if (!std::filesystem::exists(aff) || !std::filesystem::exists(dic))
    return make_error(ErrorKind::engine, "Het Nederlandse woordenboek ontbreekt (" + dic.string() +
                                             "). Installeer het pakket hunspell-nl.");
  instance.reset(new DutchDictionary(std::make_unique<Hunspell>(aff.c_str(), dic.c_str())));
  return instance.get();
}

bool DutchDictionary::accepts(std::string_view word) {
  std::string key(word);
  if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  bool ok = engine_->spell(key);
  cache_.emplace(std::move(key), ok);
  return ok;
}

}  // namespace opcheck::extract::detail
