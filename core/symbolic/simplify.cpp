// simplify(): rewrites a tree into a canonical sum of products.
//
// A sum is flattened into terms, each a numeric coefficient times a product of factors
// base^exponent with integer exponents. Factors are sorted by compare() and like factors
// merged, then terms are sorted by their factors and like terms merged. Rebuilding from the
// sorted lists gives one tree for expressions that differ only in the order or grouping of sums
// and products, or in how a product is split between numerator and denominator.
#include "symbolic/arithmetic.h"
#include "symbolic/expression.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lab::symbolic {

namespace {

/// Largest integer exponent that products collect; larger powers stay Power nodes.
constexpr int maxCollectedExponent = 64;

constexpr std::size_t notFound = static_cast<std::size_t>(-1);

struct Factor
{
    Expression base;
    int exponent = 1;
};

struct Term
{
    double coefficient = 1.0;
    std::vector<Factor> factors; ///< sorted by base, distinct bases, no zero exponent
};

// c^n for an integer n, by repeated multiplication so that c^2 and c^3 agree bit for bit
// with Square and Cube.
double integerPower(double c, int n)
{
    double result = 1.0;
    for (int i = 0; i < std::abs(n); ++i)
        result = i == 0 ? c : result * c;
    return n < 0 ? 1.0 / result : result;
}

// The integer value of a constant exponent if products may collect it.
bool collectableExponent(const Expression& exponent, int& value)
{
    if (exponent.op() != Operator::Constant)
        return false;
    const double c = exponent.value();
    if (!(std::fabs(c) <= maxCollectedExponent) || c != std::trunc(c))
        return false;
    value = static_cast<int>(c);
    return true;
}

// Orders factor lists so that the terms of a sum come out as x^2 + x + 1: bases by compare(),
// higher exponents first, and the constant term (no factors) last.
int compareFactors(const std::vector<Factor>& a, const std::vector<Factor>& b)
{
    if (a.empty() != b.empty())
        return a.empty() ? 1 : -1;
    const std::size_t shared = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < shared; ++i) {
        const int order = compare(a[i].base, b[i].base);
        if (order != 0)
            return order;
        if (a[i].exponent != b[i].exponent)
            return a[i].exponent > b[i].exponent ? -1 : 1;
    }
    if (a.size() == b.size())
        return 0;
    return a.size() < b.size() ? -1 : 1;
}

Expression powerOf(const Expression& base, int exponent)
{
    switch (exponent) {
    case 1:
        return base;
    case 2:
        return Expression::unary(Operator::Square, base);
    case 3:
        return Expression::unary(Operator::Cube, base);
    default:
        return power(base, Expression::constant(exponent));
    }
}

// Multiplies the chain so far by the next factor; an empty chain starts with the factor.
void appendFactor(Expression& chain, bool& started, const Expression& factor)
{
    chain = started ? chain * factor : factor;
    started = true;
}

/// Builds c * n1 * n2 ... / (d1 * d2 ...) with the coefficient first, or -(...) for c = -1.
Expression buildTerm(const Term& term)
{
    if (term.factors.empty())
        return Expression::constant(term.coefficient);

    const bool negated = term.coefficient == -1.0;
    Expression numerator;
    bool hasNumerator = false;
    if (term.coefficient != 1.0 && !negated)
        appendFactor(numerator, hasNumerator, Expression::constant(term.coefficient));

    Expression denominator;
    bool hasDenominator = false;
    for (const Factor& factor : term.factors) {
        if (factor.exponent > 0)
            appendFactor(numerator, hasNumerator, powerOf(factor.base, factor.exponent));
        else
            appendFactor(denominator, hasDenominator, powerOf(factor.base, -factor.exponent));
    }

    Expression result = numerator;
    if (hasDenominator)
        result = (hasNumerator ? numerator : Expression::constant(1.0)) / denominator;
    return negated ? -result : result;
}

/// Sorts the factors, merges like factors and drops those whose exponents cancel.
void normalizeFactors(Term& term)
{
    std::vector<Factor>& factors = term.factors;
    std::sort(factors.begin(), factors.end(),
              [](const Factor& a, const Factor& b) { return compare(a.base, b.base) < 0; });

    std::size_t merged = 0;
    for (std::size_t i = 0; i < factors.size(); ++i) {
        if (merged > 0 && factors[merged - 1].base == factors[i].base)
            factors[merged - 1].exponent += factors[i].exponent;
        else if (merged++ != i)
            factors[merged - 1] = std::move(factors[i]);
    }
    factors.resize(merged);

    std::erase_if(factors, [](const Factor& factor) { return factor.exponent == 0; });
}

/// Sorts the terms, merges like terms and drops terms whose coefficients cancel.
void normalizeTerms(std::vector<Term>& terms)
{
    std::sort(terms.begin(), terms.end(), [](const Term& a, const Term& b) {
        return compareFactors(a.factors, b.factors) < 0;
    });

    std::size_t merged = 0;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        if (merged > 0 && compareFactors(terms[merged - 1].factors, terms[i].factors) == 0)
            terms[merged - 1].coefficient += terms[i].coefficient;
        else if (merged++ != i)
            terms[merged - 1] = std::move(terms[i]);
    }
    terms.resize(merged);

    std::erase_if(terms, [](const Term& term) { return term.coefficient == 0.0; });
}

bool sameFactorsExcept(const Term& a, std::size_t skipA, const Term& b, std::size_t skipB)
{
    if (a.factors.size() != b.factors.size())
        return false;
    std::size_t j = 0;
    for (std::size_t i = 0; i < a.factors.size(); ++i) {
        if (i == skipA)
            continue;
        if (j == skipB)
            ++j;
        if (a.factors[i].exponent != b.factors[j].exponent ||
            !(a.factors[i].base == b.factors[j].base))
            return false;
        ++j;
    }
    return true;
}

// Index of the factor f(u)^2 in a term, or notFound.
std::size_t findSquaredFunction(const Term& term, Operator function, const Expression* argument)
{
    for (std::size_t k = 0; k < term.factors.size(); ++k) {
        const Factor& factor = term.factors[k];
        if (factor.exponent == 2 && factor.base.op() == function &&
            (argument == nullptr || factor.base.operand(0) == *argument))
            return k;
    }
    return notFound;
}

/// Replaces each pair c R sin(u)^2 + c R cos(u)^2 by c R. Returns whether a pair was found.
bool combinePythagorean(std::vector<Term>& terms)
{
    bool changed = false;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const std::size_t sine = findSquaredFunction(terms[i], Operator::Sin, nullptr);
        if (sine == notFound || terms[i].coefficient == 0.0)
            continue;
        const Expression argument = terms[i].factors[sine].base.operand(0);
        for (std::size_t j = 0; j < terms.size(); ++j) {
            if (j == i || terms[j].coefficient != terms[i].coefficient)
                continue;
            const std::size_t cosine = findSquaredFunction(terms[j], Operator::Cos, &argument);
            if (cosine == notFound || !sameFactorsExcept(terms[i], sine, terms[j], cosine))
                continue;
            terms[i].factors.erase(terms[i].factors.begin() + static_cast<std::ptrdiff_t>(sine));
            terms[j].coefficient = 0.0;
            changed = true;
            break;
        }
    }
    return changed;
}

/// Builds the canonical sum: the first term with a positive coefficient leads, the others
/// follow in sorted order, added or subtracted by the sign of their coefficients.
Expression buildSum(std::vector<Term> terms)
{
    normalizeTerms(terms);
    if (combinePythagorean(terms))
        normalizeTerms(terms);
    if (terms.empty())
        return Expression();

    std::size_t lead = 0;
    while (lead < terms.size() && !(terms[lead].coefficient > 0.0))
        ++lead;
    if (lead == terms.size())
        lead = 0;

    Expression result = buildTerm(terms[lead]);
    for (std::size_t i = 0; i < terms.size(); ++i) {
        if (i == lead)
            continue;
        Term term = std::move(terms[i]);
        if (term.coefficient < 0.0) {
            term.coefficient = -term.coefficient;
            result = result - buildTerm(term);
        } else {
            result = result + buildTerm(term);
        }
    }
    return result;
}

/// Rewrites expression trees bottom-up, once per shared subtree.
class Simplifier
{
public:
    Expression simplify(const Expression& e)
    {
        if (e.operandCount() == 0)
            return e;
        const auto found = m_memo.find(e.node());
        if (found != m_memo.end())
            return found->second;
        Expression result = simplifyNode(e);
        m_memo.emplace(e.node(), result);
        return result;
    }

private:
    Expression simplifyNode(const Expression& e)
    {
        switch (e.op()) {
        case Operator::Add:
        case Operator::Subtract:
        case Operator::Negate:
            return simplifySum(e);
        case Operator::Multiply:
        case Operator::Divide:
        case Operator::Square:
        case Operator::Cube:
            return simplifyProduct(e);
        case Operator::Power:
            return simplifyPower(e);
        default:
            return simplifyFunction(e.op(), simplify(e.operand(0)));
        }
    }

    Expression simplifySum(const Expression& e)
    {
        std::vector<Term> terms;
        collectTerms(e, 1.0, terms);
        return buildSum(std::move(terms));
    }

    Expression simplifyProduct(const Expression& e)
    {
        Term term;
        collectFactors(e, 1, term);
        return buildProduct(std::move(term));
    }

    Expression simplifyPower(const Expression& e)
    {
        const Expression base = simplify(e.operand(0));
        const Expression exponent = simplify(e.operand(1));
        if (base.op() == Operator::Constant && exponent.op() == Operator::Constant)
            return Expression::constant(
                applyBinary(Operator::Power, base.value(), exponent.value()));
        if (exponent.isConstant(0.0) || base.isConstant(1.0))
            return Expression::constant(1.0);

        int n = 0;
        if (!collectableExponent(exponent, n))
            return power(base, exponent);
        Term term;
        addFactors(term, base, n);
        return buildProduct(std::move(term));
    }

    Expression simplifyFunction(Operator op, const Expression& u)
    {
        if (u.op() == Operator::Constant)
            return Expression::constant(applyUnary(op, u.value()));

        // cos and abs are even and sin is odd, so a leading minus sign moves outside.
        if ((op == Operator::Sin || op == Operator::Cos || op == Operator::Abs) &&
            startsNegative(u)) {
            const Expression result = Expression::unary(op, negated(u));
            return op == Operator::Sin ? -result : result;
        }

        if (op == Operator::Abs && (u.op() == Operator::Abs || u.op() == Operator::Square ||
                                    u.op() == Operator::Exp || u.op() == Operator::Sqrt))
            return u;
        return Expression::unary(op, u);
    }

    // Walks an unsimplified sum; the summands are simplified and added as terms.
    void collectTerms(const Expression& e, double sign, std::vector<Term>& terms)
    {
        switch (e.op()) {
        case Operator::Add:
            collectTerms(e.operand(0), sign, terms);
            collectTerms(e.operand(1), sign, terms);
            return;
        case Operator::Subtract:
            collectTerms(e.operand(0), sign, terms);
            collectTerms(e.operand(1), -sign, terms);
            return;
        case Operator::Negate:
            collectTerms(e.operand(0), -sign, terms);
            return;
        default:
            appendTerms(simplify(e), sign, terms);
        }
    }

    // Splits a simplified expression into terms.
    void appendTerms(const Expression& s, double sign, std::vector<Term>& terms)
    {
        switch (s.op()) {
        case Operator::Add:
            appendTerms(s.operand(0), sign, terms);
            appendTerms(s.operand(1), sign, terms);
            return;
        case Operator::Subtract:
            appendTerms(s.operand(0), sign, terms);
            appendTerms(s.operand(1), -sign, terms);
            return;
        case Operator::Negate:
            appendTerms(s.operand(0), -sign, terms);
            return;
        default: {
            Term term;
            addFactors(term, s, 1);
            normalizeFactors(term);
            term.coefficient *= sign;
            appendTerm(std::move(term), terms);
        }
        }
    }

    // Adds a term to a sum. A coefficient times one sum, c (a + b), is distributed to c a + c b
    // so that both forms have one canonical tree.
    void appendTerm(Term term, std::vector<Term>& terms)
    {
        const bool sumFactor = term.factors.size() == 1 && term.factors[0].exponent == 1 &&
                               (term.factors[0].base.op() == Operator::Add ||
                                term.factors[0].base.op() == Operator::Subtract);
        if (!sumFactor) {
            terms.push_back(std::move(term));
            return;
        }
        std::vector<Term> inner = termsOf(term.factors[0].base);
        for (Term& t : inner) {
            t.coefficient *= term.coefficient;
            terms.push_back(std::move(t));
        }
    }

    // Walks an unsimplified product; the factors are simplified and collected.
    void collectFactors(const Expression& e, int exponent, Term& term)
    {
        int n = 0;
        switch (e.op()) {
        case Operator::Multiply:
            collectFactors(e.operand(0), exponent, term);
            collectFactors(e.operand(1), exponent, term);
            return;
        case Operator::Divide:
            collectFactors(e.operand(0), exponent, term);
            collectFactors(e.operand(1), -exponent, term);
            return;
        case Operator::Square:
        case Operator::Cube:
            n = e.op() == Operator::Square ? 2 : 3;
            if (std::abs(exponent) * n <= maxCollectedExponent) {
                collectFactors(e.operand(0), exponent * n, term);
                return;
            }
            break;
        default:
            break;
        }
        addFactors(term, simplify(e), exponent);
    }

    // Adds a simplified expression raised to an integer power to a product.
    void addFactors(Term& term, const Expression& s, int exponent)
    {
        int n = 0;
        switch (s.op()) {
        case Operator::Constant:
            term.coefficient *= integerPower(s.value(), exponent);
            return;
        case Operator::Multiply:
            addFactors(term, s.operand(0), exponent);
            addFactors(term, s.operand(1), exponent);
            return;
        case Operator::Divide:
            addFactors(term, s.operand(0), exponent);
            addFactors(term, s.operand(1), -exponent);
            return;
        case Operator::Negate:
            if (exponent % 2 != 0)
                term.coefficient = -term.coefficient;
            addFactors(term, s.operand(0), exponent);
            return;
        case Operator::Square:
        case Operator::Cube:
        case Operator::Power:
            n = s.op() == Operator::Square ? 2 : 3;
            if (s.op() == Operator::Power && !collectableExponent(s.operand(1), n))
                break;
            if (std::abs(exponent * n) > maxCollectedExponent)
                break;
            addFactors(term, s.operand(0), exponent * n);
            return;
        case Operator::Add:
        case Operator::Subtract:
            // (-u)^n = (-1)^n u^n gives one form for b - a and a - b.
            if (startsNegative(s)) {
                if (exponent % 2 != 0)
                    term.coefficient = -term.coefficient;
                term.factors.push_back({negated(s), exponent});
                return;
            }
            break;
        default:
            break;
        }
        term.factors.push_back({s, exponent});
    }

    Expression buildProduct(Term term)
    {
        normalizeFactors(term);
        if (term.coefficient == 0.0 || std::isnan(term.coefficient))
            return Expression::constant(term.coefficient);
        std::vector<Term> terms;
        appendTerm(std::move(term), terms);
        if (terms.size() == 1)
            return buildTerm(terms.front());
        return buildSum(std::move(terms));
    }

    std::vector<Term> termsOf(const Expression& s)
    {
        std::vector<Term> terms;
        appendTerms(s, 1.0, terms);
        return terms;
    }

    // Whether the first term of a simplified sum, in the canonical order, is negative.
    bool startsNegative(const Expression& s)
    {
        if (s.op() == Operator::Negate)
            return true;
        std::vector<Term> terms = termsOf(s);
        normalizeTerms(terms);
        return !terms.empty() && terms.front().coefficient < 0.0;
    }

    Expression negated(const Expression& s)
    {
        std::vector<Term> terms = termsOf(s);
        for (Term& term : terms)
            term.coefficient = -term.coefficient;
        return buildSum(std::move(terms));
    }

    std::unordered_map<const Node*, Expression> m_memo;
};

} // namespace

Expression simplify(const Expression& expression)
{
    Simplifier simplifier;
    return simplifier.simplify(expression);
}

} // namespace lab::symbolic
