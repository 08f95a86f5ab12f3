// libFuzzer target for the formula parser. parseExpression() is expected to return an
// expression or a positioned error for any text. A parsed expression must also print in every
// notation, read back from Text as the same tree with the same value, and give the same values
// from evaluate() and from a compiled Program. A crash, a hang, a sanitizer report or a failed
// check (reported on stderr, then abort()) fails the run.
#include "symbolic/parser.h"
#include "symbolic/program.h"

#include <QByteArray>
#include <QString>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace lab;
using namespace lab::symbolic;

namespace {

/// Largest tree that is also differentiated and simplified. The derivative of a long product
/// has a number of nodes quadratic in its length, which would make single inputs slow.
constexpr int maxDifferentiatedNodes = 400;

const SymbolTable& symbols()
{
    static const SymbolTable table = [] {
        SymbolTable t;
        t.coordinates = {QStringLiteral("theta"), QStringLiteral("x")};
        t.parameters = {QStringLiteral("m"), QStringLiteral("g"), QStringLiteral("l")};
        t.parameterValues = {1.5, 9.81, 0.7};
        return t;
    }();
    return table;
}

[[noreturn]] void fail(const char* check, const QString& text)
{
    std::fprintf(stderr, "fuzz_formulaparser: %s for the formula \"%s\"\n", check,
                 text.toUtf8().constData());
    std::abort();
}

bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::memcmp(&a, &b, sizeof a) == 0;
}

void checkError(const Error& error, const QString& text)
{
    if (error.line != 1)
        fail("an error outside line 1", text);
    if (error.column < 1 || error.column > text.size() + 1)
        fail("an error column outside the formula", text);
}

void checkProgram(const std::vector<Expression>& outputs, const double* state, const QString& text)
{
    const Program program = Program::compile(outputs, symbols());
    const StateBatch batch{1, symbols().variableCount(), state};
    std::vector<double> out(outputs.size());
    program.evaluate(batch, out.data());

    // Only the parsed tree is compared with evaluate(). The derivatives may share subtrees so
    // often that walking them as trees would take exponential time.
    if (!sameValue(out[0], evaluate(outputs[0], state, symbols())))
        fail("Program and evaluate() differ", text);
}

void checkExpression(const Expression& e, const QString& text)
{
    const double state[] = {0.3, -1.2, 0.8, 2.5};
    const double value = evaluate(e, state, symbols());

    for (Notation notation : {Notation::Unicode, Notation::Latex, Notation::Sympy})
        static_cast<void>(formatExpression(e, symbols(), notation));

    const QString printed = formatExpression(e, symbols(), Notation::Text);
    const Result<Expression> back = parseExpression(printed, symbols());
    if (!back.ok())
        fail("the Text form does not parse", text);
    if (!(*back == e))
        fail("the Text form reads back as another tree", text);
    if (!sameValue(evaluate(*back, state, symbols()), value))
        fail("the Text form reads back with another value", text);

    std::vector<Expression> outputs{e};
    if (e.complexity() <= maxDifferentiatedNodes) {
        outputs.push_back(simplify(e));
        outputs.push_back(derivative(e, 0));
        outputs.push_back(derivative(e, 3));
    }
    checkProgram(outputs, state, text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Result<Expression> result = parseExpression(text, symbols());
    if (result.ok())
        checkExpression(*result, text);
    else
        checkError(result.error(), text);
    return 0;
}
