// Extraction in a child process: Poppler and Tesseract run there under an address-space cap
// and a wall-clock alarm, so a crash, hang or memory blow-up on a hostile PDF becomes an
// Error for that file only. The child answers on a pipe: 'O' + JSON, or 'E' + kind + message.
#include <csignal>
#include <cstring>
#include <mutex>
#include <string>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "extract/extract.h"

namespace opcheck::extract {
namespace {

void write_all(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n <= 0) return;
    done += static_cast<size_t>(n);
  }
}

std::string read_all(int fd) {
  std::string out;
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  return out;
}

void limit_memory(std::size_t bytes) {
#if !defined(__SANITIZE_ADDRESS__)
  rlimit limit{bytes, bytes};
  setrlimit(RLIMIT_AS, &limit);
#else
  (void)bytes;  // ASan reserves terabytes of address space; a cap would kill every child
#endif
}

// Other threads may be extracting too: drop the pipe ends this child inherited from them, or
// their reads would wait for this child's exit instead of their own child's.
void close_inherited_fds(int keep) {
  if (keep > 3) close_range(3, static_cast<unsigned>(keep - 1), 0);
  close_range(static_cast<unsigned>(keep + 1), ~0U, 0);
}

[[noreturn]] void run_child(int fd, const std::filesystem::path& pdf, const Options& options) {
  close_inherited_fds(fd);
  limit_memory(options.memory_limit_bytes);
  alarm(static_cast<unsigned>(options.document_timeout.count()));
  std::string answer;
  try {
    auto result = extract_in_process(pdf, options);
    answer = result ? "O" + to_json_text(*result)
                    : "E" + std::to_string(static_cast<int>(result.error().kind)) + "\n" + result.error().message;
  } catch (const std::bad_alloc&) {
    answer = "E" + std::to_string(static_cast<int>(ErrorKind::limit)) + "\n" + pdf.filename().string() +
             ": de geheugenlimiet is overschreden; het bestand is te zwaar om te verwerken.";
  } catch (const std::exception& e) {
    answer = "E" + std::to_string(static_cast<int>(ErrorKind::engine)) + "\n" + pdf.filename().string() +
             ": interne fout bij het lezen (" + e.what() + ").";
  }
  write_all(fd, answer);
  ::close(fd);
  _exit(0);  // skip atexit handlers and static destructors of the parent's copy
}

Error child_died(const std::filesystem::path& pdf, int status, const Options& options) {
  std::string file = pdf.filename().string();
  if (WIFSIGNALED(status) && (WTERMSIG(status) == SIGALRM || WTERMSIG(status) == SIGKILL))
    return make_error(ErrorKind::limit, file + ": de verwerking duurde langer dan de tijdslimiet van " +
                                            std::to_string(options.document_timeout.count()) + " seconden en is afgebroken.");
  if (WIFSIGNALED(status))
    return make_error(ErrorKind::engine, file + ": de PDF-verwerking liep vast (signaal " +
                                             std::to_string(WTERMSIG(status)) + " " + strsignal(WTERMSIG(status)) +
                                             "); het bestand is waarschijnlijk beschadigd.");
  return make_error(ErrorKind::engine, file + ": de PDF-verwerking stopte zonder resultaat.");
}

Result<Document> parse_answer(const std::string& answer) {
  if (answer[0] == 'O') return document_from_json(answer.substr(1));
  auto newline = answer.find('\n');
  int kind = std::stoi(answer.substr(1, newline - 1));
  return make_error(static_cast<ErrorKind>(kind), answer.substr(newline + 1));
}

}  // namespace

std::mutex& fork_gate() {
  static std::mutex gate;
  return gate;
}

Result<Document> extract_isolated(const std::filesystem::path& pdf, const Options& options) {
  // Load the dictionary here once, so every child inherits it instead of loading its own.
  if (auto warmed = warm_up(); !warmed) return warmed.error();
  int fds[2];
  if (pipe(fds) != 0) return make_error(ErrorKind::io, "kan geen pijp maken voor het deelproces");
  pid_t pid = 0;
  {
    std::lock_guard gate(fork_gate());
    pid = fork();
  }
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return make_error(ErrorKind::io, "kan geen deelproces starten voor " + pdf.filename().string());
  }
  if (pid == 0) {
    ::close(fds[0]);
    run_child(fds[1], pdf, options);
  }
  ::close(fds[1]);
  std::string answer = read_all(fds[0]);
  ::close(fds[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (answer.empty()) return child_died(pdf, status, options);
  return parse_answer(answer);
}

}  // namespace opcheck::extract
