// Commands on the stored round: override, overrides, search and report (regenerate outputs).
#include <iostream>
#include <unistd.h>

#include "checklists/checklists.h"
#include "cli/app_support.h"
#include "cli/exit_codes.h"
#include "cli/overrides.h"
#include "cli/round_outputs.h"
#include "cli/search_command.h"

namespace opcheck::cli {
namespace {

struct StoreRequest {
  std::filesystem::path db = kDefaultDb;
  std::string round = "2014";
  std::string plan, item, status, note, author, query;
  std::optional<std::string> sector;
  std::filesystem::path out = "opcheck-uitvoer";
};

std::string current_user() {
  if (const char* name = getlogin()) return name;
  if (const char* name = std::getenv("USER")) return name;
  return "onbekend";
}

void add_db_round(CLI::App* cmd, StoreRequest& req) {
  cmd->add_option("--db", req.db, "SQLite-database van 'opcheck run' (standaard opcheck-uitvoer/opcheck.sqlite)")->type_name("BESTAND");
  cmd->add_option("--round", req.round, "De toetsingsronde")->type_name("RONDE");
}

// Opens an existing store: a typo in --db must not silently create an empty database.
Result<Store> open_existing(const StoreRequest& req) {
  if (!std::filesystem::exists(req.db))
    return make_error(ErrorKind::io, req.db.string() + ": database bestaat niet; voer eerst 'opcheck run' uit of geef --db op.");
  return Store::open(req.db);
}

template <typename Fn>
void run_on_store(const StoreRequest& req, int& status, Fn&& fn) {
  auto store = open_existing(req);
  if (!store) {
    status = report_error(store.error());
    return;
  }
  auto result = fn(*store);
  status = result ? kExitOk : report_error(result.error());
}

void add_override_command(CLI::App& app, StoreRequest& req, int& status) {
  auto* cmd = add_command(app, "override", "Leg het oordeel van een analist vast voor één item van één plan");
  cmd->add_option("plan", req.plan, "Bestandsnaam van het plan (zoals in het overzicht)")->required()->type_name("PLAN");
  cmd->add_option("item", req.item, "Item-ID, bijvoorbeeld IE-BEGROTING")->required()->type_name("ITEM");
  cmd->add_option("--status", req.status, "Het oordeel van de analist, bijvoorbeeld voldoet of onvolledig")->required()->type_name("STATUS");
  cmd->add_option("--note", req.note, "Toelichting bij de correctie")->required()->type_name("TEKST");
  cmd->add_option("--door", req.author, "Naam van de analist (standaard de gebruikersnaam)")->type_name("NAAM");
  add_db_round(cmd, req);
  cmd->callback([&req, &status] {
    run_on_store(req, status, [&](Store& store) -> Status {
      auto added = add_override(store, req.plan, req.round, req.item, req.status, req.note,
                                req.author.empty() ? current_user() : req.author);
      if (!added) return added.error();
      std::cout << "Vastgelegd: " << added->plan_file << " " << added->item << " -> " << added->status
                << ". Voer 'opcheck report' uit om de rapporten bij te werken.\n";
      return Ok{};
    });
  });
}

void add_overrides_command(CLI::App& app, StoreRequest& req, int& status) {
  auto* cmd = add_command(app, "overrides", "Toon alle vastgelegde correcties van analisten");
  add_db_round(cmd, req);
  cmd->callback([&req, &status] {
    run_on_store(req, status, [&](Store& store) -> Status {
      auto list = list_overrides(store, req.round);
      if (!list) return list.error();
      std::cout << format_overrides(*list);
      return Ok{};
    });
  });
}

void add_search_command(CLI::App& app, StoreRequest& req, int& status) {
  auto* cmd = add_command(app, "search", "Zoek in de tekst van alle plannen (hoofdletters en accenten tellen niet)");
  cmd->add_option("zoekvraag", req.query, "Woorden die alle moeten voorkomen; \"aanhalingstekens\" voor een vaste woordgroep")
      ->required()->type_name("ZOEKVRAAG");
  cmd->add_option("--sector", req.sector, "Alleen plannen van deze sector")->check(CLI::IsMember({"po", "vo"}))->type_name("po|vo");
  add_db_round(cmd, req);
  cmd->callback([&req, &status] {
    run_on_store(req, status, [&](Store& store) -> Status {
      bool tty = isatty(STDOUT_FILENO) != 0;
      auto hits = search_pages(store, req.query, req.sector, tty ? "\033[1;33m" : "[", tty ? "\033[0m" : "]");
      if (!hits) return hits.error();
      for (const auto& h : *hits) std::cout << h.file << "  p. " << h.page << "  " << h.snippet << "\n";
      std::cout << hits->size() << " treffer(s).\n";
      return Ok{};
    });
  });
}

void add_report_command(CLI::App& app, StoreRequest& req, int& status) {
  auto* cmd = add_command(app, "report", "Maak alle rapporten, overzichten en brieven opnieuw uit de database (zonder opnieuw te lezen)");
  add_db_round(cmd, req);
  cmd->add_option("--out", req.out, "Map voor de uitvoer")->type_name("MAP");
  cmd->callback([&req, &status] {
    run_on_store(req, status, [&](Store& store) -> Status {
      auto catalog = checklists::load_catalog(checklists::default_checklist_dir());
      if (!catalog) return catalog.error();
      if (auto ok = write_round_outputs(store, *catalog, {req.round, req.out, std::nullopt, true, true}); !ok)
        return ok.error();
      std::cout << "Rapporten bijgewerkt in " << std::filesystem::absolute(req.out).string() << "\n";
      return Ok{};
    });
  });
}

}  // namespace

void add_store_commands(CLI::App& app, int& status) {
  static StoreRequest override_req, overrides_req, search_req, report_req;
  add_override_command(app, override_req, status);
  add_overrides_command(app, overrides_req, status);
  add_search_command(app, search_req, status);
  add_report_command(app, report_req, status);
}

}  // namespace opcheck::cli
