// The feature layout of a compiled vacancy: each leaf rule of every
// criterion owns four columns of a candidate's feature vector, in leaf
// order: proven measure, optimistic measure, 1/0 for "known", and partial
// evidence that earns credit only (rule.h, Measure). A batch of
// candidates is a matrix with one row per candidate; verdicts, credits and
// scores are read from these columns alone.
#pragma once

#include <Eigen/Dense>
#include <string>
#include <vector>

namespace shortlist {

struct FeatureLayout {
  static constexpr int kColumnsPerLeaf = 4;
  int leaves = 0;

  int size() const { return leaves * kColumnsPerLeaf; }
  static int proven(int leaf) { return leaf * kColumnsPerLeaf; }
  static int optimistic(int leaf) { return leaf * kColumnsPerLeaf + 1; }
  static int known(int leaf) { return leaf * kColumnsPerLeaf + 2; }
  static int partial(int leaf) { return leaf * kColumnsPerLeaf + 3; }
};

using FeatureVector = Eigen::VectorXd;
using FeatureMatrix =
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

}  // namespace shortlist
