#pragma once

#include "symbolic/expression.h"

#include <cmath>
#include <limits>

// The arithmetic of each operator on doubles, shared by evaluate(), the constant folding of
// simplify() and Program, so that all three give bit-identical results.
namespace lab::symbolic {

inline double applyUnary(Operator op, double x)
{
    switch (op) {
    case Operator::Negate:
        return -x;
    case Operator::Square:
        return x * x;
    case Operator::Cube:
        return x * x * x;
    case Operator::Sin:
        return std::sin(x);
    case Operator::Cos:
        return std::cos(x);
    case Operator::Exp:
        return std::exp(x);
    case Operator::Log:
        return std::log(x);
    case Operator::Sqrt:
        return std::sqrt(x);
    case Operator::Abs:
        return std::fabs(x);
    default:
        return std::numeric_limits<double>::quiet_NaN();
    }
}

inline double applyBinary(Operator op, double x, double y)
{
    switch (op) {
    case Operator::Add:
        return x + y;
    case Operator::Subtract:
        return x - y;
    case Operator::Multiply:
        return x * y;
    case Operator::Divide:
        return x / y;
    case Operator::Power:
        return std::pow(x, y);
    default:
        return std::numeric_limits<double>::quiet_NaN();
    }
}

} // namespace lab::symbolic
