// Errors cross stage boundaries as values: Result<T> holds either a T or an Error whose
// message is Dutch, names the file and the cause. The kind maps to an exit code in cli/.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace opcheck {

enum class ErrorKind {
  usage,          // wrong command line
  io,             // file missing or unreadable, disk full
  not_pdf,        // empty file or not a PDF
  damaged_pdf,    // truncated or corrupt PDF
  encrypted,      // needs a user password
  no_pages,       // a PDF without pages
  limit,          // time or memory limit hit, absurd page or image size
  engine,         // Poppler, Tesseract, Hunspell, ICU failed or crashed
  data,           // malformed checklist, template, manifest or gold file
  database,       // SQLite failure
  internal,       // a bug
};

struct Error {
  ErrorKind kind = ErrorKind::internal;
  std::string message;  // Dutch, for the analyst
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : data_(std::move(error)) {}      // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(data_); }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  const Error& error() const { return std::get<Error>(data_); }

 private:
  std::variant<T, Error> data_;
};

struct Ok {};
using Status = Result<Ok>;

inline Error make_error(ErrorKind kind, std::string message) { return Error{kind, std::move(message)}; }

}  // namespace opcheck
