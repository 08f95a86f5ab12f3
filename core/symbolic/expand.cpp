#include "symbolic/expression.h"

#include <vector>

namespace lab::symbolic {

namespace {

/// Appends the summands of a sum, with subtracted and negated ones wrapped in a minus sign.
void appendSummands(const Expression& e, bool negative, std::vector<Expression>& summands)
{
    switch (e.op()) {
    case Operator::Add:
        appendSummands(e.operand(0), negative, summands);
        appendSummands(e.operand(1), negative, summands);
        return;
    case Operator::Subtract:
        appendSummands(e.operand(0), negative, summands);
        appendSummands(e.operand(1), !negative, summands);
        return;
    case Operator::Negate:
        appendSummands(e.operand(0), !negative, summands);
        return;
    default:
        summands.push_back(negative ? -e : e);
    }
}

Expression sumOf(const std::vector<Expression>& summands)
{
    Expression sum = summands.front();
    for (std::size_t i = 1; i < summands.size(); ++i)
        sum = sum + summands[i];
    return sum;
}

/// The product a * b with both multiplied out when either is a sum.
Expression multiplyOut(const Expression& a, const Expression& b)
{
    std::vector<Expression> left;
    std::vector<Expression> right;
    appendSummands(a, false, left);
    appendSummands(b, false, right);
    if (left.size() == 1 && right.size() == 1)
        return a * b;

    std::vector<Expression> products;
    products.reserve(left.size() * right.size());
    for (const Expression& x : left) {
        for (const Expression& y : right)
            products.push_back(x * y);
    }
    return sumOf(products);
}

} // namespace

Expression expandProducts(const Expression& e)
{
    switch (e.op()) {
    case Operator::Add:
        return expandProducts(e.operand(0)) + expandProducts(e.operand(1));
    case Operator::Subtract:
        return expandProducts(e.operand(0)) - expandProducts(e.operand(1));
    case Operator::Negate:
        return -expandProducts(e.operand(0));
    case Operator::Multiply:
        return multiplyOut(expandProducts(e.operand(0)), expandProducts(e.operand(1)));
    case Operator::Square: {
        const Expression base = expandProducts(e.operand(0));
        return multiplyOut(base, base);
    }
    case Operator::Cube: {
        const Expression base = expandProducts(e.operand(0));
        return multiplyOut(multiplyOut(base, base), base);
    }
    default:
        return e;
    }
}

std::vector<Expression> summandsOf(const Expression& e)
{
    std::vector<Expression> summands;
    appendSummands(e, false, summands);
    return summands;
}

} // namespace lab::symbolic
