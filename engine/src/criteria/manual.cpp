// `manual`: what a posting asks that no profile shows (formats.md, "What a
// person must check"). Always unknown: a minimum one sends every candidate
// to review with the sentence marked "to judge"; a weighted one earns 0
// until a reviewer decides.
#include "criteria/leaves.h"

namespace shortlist {
namespace {

class ManualRule final : public RuleOf<ManualRule> {
 public:
  explicit ManualRule(const ManualSpec& spec)
      : check_(spec.check.value), see_(spec.see ? spec.see->value : "") {}

  std::string describe() const override { return "a person to check: " + check_; }

  Measure measure(const CompactProfile&) const override { return {0, 0, false}; }

  void explain(const CompactProfile&, const CandidateFacts&,
               Explanation& why) const override {
    why.evidence.push_back("to judge: " + check_ +
                           (see_.empty() ? "" : " (see " + see_ + ")"));
  }

  void conclude(const Measure&, Verdict, Explanation& why) const override {
    why.summary = "needs " + describe();
    why.found = "no profile shows it";
    why.unknown =
        check_ + ": a person must check it" + (see_.empty() ? "" : " (see " + see_ + ")");
  }

 private:
  std::string check_;
  std::string see_;
};

}  // namespace

std::unique_ptr<Rule> make_manual_rule(const ManualSpec& spec) {
  return std::make_unique<ManualRule>(spec);
}

}  // namespace shortlist
