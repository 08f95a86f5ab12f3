// A sample that the format gate must reject: its layout breaks the committed .clang-format
// (indentation, brace placement, spacing). It is not compiled and the real gate skips it.
#include <vector>
namespace sample {
  int sum(const std::vector<int> &values) {
      int total=0;
      for(int value : values) total+=value;
      return total; }
}
