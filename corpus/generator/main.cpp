// opcheck-corpus: generates sample ondersteuningsplannen with gold files. Thin main: parse
// options, load the phrasing data, run the sample or scale mode, map errors to exit codes.
#include <CLI/CLI.hpp>

#include <chrono>
#include <iostream>

#include "corpus/generator/corpus.h"
#include "opcheck/build_info.h"

int main(int argc, char** argv) {
  CLI::App app{"opcheck-corpus: maakt voorbeeld-ondersteuningsplannen (PDF) met gouden standaard (.gold.json)\n"
               "en een ontvangstlijst (ontvangst.csv), deterministisch: dezelfde seed geeft dezelfde bestanden.\n\n"
               "Voorbeelden:\n"
               "  opcheck-corpus --sample --out corpus/sample\n"
               "  opcheck-corpus --plans 152 --seed 11 --scanned-share 0.2 --out /tmp/corpus\n\n"
               "Afsluitcodes: 0 gelukt, 1 fout in formuleringen of bij schrijven, 2 verkeerde aanroep."};
  bool sample = false;
  opcheck::corpus::GenerateOptions opts;
  std::string phrasings = std::string(opcheck::kSourceDir) + "/corpus/phrasings";
  std::string out;
  app.add_flag("--sample", sample, "Maak de vaste voorbeeldset (ongeveer 20 bestanden) zoals in corpus/sample");
  app.add_option("--plans", opts.plans, "Aantal plannen in schaalmodus (standaard 152)")->check(CLI::Range(1, 10000));
  app.add_option("--seed", opts.seed, "Startwaarde van het toeval (standaard 7)");
  app.add_option("--scanned-share", opts.scanned_share, "Schaalmodus: aandeel gescande pagina's over alle plannen (0 tot 1, standaard 0.2):\n"
                 "volledig gescande plannen plus gescande bijlagen van gemengde plannen")
      ->check(CLI::Range(0.0, 1.0));
  app.add_option("--threads", opts.threads, "Aantal gelijktijdige werkers (standaard 2)")->check(CLI::Range(1, 64));
  app.add_option("--phrasings", phrasings, "Map met formuleringen (*.toml)");
  app.add_option("--out", out, "Uitvoermap")->required();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  opts.out_dir = out;
  const auto t0 = std::chrono::steady_clock::now();
  auto lib = opcheck::corpus::load_phrasings(phrasings);
  if (!lib) {
    std::cerr << "Fout: " << lib.error().message << "\n";
    return 1;
  }
  auto sum = sample ? opcheck::corpus::generate_sample(*lib, opts) : opcheck::corpus::generate_scale(*lib, opts);
  if (!sum) {
    std::cerr << "Fout: " << sum.error().message << "\n";
    return 1;
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::cout << sum->files << " bestanden geschreven naar " << out << " in " << secs << " s\n";
  for (const auto& [variant, n] : sum->by_variant) std::cout << "  " << variant << ": " << n << "\n";
  if (sum->pages > 0)
    std::cout << "  pagina's: " << sum->pages << ", waarvan gescand: " << sum->scanned_pages << " ("
              << (100.0 * sum->scanned_pages / sum->pages) << " %)\n";
  if (!sum->missing_items.empty()) {
    std::cout << "Niet gedekt (geen formulering of geen plan met deze status):\n";
    for (const auto& m : sum->missing_items) std::cout << "  " << m << "\n";
  }
  return 0;
}
