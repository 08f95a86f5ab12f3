#include "errortext.h"

#include "mechanics/preset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStringList>

using lab::Error;
using lab::ErrorKind;

namespace {

// Translation context of the sentences below. It lives outside namespace lab so that lupdate
// and the tr() that Q_DECLARE_TR_FUNCTIONS defines agree on the context name "ErrorText".
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString fileProblem(const Error& error);
    static QString cellProblem(const Error& error);
    static QString modelProblem(const Error& error);
    static QString formulaProblem(const Error& error);
    static QString nameProblem(const Error& error);
};

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QString quoted(const QString& text)
{
    return QStringLiteral("\"%1\"").arg(text);
}

QString capitalised(QString sentence)
{
    if (!sentence.isEmpty())
        sentence[0] = sentence[0].toUpper();
    return sentence;
}

// Joins the location and a sentence that starts in lower case, as in "a.txt, line 3: ...".
QString located(const Error& error, const QString& sentence)
{
    const QString location = lab::describeLocation(error);
    if (location.isEmpty())
        return capitalised(sentence);
    return ErrorText::tr("%1: %2").arg(location, sentence);
}

QString presetList()
{
    QStringList ids;
    for (const lab::SystemPreset& preset : lab::presets())
        ids << preset.id;
    return ids.join(QStringLiteral(", "));
}

// Formula errors have no file, so the sentence starts with "Line 1, column 5: ".
QString inFormula(const Error& error, const QString& sentence)
{
    return capitalised(located(error, sentence));
}

QString knownNameList(const Error& error)
{
    if (error.knownNames.isEmpty())
        return ErrorText::tr("none");
    return error.knownNames.join(QStringLiteral(", "));
}

QString rangeProblem(const Error& error)
{
    const QString name = quoted(error.text);
    const QString value = number(error.value);
    const QString limit = number(error.limit);
    if (error.value > error.limit)
        return ErrorText::tr("The value %1 of %2 is above the maximum %3. Enter a value of at "
                             "most %3.")
            .arg(value, name, limit);
    if (error.value < error.limit)
        return ErrorText::tr("The value %1 of %2 is below the minimum %3. Enter a value of at "
                             "least %3.")
            .arg(value, name, limit);
    if (error.value == error.limit)
        return ErrorText::tr("The value %1 of %2 must be greater than %3. Enter a larger value.")
            .arg(value, name, limit);
    return ErrorText::tr("The value of %1 is not a finite number. Enter a number.").arg(name);
}

QString ErrorText::fileProblem(const Error& error)
{
    const QString file = quoted(QDir::toNativeSeparators(error.file));
    switch (error.kind) {
    case ErrorKind::FileNotFound:
        return tr("The file %1 was not found. Check the path and choose the file again.").arg(file);
    case ErrorKind::FileUnreadable:
        return tr("The file %1 could not be read (%2). Check that it exists and that you may "
                  "read it.")
            .arg(file, error.text);
    case ErrorKind::FileNotWritable:
        return tr("The file %1 could not be written (%2). Choose another folder or file name.")
            .arg(file, error.text);
    case ErrorKind::EmptyFile:
        return tr("The file %1 is empty. Choose a file with a header line and data rows.")
            .arg(file);
    case ErrorKind::TooFewRows:
        return located(error, tr("only %1 data rows were found, but at least %2 are needed. "
                                 "Record a longer motion and import it again.")
                                  .arg(number(error.value), number(error.limit)));
    case ErrorKind::ModelInvalid:
        if (error.file.isEmpty())
            return tr("The network could not be computed: %1. Start the training again, and "
                      "report the problem with the log if it happens again.")
                .arg(error.text);
        return tr("The model in %1 is invalid: %2. Train the model and save it again.")
            .arg(file, error.text);
    default:
        return {};
    }
}

QString ErrorText::cellProblem(const Error& error)
{
    const QString cell = quoted(error.text);
    switch (error.kind) {
    case ErrorKind::MissingHeader:
        return located(error, tr("a header line such as \"t x y\" was expected, but the line "
                                 "reads %1. Add a header that names the time and coordinate "
                                 "columns and import again.")
                                  .arg(cell));
    case ErrorKind::MissingColumn:
        return located(error, tr("the column %1 is missing. Add it to the header and import "
                                 "again.")
                                  .arg(cell));
    case ErrorKind::ColumnCountMismatch:
        return located(error, tr("the row %1 does not have %2 cells like the header. Complete "
                                 "or remove that row and import again.")
                                  .arg(cell, number(error.value)));
    case ErrorKind::NotANumber:
        return located(
            error, tr("%1 is not a number. Fix or remove that cell and import again.").arg(cell));
    case ErrorKind::NonFiniteValue:
        return located(error, tr("the value %1 is not finite. Replace it with a measured value "
                                 "or remove the row and import again.")
                                  .arg(cell));
    case ErrorKind::NonIncreasingTime:
        return located(error, tr("the time %1 is earlier than the previous time %2. Sort the "
                                 "rows by time and import again.")
                                  .arg(cell, number(error.value)));
    case ErrorKind::DuplicateTime:
        return located(error, tr("the time %1 appears twice. Remove the duplicate row and "
                                 "import again.")
                                  .arg(cell));
    default:
        return {};
    }
}

QString ErrorText::modelProblem(const Error& error)
{
    switch (error.kind) {
    case ErrorKind::InvalidParameter:
        return rangeProblem(error);
    case ErrorKind::NotPositive:
        return tr("The value %1 of %2 must be greater than 0. Enter a positive value.")
            .arg(number(error.value), quoted(error.text));
    case ErrorKind::MissingVelocity: {
        const QString velocity = error.text + QStringLiteral("_dot");
        return tr("The Lagrangian does not contain %1, so it cannot say how %2 moves. Add a "
                  "term with %1, such as 0.5*%3^2, or remove %2 from the coordinates.")
            .arg(quoted(velocity), quoted(error.text), velocity);
    }
    case ErrorKind::UnknownParameter:
        return tr("There is no parameter named %1. Check its spelling against the system's "
                  "parameters.")
            .arg(quoted(error.text));
    case ErrorKind::UnknownSystem:
        return tr("There is no system named %1. Choose one of: %2.")
            .arg(quoted(error.text), presetList());
    case ErrorKind::InvalidState:
        return tr("The state %1 is invalid. Give one finite position and one finite velocity "
                  "per coordinate.")
            .arg(quoted(error.text));
    case ErrorKind::SingularHessian:
        return tr("The mass matrix d²L/dq̇² is singular at the state %1 (condition number %2), "
                  "so the accelerations are undefined. Train again with another seed or a "
                  "lower learning rate.")
            .arg(quoted(error.text), number(error.value));
    case ErrorKind::NonFiniteState:
        return tr("The motion reached the state %1, where the state or the Lagrangian's "
                  "derivatives are not finite numbers. Use a smaller time step or check the "
                  "Lagrangian.")
            .arg(quoted(error.text));
    case ErrorKind::NotConverged:
        return tr("The integration did not converge at the state %1: the last correction or step "
                  "size was %2 against a bound of %3. Use a smaller time step or a looser "
                  "tolerance.")
            .arg(quoted(error.text), number(error.value), number(error.limit));
    case ErrorKind::Diverged:
        if (error.line > 0)
            return tr("Training diverged at epoch %1 (loss %2). Lower the learning rate or "
                      "switch to float64, then start again.")
                .arg(error.line)
                .arg(number(error.value));
        return tr("Training diverged (loss %1). Lower the learning rate or switch to float64, "
                  "then start again.")
            .arg(number(error.value));
    case ErrorKind::Cancelled:
        return tr("The job was stopped before it finished.");
    default:
        return {};
    }
}

QString ErrorText::formulaProblem(const Error& error)
{
    const QString token = quoted(error.text);
    switch (error.kind) {
    case ErrorKind::FormulaEmpty:
        return tr("The formula is empty. Type an expression such as 0.5*m*x_dot^2 - 0.5*k*x^2.");
    case ErrorKind::FormulaInvalidCharacter:
        return inFormula(error, tr("the character %1 is not allowed in a formula. Use numbers, "
                                   "names, + - * / ^ and parentheses.")
                                    .arg(token));
    case ErrorKind::FormulaInvalidNumber:
        return inFormula(error, tr("%1 is not a valid number, or it is too large. Write a number "
                                   "such as 9.81 or 1.5e-3.")
                                    .arg(token));
    case ErrorKind::FormulaMissingOperand:
        if (error.text.isEmpty())
            return inFormula(error, tr("the formula ends where a number, a name or \"(\" was "
                                       "expected. Complete the formula after its last operator."));
        return inFormula(error, tr("%1 appears where a number, a name or \"(\" was expected. "
                                   "Insert the missing operand or remove %1.")
                                    .arg(token));
    case ErrorKind::FormulaMissingOperator:
        return inFormula(error, tr("an operator is missing before %1. Insert +, -, *, / or ^, "
                                   "for example 2*x instead of 2x.")
                                    .arg(token));
    case ErrorKind::FormulaUnclosedParenthesis:
        return inFormula(error, tr("this \"(\" is not closed. Add the missing \")\"."));
    case ErrorKind::FormulaUnmatchedParenthesis:
        return inFormula(error, tr("this \")\" has no matching \"(\". Remove it or add the "
                                   "missing \"(\"."));
    case ErrorKind::FormulaTooDeep:
        return inFormula(error, tr("the formula is nested more than %1 levels deep. Write it "
                                   "with fewer parentheses and signs.")
                                    .arg(number(error.limit)));
    default:
        return nameProblem(error);
    }
}

QString ErrorText::nameProblem(const Error& error)
{
    const QString token = quoted(error.text);
    switch (error.kind) {
    case ErrorKind::FormulaMissingArgument:
        return inFormula(error, tr("the function %1 needs its argument in parentheses. Write "
                                   "%2(x) instead of %2 x.")
                                    .arg(token, error.text));
    case ErrorKind::UnknownFunction:
        return inFormula(error, tr("%1 is not a known function. Use one of: %2. For a product, "
                                   "write * before the parenthesis.")
                                    .arg(token, knownNameList(error)));
    case ErrorKind::UnknownName:
        return inFormula(error, tr("%1 is not a coordinate, velocity or parameter of this "
                                   "system. Use one of: %2.")
                                    .arg(token, knownNameList(error)));
    case ErrorKind::UnknownVelocity:
        return inFormula(error, tr("%1 is not the velocity of a coordinate. Use one of: %2.")
                                    .arg(token, knownNameList(error)));
    default:
        return {};
    }
}

} // namespace

namespace lab {

QString describeLocation(const Error& error)
{
    const QString file = QFileInfo(error.file).fileName();
    QStringList parts;
    if (!file.isEmpty())
        parts << file;
    if (error.line > 0)
        parts << ErrorText::tr("line %1").arg(error.line);
    if (error.line > 0 && error.column > 0)
        parts << ErrorText::tr("column %1").arg(error.column);
    return parts.join(QStringLiteral(", "));
}

QString describeError(const Error& error)
{
    QString text = ErrorText::fileProblem(error);
    if (text.isEmpty())
        text = ErrorText::cellProblem(error);
    if (text.isEmpty())
        text = ErrorText::modelProblem(error);
    if (text.isEmpty())
        text = ErrorText::formulaProblem(error);
    if (text.isEmpty())
        text = ErrorText::tr("An unexpected error of kind %1 occurred.")
                   .arg(static_cast<int>(error.kind));
    return text;
}

} // namespace lab
