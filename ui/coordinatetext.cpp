#include "coordinatetext.h"

#include <QRegularExpression>
#include <array>
#include <utility>

namespace lab {

namespace {

const std::array<std::pair<const char*, const char*>, 5> greekLetters = {{
    {"theta", "θ"},
    {"phi", "φ"},
    {"psi", "ψ"},
    {"alpha", "α"},
    {"beta", "β"},
}};

QString greekName(const QString& name)
{
    for (const auto& [latin, greek] : greekLetters) {
        if (name == QLatin1String(latin))
            return QString::fromUtf8(greek);
    }
    return name;
}

QString subscriptDigits(QString text)
{
    const QString subscripts = QStringLiteral("₀₁₂₃₄₅₆₇₈₉");
    for (QChar& character : text) {
        if (character.isDigit() && character.unicode() < 128)
            character = subscripts.at(character.unicode() - '0');
    }
    return text;
}

// Writes each identifier (letters, an optional index, an optional "_dot" for a velocity)
// with a Greek letter and a subscript index, and a velocity as a derivative in brackets.
// NOTE: a dot over the letter (U+0307) would be shorter, but Qt 6.4 drew no dot with the
// DejaVu fonts, so "θ̇" read as "θ".
QString formatIdentifiers(const QString& formula)
{
    static const QRegularExpression identifier(QStringLiteral("\\b([A-Za-z]+)([0-9]*)(_dot)?\\b"));
    QString text;
    qsizetype end = 0;
    for (const QRegularExpressionMatch& match : identifier.globalMatch(formula)) {
        text += formula.mid(end, match.capturedStart() - end);
        const QString symbol = greekName(match.captured(1)) + subscriptDigits(match.captured(2));
        // U+2215 DIVISION SLASH, because a line may break after "/" inside the term.
        if (match.capturedLength(3) > 0)
            text += QStringLiteral("(d%1\u2215dt)").arg(symbol);
        else
            text += symbol;
        end = match.capturedEnd();
    }
    return text + formula.mid(end);
}

// Writes "^2" as a superscript and "*" as a middle dot.
QString formatOperators(const QString& text)
{
    const QString superscripts = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar character = text.at(i);
        const bool digitFollows = i + 1 < text.size() && text.at(i + 1).isDigit();
        if (character == QLatin1Char('^') && digitFollows)
            result += superscripts.at(text.at(++i).unicode() - '0');
        else if (character == QLatin1Char('*'))
            result += QChar(0x00B7);
        else
            result += character;
    }
    return result;
}

} // namespace

QString coordinateSymbol(const QString& name)
{
    static const QRegularExpression parts(QStringLiteral("^([A-Za-z]+)(.*)$"));
    const QRegularExpressionMatch match = parts.match(name);
    if (!match.hasMatch())
        return subscriptDigits(name);
    return greekName(match.captured(1)) + subscriptDigits(match.captured(2));
}

QString formatFormula(const QString& formula)
{
    return formatOperators(formatIdentifiers(formula));
}

QString displayUnit(const QString& unit)
{
    QString text = unit;
    text.replace(QStringLiteral("^2"), QStringLiteral("²"));
    text.replace(QStringLiteral("^3"), QStringLiteral("³"));
    return text;
}

QString positionLabel(const Coordinate& coordinate)
{
    // Typed Lagrangians have coordinates without a unit, which get no empty brackets.
    QString symbol = coordinateSymbol(coordinate.name);
    if (coordinate.unit.isEmpty())
        return symbol;
    return QStringLiteral("%1 (%2)").arg(symbol, displayUnit(coordinate.unit));
}

QString velocityLabel(const Coordinate& coordinate)
{
    const QString symbol = coordinateSymbol(coordinate.name);
    if (coordinate.unit.isEmpty())
        return QStringLiteral("d%1/dt (1/s)").arg(symbol);
    return QStringLiteral("d%1/dt (%2/s)").arg(symbol, displayUnit(coordinate.unit));
}

} // namespace lab
