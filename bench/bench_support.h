// Shared helpers for the bench programs: reading a gold corpus folder, running a peer tool as a
// child process with a wall-clock timer, splitting form-feed separated page text, and summing
// word accuracy over pages. Header-only because bench/CMakeLists.txt turns every bench/*.cpp
// into its own executable.
#pragma once

#include <spawn.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <ctime>
#include <vector>

#include <nlohmann/json.hpp>

#include "opcheck/word_accuracy.h"

extern char** environ;

namespace opcheck::bench {

namespace fs = std::filesystem;

struct GoldPlan {
  fs::path pdf;
  std::string name;                    // file stem
  std::string variant;                 // born_digital | scanned | mixed | non_plan | broken
  int pages = 0;
  std::vector<int> ocr_pages;          // 1-based
  std::vector<std::string> page_text;  // truth body text per page
};

inline std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Every NAME.gold.json with its NAME.pdf in `dir`, sorted by name.
inline std::vector<GoldPlan> load_corpus(const fs::path& dir) {
  std::vector<GoldPlan> plans;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string file = entry.path().filename().string();
    if (!file.ends_with(".gold.json")) continue;
    auto gold = nlohmann::json::parse(read_text(entry.path()));
    GoldPlan plan;
    plan.name = file.substr(0, file.size() - std::string(".gold.json").size());
    plan.pdf = dir / (plan.name + ".pdf");
    plan.variant = gold.value("variant", "");
    plan.pages = gold.at("plan").value("pages", 0);
    plan.ocr_pages = gold.at("plan").value("ocr_pages", std::vector<int>{});
    plan.page_text = gold.value("page_text", std::vector<std::string>{});
    if (fs::exists(plan.pdf)) plans.push_back(std::move(plan));
  }
  std::sort(plans.begin(), plans.end(), [](const GoldPlan& a, const GoldPlan& b) { return a.name < b.name; });
  return plans;
}

// Pages of a form-feed separated text (pdftotext, tesseract, ocrmypdf sidecar, opcheck's
// contract text). A trailing form feed (pdftotext ends every page with one) adds no page.
inline std::vector<std::string> split_pages(const std::string& text, std::size_t expected_pages) {
  std::vector<std::string> pages;
  std::size_t pos = 0;
  while (true) {
    std::size_t ff = text.find('\f', pos);
    pages.push_back(text.substr(pos, ff == std::string::npos ? std::string::npos : ff - pos));
    if (ff == std::string::npos) break;
    pos = ff + 1;
  }
  while (pages.size() > expected_pages && pages.back().find_first_not_of(" \t\r\n") == std::string::npos)
    pages.pop_back();
  return pages;
}

// Word edits summed over pages; accuracy is then edits over all truth words (micro average).
struct AccuracySum {
  WordEdits total;
  void add(std::string_view truth, std::string_view hypothesis) {
    WordEdits e = word_edits(truth, hypothesis);
    total.edits += e.edits;
    total.truth_words += e.truth_words;
  }
  double accuracy() const { return accuracy_of(total); }
};

struct RunResult {
  int exit_code = -1;
  double seconds = 0;
};

// Runs argv (PATH lookup) with stdout to `stdout_path` (or /dev/null) and stderr to /dev/null;
// `env` entries ("NAME=value") are added to this process's environment for the child only.
inline RunResult run_timed(const std::vector<std::string>& argv, const std::string& stdout_path = "/dev/null",
                           const std::vector<std::string>& env = {}) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  std::vector<std::string> env_strings(env);
  for (char** e = environ; *e; ++e) env_strings.emplace_back(*e);
  std::vector<char*> envp;
  for (auto& e : env_strings) envp.push_back(e.data());
  envp.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, stdout_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  RunResult result;
  auto start = std::chrono::steady_clock::now();
  pid_t pid = 0;
  if (posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), envp.data()) == 0) {
    int status = 0;
    waitpid(pid, &status, 0);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  posix_spawn_file_actions_destroy(&actions);
  return result;
}

inline double median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  std::size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// One line naming when and on what the figures were measured: the machine is shared, so the
// load average belongs next to any absolute time.
inline void print_machine_note() {
  char when[32];
  std::time_t now = std::time(nullptr);
  std::strftime(when, sizeof when, "%Y-%m-%d %H:%M", std::localtime(&now));
  std::string load = read_text("/proc/loadavg");
  load = load.substr(0, load.find(' ', load.find(' ', load.find(' ') + 1) + 1));
  std::printf("measured %s on %u cores, load average %s\n", when, std::thread::hardware_concurrency(), load.c_str());
}

inline std::string percent(double share) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f %%", share * 100);
  return buf;
}

}  // namespace opcheck::bench
