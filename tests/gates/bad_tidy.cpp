// A sample that the tidy gate must reject: each function trips a check enabled in
// .clang-tidy. It is not compiled and the real gate skips it.
#include <string>
#include <vector>

namespace sample {

// bugprone-integer-division: the quotient is truncated before the conversion to double.
double half(int count)
{
    return count / 2;
}

// performance-unnecessary-value-param: the vector is copied for a read-only use.
std::size_t countNames(std::vector<std::string> names)
{
    return names.size();
}

} // namespace sample
