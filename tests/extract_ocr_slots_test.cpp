// The shared OCR budget (extract/detail/ocr_slots.h): slots exclude each other across threads
// and processes, a holder that dies frees its slot, and the pipeline never reads more pages at
// once than the budget allows, however many documents and workers run.
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <thread>

#include "extract/detail/ocr_engine.h"
#include "extract/detail/ocr_slots.h"
#include "extract/extract.h"
#include "test_support.h"

namespace opcheck::extract {
namespace {

using detail::OcrSlot;

std::filesystem::path slots_file() {
  auto path = test::fresh_temp_dir("ocr-slots") / "slots";
  test::write_file(path, std::string(1, '\0'));
  return path;
}

// Whether byte `slot` of `file` is locked by some other open file description.
bool locked(const std::filesystem::path& file, int slot) {
  const int fd = ::open(file.c_str(), O_RDWR | O_CLOEXEC);
  struct flock probe {};
  probe.l_type = F_WRLCK;
  probe.l_whence = SEEK_SET;
  probe.l_start = slot;
  probe.l_len = 1;
  const bool taken = fcntl(fd, F_OFD_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
  ::close(fd);
  return taken;
}

TEST(OcrSlots, HoldersTakeDifferentSlotsAndFreeThemWhenDone) {
  const auto file = slots_file();
  {
    OcrSlot first(file, 2);
    ASSERT_TRUE(first.held());
    EXPECT_TRUE(locked(file, 0));
    EXPECT_FALSE(locked(file, 1));
    OcrSlot second(file, 2);  // slot 0 is taken: gets slot 1 without waiting
    EXPECT_TRUE(second.held());
    EXPECT_TRUE(locked(file, 1));
  }
  EXPECT_FALSE(locked(file, 0));
  EXPECT_FALSE(locked(file, 1));
}

TEST(OcrSlots, AWaiterGetsTheSlotOnlyAfterTheHolderLetsGo) {
  const auto file = slots_file();
  auto holder = std::make_unique<OcrSlot>(file, 1);
  std::atomic<bool> got{false};
  std::thread waiter([&] {
    OcrSlot slot(file, 1);
    got = slot.held();
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_FALSE(got);  // still waiting: the only slot is held
  holder.reset();
  waiter.join();
  EXPECT_TRUE(got);
}

TEST(OcrSlots, AHolderThatDiesFreesItsSlot) {
  const auto file = slots_file();
  const pid_t child = fork();
  if (child == 0) {
    OcrSlot slot(file, 1);
    std::this_thread::sleep_for(std::chrono::hours(1));  // killed below while holding the slot
    _exit(0);
  }
  while (!locked(file, 0)) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  kill(child, SIGKILL);
  waitpid(child, nullptr, 0);
  OcrSlot slot(file, 1);
  EXPECT_TRUE(slot.held());
}

TEST(OcrSlots, WithoutAFileNothingIsHeldAndNothingWaits) {
  EXPECT_FALSE(OcrSlot({}, 2).held());
  EXPECT_FALSE(OcrSlot("/nonexistent/dir/slots", 2).held());
  EXPECT_FALSE(OcrSlot(slots_file(), 0).held());
}

// Counts the pages being read at the same moment, over every engine of every document.
struct Concurrency {
  std::atomic<int> now{0}, peak{0};
};

class CountingEngine final : public detail::OcrEngine {
 public:
  explicit CountingEngine(Concurrency& c) : c_(c) {}
  Result<detail::OcrPageResult> read(const detail::GrayImage&, double, double, std::chrono::milliseconds) override {
    const int now = ++c_.now;
    int peak = c_.peak;
    while (now > peak && !c_.peak.compare_exchange_weak(peak, now)) {
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
    --c_.now;
    return detail::OcrPageResult{};
  }

 private:
  Concurrency& c_;
};

// Two 4-page documents extracted at once, each with 2 OCR workers and pages of 250 ms (long
// enough for the two OCR phases to overlap on a loaded machine); the peak of pages read at
// the same moment with the given budget file (empty: no budget).
int peak_pages_at_once(const std::filesystem::path& budget, int slots) {
  Concurrency counter;
  Options options;
  options.force_ocr = true;
  options.threads = 2;
  options.ocr_slots_file = budget;
  options.ocr_slots = slots;
  options.ocr_engine = [&counter]() -> Result<std::unique_ptr<detail::OcrEngine>> {
    return std::unique_ptr<detail::OcrEngine>(new CountingEngine(counter));
  };
  const std::string page = "Het samenwerkingsverband verdeelt de middelen.\n";
  const auto dir = test::fresh_temp_dir("ocr-budget");
  test::write_file(dir / "a.pdf", test::make_pdf({page, page, page, page}));
  test::write_file(dir / "b.pdf", test::make_pdf({page, page, page, page}));
  std::thread other([&] { EXPECT_TRUE(extract_in_process(dir / "b.pdf", options).ok()); });
  EXPECT_TRUE(extract_in_process(dir / "a.pdf", options).ok());
  other.join();
  return counter.peak;
}

TEST(OcrSlots, ThePipelineKeepsToTheBudgetAcrossDocuments) {
  EXPECT_GT(peak_pages_at_once({}, 0), 2);  // without a budget: 2 documents x 2 workers overlap
  EXPECT_EQ(peak_pages_at_once(slots_file(), 2), 2);
  EXPECT_EQ(peak_pages_at_once(slots_file(), 1), 1);
}

}  // namespace
}  // namespace opcheck::extract
