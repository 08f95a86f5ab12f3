// formatExpression(): writes a tree in one of four notations with the fewest parentheses
// that keep its structure. Text output parses back to the same tree, because a right operand
// of the same precedence (a - (b - c), a/(b*c)) keeps its parentheses. The exception is a
// Power with the constant exponent 2 or 3, which reads back as Square or Cube.
#include "symbolic/parser.h"

#include <QLocale>
#include <array>
#include <cmath>

namespace lab::symbolic {

namespace {

// Binding strength of what was printed, from loosest to tightest.
constexpr int sumPrecedence = 1;
constexpr int productPrecedence = 2;
constexpr int unaryPrecedence = 3;
constexpr int powerPrecedence = 4;
constexpr int atomPrecedence = 5;

const QString combiningDot = QStringLiteral("\u0307");
const QString unicodeMinus = QStringLiteral("\u2212");

struct Printed
{
    QString text;
    int precedence = atomPrecedence;
    bool symbol = false;      ///< a single name, written without parentheses after cos
    bool openEnded = false;   ///< "cos θ": a following factor needs an explicit product sign
    bool leadsDigit = false;  ///< starts with a digit, so it cannot follow a number unmarked
    bool application = false; ///< a function applied to an argument: f(x), cos θ or √x
};

struct GreekLetter
{
    const char* name;
    const char16_t* unicode;
};

constexpr std::array greekLetters{
    GreekLetter{"alpha", u"α"},   GreekLetter{"beta", u"β"},    GreekLetter{"gamma", u"γ"},
    GreekLetter{"delta", u"δ"},   GreekLetter{"epsilon", u"ε"}, GreekLetter{"zeta", u"ζ"},
    GreekLetter{"eta", u"η"},     GreekLetter{"theta", u"θ"},   GreekLetter{"iota", u"ι"},
    GreekLetter{"kappa", u"κ"},   GreekLetter{"lambda", u"λ"},  GreekLetter{"mu", u"μ"},
    GreekLetter{"nu", u"ν"},      GreekLetter{"xi", u"ξ"},      GreekLetter{"pi", u"π"},
    GreekLetter{"rho", u"ρ"},     GreekLetter{"sigma", u"σ"},   GreekLetter{"tau", u"τ"},
    GreekLetter{"upsilon", u"υ"}, GreekLetter{"phi", u"φ"},     GreekLetter{"chi", u"χ"},
    GreekLetter{"psi", u"ψ"},     GreekLetter{"omega", u"ω"},   GreekLetter{"Gamma", u"Γ"},
    GreekLetter{"Delta", u"Δ"},   GreekLetter{"Theta", u"Θ"},   GreekLetter{"Lambda", u"Λ"},
    GreekLetter{"Xi", u"Ξ"},      GreekLetter{"Pi", u"Π"},      GreekLetter{"Sigma", u"Σ"},
    GreekLetter{"Upsilon", u"Υ"}, GreekLetter{"Phi", u"Φ"},     GreekLetter{"Psi", u"Ψ"},
    GreekLetter{"Omega", u"Ω"},
};

const GreekLetter* findGreek(const QString& name)
{
    for (const GreekLetter& letter : greekLetters) {
        if (name == QLatin1String(letter.name))
            return &letter;
    }
    return nullptr;
}

QString mapDigits(const QString& digits, const char16_t* table)
{
    QString result;
    for (QChar c : digits) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            result += QChar(table[c.unicode() - '0']);
        else if (c == QLatin1Char('-'))
            result += QChar(table[10]);
        else
            return {};
    }
    return result;
}

QString subscript(const QString& digits)
{
    return mapDigits(digits, u"₀₁₂₃₄₅₆₇₈₉₋");
}

QString superscript(const QString& digits)
{
    return mapDigits(digits, u"⁰¹²³⁴⁵⁶⁷⁸⁹⁻");
}

/// A name split into its letters and an index: "theta1" and "theta_1" give "theta" and "1".
struct NameParts
{
    QString base;
    QString index;
};

NameParts splitName(const QString& name)
{
    const qsizetype underscore = name.indexOf(QLatin1Char('_'));
    if (underscore > 0)
        return {name.left(underscore), name.mid(underscore + 1)};
    qsizetype end = name.size();
    while (end > 1 && name[end - 1].isDigit())
        --end;
    return {name.left(end), name.mid(end)};
}

bool isInteger(double value)
{
    return std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 1e6;
}

class Formatter
{
public:
    Formatter(const SymbolTable& symbols, Notation notation)
        : m_symbols(symbols), m_notation(notation)
    {}

    Printed print(const Expression& e) const
    {
        switch (e.op()) {
        case Operator::Constant:
            return number(e.value());
        case Operator::Variable:
            return variable(e.index());
        case Operator::Parameter:
            return name(e.index() < m_symbols.parameters.size()
                            ? m_symbols.parameters[e.index()]
                            : QStringLiteral("p%1").arg(e.index()),
                        false);
        case Operator::Add:
        case Operator::Subtract:
            return sum(e);
        case Operator::Multiply:
            return product(print(e.operand(0)), print(e.operand(1)));
        case Operator::Divide:
            return quotient(print(e.operand(0)), print(e.operand(1)));
        case Operator::Power:
            return raised(e.operand(0), e.operand(1));
        case Operator::Square:
        case Operator::Cube:
            return raised(e.operand(0),
                          Expression::constant(e.op() == Operator::Square ? 2.0 : 3.0));
        case Operator::Negate:
            return negation(e.operand(0));
        default:
            return function(e.op(), e.operand(0));
        }
    }

private:
    bool plain() const { return m_notation == Notation::Text || m_notation == Notation::Sympy; }
    bool latex() const { return m_notation == Notation::Latex; }

    Printed variable(int index) const
    {
        const int dof = m_symbols.dof();
        if (index >= m_symbols.variableCount())
            return name(QStringLiteral("v%1").arg(index), false);
        // Text and Sympy write NAME_dot; the other notations put a dot over the name.
        if (index < dof || plain())
            return name(m_symbols.variableName(index), false);
        return name(m_symbols.coordinates[index - dof], true);
    }

    Printed name(const QString& text, bool velocity) const
    {
        Printed printed{.symbol = true};
        if (plain()) {
            printed.text = text;
            return printed;
        }
        const NameParts parts = splitName(text);
        const GreekLetter* greek = findGreek(parts.base);
        QString base = parts.base;
        if (latex()) {
            if (greek != nullptr)
                base = QLatin1Char('\\') + parts.base;
            else if (parts.base.size() > 1)
                base = QStringLiteral("\\mathrm{%1}").arg(parts.base);
            if (velocity)
                base = QStringLiteral("\\dot{%1}").arg(base);
            printed.text =
                parts.index.isEmpty() ? base : QStringLiteral("%1_{%2}").arg(base, parts.index);
            return printed;
        }
        if (greek != nullptr)
            base = QString::fromUtf16(greek->unicode);
        if (velocity)
            base += combiningDot;
        const QString index = subscript(parts.index);
        if (!parts.index.isEmpty() && index.isEmpty())
            printed.text = base + QLatin1Char('_') + parts.index;
        else
            printed.text = base + index;
        return printed;
    }

    Printed number(double value) const
    {
        if (!std::isfinite(value))
            return nonFinite(value);
        if (plain()) {
            QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
            if (std::signbit(value) && !text.startsWith(QLatin1Char('-')))
                text.prepend(QLatin1Char('-')); // Qt writes -0.0 as "0"
            return {text, value < 0 || std::signbit(value) ? unaryPrecedence : atomPrecedence,
                    false, false, !std::signbit(value)};
        }

        Printed printed{.leadsDigit = !std::signbit(value)};
        const QString text = QString::number(std::fabs(value), 'g', 6);
        const qsizetype e = text.indexOf(QLatin1Char('e'));
        if (e < 0) {
            printed.text = text;
        } else {
            // 1.5e-05 is written 1.5×10⁻⁵ or 1.5 \times 10^{-5}.
            const QString mantissa = text.left(e);
            const QString exponent = QString::number(text.mid(e + 1).toInt());
            printed.text = latex() ? QStringLiteral("%1 \\times 10^{%2}").arg(mantissa, exponent)
                                   : mantissa + QStringLiteral("×10") + superscript(exponent);
            printed.precedence = productPrecedence;
        }
        if (std::signbit(value)) {
            printed.text = (latex() ? QStringLiteral("-") : unicodeMinus) + printed.text;
            printed.precedence = unaryPrecedence;
        }
        return printed;
    }

    Printed nonFinite(double value) const
    {
        QString text;
        if (std::isnan(value))
            text = m_notation == Notation::Latex ? QStringLiteral("\\mathrm{NaN}")
                                                 : QStringLiteral("nan");
        else if (m_notation == Notation::Sympy)
            text = QStringLiteral("oo");
        else if (m_notation == Notation::Latex)
            text = QStringLiteral("\\infty");
        else if (m_notation == Notation::Unicode)
            text = QStringLiteral("∞");
        else
            text = QStringLiteral("inf");
        if (value < 0)
            return {(m_notation == Notation::Unicode ? unicodeMinus : QStringLiteral("-")) + text,
                    unaryPrecedence};
        return {text, atomPrecedence};
    }

    QString parenthesized(const QString& text) const
    {
        if (latex())
            return QStringLiteral("\\left(%1\\right)").arg(text);
        return QLatin1Char('(') + text + QLatin1Char(')');
    }

    // Wraps an operand in parentheses when it binds more loosely than the position needs.
    Printed atLeast(Printed printed, int precedence) const
    {
        if (printed.precedence >= precedence)
            return printed;
        return {parenthesized(printed.text), atomPrecedence};
    }

    Printed sum(const Expression& e) const
    {
        const Printed left = atLeast(print(e.operand(0)), sumPrecedence);
        const Printed right = atLeast(print(e.operand(1)), productPrecedence);
        QString sign = QStringLiteral(" + ");
        if (e.op() == Operator::Subtract)
            sign = m_notation == Notation::Unicode ? QStringLiteral(" − ") : QStringLiteral(" - ");
        return {left.text + sign + right.text, sumPrecedence, false, false, left.leadsDigit};
    }

    Printed product(const Printed& a, const Printed& b) const
    {
        const Printed left = atLeast(a, productPrecedence);
        const Printed right = atLeast(b, plain() ? unaryPrecedence : powerPrecedence);
        QString sign = QStringLiteral("*");
        if (!plain()) {
            // "cos θ m" would read as cos(θ m), but "sin θ cos θ" is unambiguous.
            const bool marked = (left.openEnded && !right.application) || right.leadsDigit;
            if (latex())
                sign = marked ? QStringLiteral(" \\cdot ") : QStringLiteral(" ");
            else
                sign = marked ? QStringLiteral("·") : QStringLiteral(" ");
        }
        return {left.text + sign + right.text, productPrecedence, false, right.openEnded,
                left.leadsDigit};
    }

    Printed quotient(const Printed& a, const Printed& b) const
    {
        if (latex())
            return {QStringLiteral("\\frac{%1}{%2}").arg(a.text, b.text), atomPrecedence};
        const Printed left = atLeast(a, productPrecedence);
        const Printed right = atLeast(b, plain() ? unaryPrecedence : powerPrecedence);
        return {left.text + QLatin1Char('/') + right.text, productPrecedence, false, false,
                left.leadsDigit};
    }

    Printed raised(const Expression& base, const Expression& exponent) const
    {
        const bool integer = exponent.op() == Operator::Constant && isInteger(exponent.value());
        if (!plain() && integer && exponent.value() > 0 &&
            (base.op() == Operator::Sin || base.op() == Operator::Cos))
            return function(base.op(), base.operand(0), print(exponent).text);

        const Printed printedBase = atLeast(print(base), atomPrecedence);
        if (latex())
            return {QStringLiteral("%1^{%2}").arg(printedBase.text, print(exponent).text),
                    powerPrecedence};
        if (m_notation == Notation::Unicode && integer)
            return {printedBase.text +
                        superscript(QString::number(static_cast<long long>(exponent.value()))),
                    powerPrecedence, false, false, printedBase.leadsDigit};

        const Printed printedExponent =
            atLeast(print(exponent), plain() ? unaryPrecedence : atomPrecedence);
        const QString sign =
            m_notation == Notation::Sympy ? QStringLiteral("**") : QStringLiteral("^");
        return {printedBase.text + sign + printedExponent.text, powerPrecedence, false, false,
                printedBase.leadsDigit};
    }

    Printed negation(const Expression& operand) const
    {
        Printed printed = print(operand);
        // -(2) keeps Negate(2) apart from the constant -2 that "-2" reads back as.
        if (operand.op() == Operator::Constant && !std::signbit(operand.value()))
            printed = {parenthesized(printed.text), atomPrecedence};
        printed = atLeast(printed, unaryPrecedence);
        const QString sign = m_notation == Notation::Unicode ? unicodeMinus : QStringLiteral("-");
        return {sign + printed.text, unaryPrecedence, false, printed.openEnded, false};
    }

    Printed function(Operator op, const Expression& argument, const QString& exponent = {}) const;
    QString functionName(Operator op) const;

    const SymbolTable& m_symbols;
    Notation m_notation;
};

QString Formatter::functionName(Operator op) const
{
    const bool sympy = m_notation == Notation::Sympy;
    switch (op) {
    case Operator::Sin:
        return latex() ? QStringLiteral("\\sin") : QStringLiteral("sin");
    case Operator::Cos:
        return latex() ? QStringLiteral("\\cos") : QStringLiteral("cos");
    case Operator::Exp:
        return latex() ? QStringLiteral("\\exp") : QStringLiteral("exp");
    case Operator::Log:
        return latex() ? QStringLiteral("\\log") : QStringLiteral("log");
    case Operator::Sqrt:
        return QStringLiteral("sqrt");
    default:
        return sympy ? QStringLiteral("Abs") : QStringLiteral("abs");
    }
}

// Writes f(x). Unicode and LaTeX also use √x, |x| and cos θ, and an exponent given here goes
// on the function's name, as in sin² θ.
Printed Formatter::function(Operator op, const Expression& argument, const QString& exponent) const
{
    const Printed inner = print(argument);
    Printed printed{.application = true};
    if (plain()) {
        printed.text = functionName(op) + QLatin1Char('(') + inner.text + QLatin1Char(')');
        return printed;
    }
    if (op == Operator::Abs)
        return {latex() ? QStringLiteral("\\left|%1\\right|").arg(inner.text)
                        : QLatin1Char('|') + inner.text + QLatin1Char('|')};
    if (op == Operator::Sqrt && latex()) {
        printed.text = QStringLiteral("\\sqrt{%1}").arg(inner.text);
        return printed;
    }
    if (op == Operator::Sqrt) {
        printed.text = QStringLiteral("√") + atLeast(inner, atomPrecedence).text;
        printed.precedence = powerPrecedence;
        return printed;
    }

    QString head = functionName(op);
    if (!exponent.isEmpty())
        head += latex() ? QStringLiteral("^{%1}").arg(exponent) : superscript(exponent);
    if (!inner.symbol) {
        printed.text = head + parenthesized(inner.text);
        return printed;
    }
    // \cos\theta needs no space, \cos x does.
    const bool command = latex() && inner.text.startsWith(QLatin1Char('\\'));
    printed.text = head + (command ? QString() : QStringLiteral(" ")) + inner.text;
    printed.precedence = powerPrecedence;
    printed.openEnded = true;
    return printed;
}

} // namespace

QString formatExpression(const Expression& expression, const SymbolTable& symbols,
                         Notation notation)
{
    const Formatter formatter(symbols, notation);
    return formatter.print(expression).text;
}

} // namespace lab::symbolic
