#include "symbolic/parser.h"

#include <QByteArray>
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <numbers>
#include <optional>
#include <utility>
#include <vector>

namespace lab::symbolic {

namespace {

/// Deepest nesting of parentheses, signs and powers accepted. It bounds the recursion of the
/// parser and of the functions that walk the tree it returns.
constexpr int maxNestingDepth = 200;

enum class TokenType
{
    Number,
    Name,
    Plus,
    Minus,
    Star,
    Slash,
    Caret,
    LeftParenthesis,
    RightParenthesis,
    End,
};

struct Token
{
    TokenType type = TokenType::End;
    int column = 0; ///< 1-based
    QString text;
    double number = 0.0;
};

struct FunctionName
{
    const char* name;
    Operator op;
};

constexpr std::array functions{
    FunctionName{"sin", Operator::Sin},   FunctionName{"cos", Operator::Cos},
    FunctionName{"exp", Operator::Exp},   FunctionName{"log", Operator::Log},
    FunctionName{"sqrt", Operator::Sqrt}, FunctionName{"abs", Operator::Abs},
};

std::optional<Operator> functionOperator(const QString& name)
{
    for (const FunctionName& function : functions) {
        if (name == QLatin1String(function.name))
            return function.op;
    }
    return std::nullopt;
}

QStringList functionNames()
{
    QStringList names;
    for (const FunctionName& function : functions)
        names << QString::fromLatin1(function.name);
    return names;
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

Error formulaError(ErrorKind kind, int column, QString text = {})
{
    Error error{.kind = kind};
    error.line = 1;
    error.column = column;
    error.text = std::move(text);
    return error;
}

/// Splits a formula into tokens. The last token is End, at the column after the text.
class Tokenizer
{
public:
    explicit Tokenizer(const QString& text) : m_text(text) {}

    std::optional<Error> run(std::vector<Token>& tokens)
    {
        while (m_position < m_text.size()) {
            const QChar c = m_text[m_position];
            if (c.isSpace()) {
                ++m_position;
                continue;
            }
            const bool number =
                isDigit(c) || (c == QLatin1Char('.') && m_position + 1 < m_text.size() &&
                               isDigit(m_text[m_position + 1]));
            std::optional<Error> error;
            if (number)
                error = readNumber(tokens);
            else if (isAsciiLetter(c) || c == QLatin1Char('_'))
                readName(tokens);
            else
                error = readSymbol(tokens);
            if (error)
                return error;
        }
        tokens.push_back({TokenType::End, column(m_position), QString(), 0.0});
        return std::nullopt;
    }

private:
    int column(qsizetype position) const { return static_cast<int>(position) + 1; }

    void skipDigits()
    {
        while (m_position < m_text.size() && isDigit(m_text[m_position]))
            ++m_position;
    }

    std::optional<Error> readNumber(std::vector<Token>& tokens)
    {
        const qsizetype start = m_position;
        skipDigits();
        if (m_position < m_text.size() && m_text[m_position] == QLatin1Char('.')) {
            ++m_position;
            skipDigits();
        }
        bool valid = true;
        if (m_position < m_text.size() &&
            (m_text[m_position] == QLatin1Char('e') || m_text[m_position] == QLatin1Char('E'))) {
            ++m_position;
            if (m_position < m_text.size() &&
                (m_text[m_position] == QLatin1Char('+') || m_text[m_position] == QLatin1Char('-')))
                ++m_position;
            const qsizetype digits = m_position;
            skipDigits();
            valid = m_position > digits;
        }

        const QString text = m_text.mid(start, m_position - start);
        const std::optional<double> value = valid ? toDouble(text) : std::nullopt;
        if (!value)
            return formulaError(ErrorKind::FormulaInvalidNumber, column(start), text);
        tokens.push_back({TokenType::Number, column(start), text, *value});
        return std::nullopt;
    }

    // Converts independently of the C locale, which QCoreApplication sets from the
    // environment. A number too small for a double reads as 0, one too large is invalid.
    static std::optional<double> toDouble(const QString& text)
    {
        const QByteArray latin1 = text.toLatin1();
        const char* begin = latin1.constData();
        const char* end = begin + latin1.size();
        double value = 0.0;
        const std::from_chars_result result = std::from_chars(begin, end, value);
        if (result.ec == std::errc() && result.ptr == end)
            return value;
        if (result.ec == std::errc::result_out_of_range && decimalMagnitude(latin1) < 0)
            return 0.0;
        return std::nullopt;
    }

    // Decimal exponent of the leading nonzero digit: 2 for 123.4, -3 for 0.00123e0.
    static long long decimalMagnitude(const QByteArray& number)
    {
        const qsizetype e = std::max(number.indexOf('e'), number.indexOf('E'));
        const QByteArray mantissa = e < 0 ? number : number.left(e);
        const long long exponent = e < 0 ? 0 : number.mid(e + 1).toLongLong();
        const qsizetype point = mantissa.contains('.') ? mantissa.indexOf('.') : mantissa.size();
        for (qsizetype i = 0; i < mantissa.size(); ++i) {
            if (mantissa[i] >= '1' && mantissa[i] <= '9')
                return exponent + (i < point ? point - i - 1 : point - i);
        }
        return 0;
    }

    void readName(std::vector<Token>& tokens)
    {
        const qsizetype start = m_position;
        while (m_position < m_text.size() &&
               (isAsciiLetter(m_text[m_position]) || isDigit(m_text[m_position]) ||
                m_text[m_position] == QLatin1Char('_')))
            ++m_position;
        tokens.push_back(
            {TokenType::Name, column(start), m_text.mid(start, m_position - start), 0.0});
    }

    std::optional<Error> readSymbol(std::vector<Token>& tokens)
    {
        const qsizetype start = m_position;
        const QChar c = m_text[m_position++];
        TokenType type = TokenType::End;
        switch (c.unicode()) {
        case '+':
            type = TokenType::Plus;
            break;
        case '-':
            type = TokenType::Minus;
            break;
        case '*':
            type = TokenType::Star;
            // Python's ** is accepted as ^, so that Sympy notation reads back.
            if (m_position < m_text.size() && m_text[m_position] == QLatin1Char('*')) {
                type = TokenType::Caret;
                ++m_position;
            }
            break;
        case '/':
            type = TokenType::Slash;
            break;
        case '^':
            type = TokenType::Caret;
            break;
        case '(':
            type = TokenType::LeftParenthesis;
            break;
        case ')':
            type = TokenType::RightParenthesis;
            break;
        default: {
            // A character outside the Basic Multilingual Plane is two UTF-16 code units.
            if (c.isHighSurrogate() && m_position < m_text.size() &&
                m_text[m_position].isLowSurrogate())
                ++m_position;
            return formulaError(ErrorKind::FormulaInvalidCharacter, column(start),
                                m_text.mid(start, m_position - start));
        }
        }
        tokens.push_back({type, column(start), m_text.mid(start, m_position - start), 0.0});
        return std::nullopt;
    }

    const QString& m_text;
    qsizetype m_position = 0;
};

/// Recursive-descent parser over the tokens. Each parse function returns nothing after it
/// stored the first error in m_error.
class Parser
{
public:
    Parser(std::vector<Token> tokens, const SymbolTable& symbols)
        : m_tokens(std::move(tokens)), m_symbols(symbols)
    {}

    Result<Expression> parse()
    {
        if (peek().type == TokenType::End)
            return formulaError(ErrorKind::FormulaEmpty, peek().column);
        std::optional<Expression> expression = parseSum();
        if (expression && peek().type != TokenType::End)
            fail(peek().type == TokenType::RightParenthesis ? ErrorKind::FormulaUnmatchedParenthesis
                                                            : ErrorKind::FormulaMissingOperator,
                 peek());
        if (m_error)
            return *m_error;
        return *expression;
    }

private:
    const Token& peek() const { return m_tokens[m_position]; }
    const Token& next() { return m_tokens[m_position++]; }

    void fail(ErrorKind kind, const Token& token)
    {
        if (!m_error)
            m_error = formulaError(kind, token.column, token.text);
    }

    std::optional<Expression> parseSum()
    {
        std::optional<Expression> left = parseProduct();
        while (left && (peek().type == TokenType::Plus || peek().type == TokenType::Minus)) {
            const Operator op = next().type == TokenType::Plus ? Operator::Add : Operator::Subtract;
            const std::optional<Expression> right = parseProduct();
            if (!right)
                return std::nullopt;
            left = Expression::binary(op, *left, *right);
        }
        return left;
    }

    std::optional<Expression> parseProduct()
    {
        std::optional<Expression> left = parseUnary();
        while (left && (peek().type == TokenType::Star || peek().type == TokenType::Slash)) {
            const Operator op =
                next().type == TokenType::Star ? Operator::Multiply : Operator::Divide;
            const std::optional<Expression> right = parseUnary();
            if (!right)
                return std::nullopt;
            left = Expression::binary(op, *left, *right);
        }
        return left;
    }

    // A sign applies to the power that follows it: -x^2 is -(x^2), and 2^-1 is 2^(-1).
    // A minus sign directly before a number gives a negative constant: -2 is Constant(-2).
    std::optional<Expression> parseUnary()
    {
        const TokenType type = peek().type;
        if (type != TokenType::Minus && type != TokenType::Plus)
            return parsePower();
        if (!enter())
            return std::nullopt;
        next();
        const bool literal = peek().type == TokenType::Number;
        std::optional<Expression> operand = parseUnary();
        --m_depth;
        if (!operand || type == TokenType::Plus)
            return operand;
        if (literal && operand->op() == Operator::Constant)
            return Expression::constant(-operand->value());
        return -*operand;
    }

    std::optional<Expression> parsePower()
    {
        std::optional<Expression> base = parsePrimary();
        if (!base || peek().type != TokenType::Caret)
            return base;
        next();
        if (!enter())
            return std::nullopt;
        const std::optional<Expression> exponent = parseUnary();
        --m_depth;
        if (!exponent)
            return std::nullopt;
        // x^2 and x^3 become the cheaper Square and Cube, which format back as x^2 and x^3.
        if (exponent->isConstant(2.0))
            return Expression::unary(Operator::Square, *base);
        if (exponent->isConstant(3.0))
            return Expression::unary(Operator::Cube, *base);
        return power(*base, *exponent);
    }

    std::optional<Expression> parsePrimary()
    {
        const Token& token = peek();
        switch (token.type) {
        case TokenType::Number:
            next();
            return Expression::constant(token.number);
        case TokenType::Name:
            return parseName();
        case TokenType::LeftParenthesis:
            return parseParenthesised();
        default:
            fail(ErrorKind::FormulaMissingOperand, token);
            return std::nullopt;
        }
    }

    // Parses "( sum )" and checks the closing parenthesis.
    std::optional<Expression> parseParenthesised()
    {
        if (!enter())
            return std::nullopt;
        const Token& open = next();
        std::optional<Expression> inner = parseSum();
        --m_depth;
        if (!inner)
            return std::nullopt;
        if (peek().type == TokenType::RightParenthesis) {
            next();
            return inner;
        }
        if (peek().type == TokenType::End)
            fail(ErrorKind::FormulaUnclosedParenthesis, open);
        else
            fail(ErrorKind::FormulaMissingOperator, peek());
        return std::nullopt;
    }

    std::optional<Expression> parseName()
    {
        const Token& name = next();
        const std::optional<Operator> function = functionOperator(name.text);
        const bool call = peek().type == TokenType::LeftParenthesis;
        if (call && !function) {
            fail(ErrorKind::UnknownFunction, name);
            m_error->knownNames = functionNames();
            return std::nullopt;
        }
        if (function && !call) {
            fail(ErrorKind::FormulaMissingArgument, name);
            return std::nullopt;
        }
        if (function) {
            std::optional<Expression> argument = parseParenthesised();
            if (!argument)
                return std::nullopt;
            return Expression::unary(*function, *argument);
        }
        return resolveSymbol(name);
    }

    std::optional<Expression> resolveSymbol(const Token& name)
    {
        const QString& text = name.text;
        const qsizetype coordinate = m_symbols.coordinates.indexOf(text);
        if (coordinate >= 0)
            return Expression::variable(static_cast<int>(coordinate));
        const qsizetype parameter = m_symbols.parameters.indexOf(text);
        if (parameter >= 0)
            return Expression::parameter(static_cast<int>(parameter));

        const QLatin1String suffix("_dot");
        if (text.endsWith(suffix)) {
            const qsizetype base = m_symbols.coordinates.indexOf(text.chopped(suffix.size()));
            if (base >= 0)
                return Expression::variable(m_symbols.dof() + static_cast<int>(base));
        }
        if (text == QLatin1String("pi"))
            return Expression::constant(std::numbers::pi);

        const bool velocity = text.endsWith(suffix);
        fail(velocity ? ErrorKind::UnknownVelocity : ErrorKind::UnknownName, name);
        m_error->knownNames = velocity ? velocityNames() : knownNames();
        return std::nullopt;
    }

    QStringList velocityNames() const
    {
        QStringList names;
        for (int v = m_symbols.dof(); v < m_symbols.variableCount(); ++v)
            names << m_symbols.variableName(v);
        return names;
    }

    QStringList knownNames() const
    {
        return m_symbols.coordinates + velocityNames() + m_symbols.parameters +
               QStringList{QStringLiteral("pi")};
    }

    // Counts one level of nesting; fails at the token that goes too deep.
    bool enter()
    {
        if (++m_depth <= maxNestingDepth)
            return true;
        fail(ErrorKind::FormulaTooDeep, peek());
        m_error->limit = maxNestingDepth;
        return false;
    }

    std::vector<Token> m_tokens;
    const SymbolTable& m_symbols;
    std::size_t m_position = 0;
    int m_depth = 0;
    std::optional<Error> m_error;
};

} // namespace

Result<Expression> parseExpression(const QString& text, const SymbolTable& symbols)
{
    std::vector<Token> tokens;
    Tokenizer tokenizer(text);
    if (std::optional<Error> error = tokenizer.run(tokens))
        return *error;
    Parser parser(std::move(tokens), symbols);
    return parser.parse();
}

} // namespace lab::symbolic
