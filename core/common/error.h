#pragma once

#include <QString>
#include <QStringList>

namespace lab {

/// Kind of failure that core reports. ui/ and app/ turn each kind into words.
enum class ErrorKind
{
    FileNotFound,        ///< file: the path that could not be opened
    FileUnreadable,      ///< file: the path; text: the system's reason
    FileNotWritable,     ///< file: the path; text: the system's reason
    EmptyFile,           ///< file: the path
    MissingHeader,       ///< file, line: where a header row was expected; text: the line
    MissingColumn,       ///< file, line; text: the column name that is missing
    ColumnCountMismatch, ///< file, line, column; text: the row; value: the expected count
    NotANumber,          ///< file, line, column; text: the cell
    NonFiniteValue,      ///< file, line, column; text: the cell (NaN or Inf)
    NonIncreasingTime,   ///< file, line, column; text: the time cell; value: previous time
    DuplicateTime,       ///< file, line, column; text: the time cell
    TooFewRows,          ///< file; value: rows found; limit: rows needed
    InvalidParameter,    ///< text: the parameter name; value: the value; limit: the bound broken
    NotPositive,         ///< text: the parameter name; value: the value, which must be above 0
    UnknownParameter,    ///< text: the parameter name
    UnknownSystem,       ///< text: the system name
    InvalidState,        ///< text: the offending state as written
    SingularHessian,     ///< value: condition number of d2L/dqdot2; text: the state
    NonFiniteState,      ///< text: the state; it or the Lagrangian's terms there are NaN or Inf
    NotConverged,        ///< text: the state; value: residual or step size; limit: its bound
    Diverged,            ///< value: the loss; line: the epoch
    ModelInvalid,        ///< file: the model directory; text: what is wrong
    Cancelled,           ///< the user stopped the job

    // Typed formulas: line is 1 and column the 1-based position in the formula.
    FormulaEmpty,                ///< the formula has no tokens
    FormulaInvalidCharacter,     ///< column; text: the character
    FormulaInvalidNumber,        ///< column; text: the number, malformed or out of range
    FormulaMissingOperand,       ///< column; text: the token found, empty at the end
    FormulaMissingOperator,      ///< column; text: the token found after a complete operand
    FormulaUnclosedParenthesis,  ///< column: the "(" that is not closed
    FormulaUnmatchedParenthesis, ///< column: the ")" that has no "("
    FormulaMissingArgument,      ///< column; text: a function name not followed by "("
    FormulaTooDeep,              ///< column; limit: the maximum nesting depth
    UnknownFunction,             ///< column; text: the name; knownNames: the functions
    UnknownName,                 ///< column; text: the name; knownNames: the names accepted
    UnknownVelocity,             ///< column; text: NAME_dot; knownNames: the coordinates
    MissingVelocity,             ///< text: the coordinate whose velocity the formula lacks
};

/// A failure reported as a value: what went wrong, where, and the offending text.
/// Line and column are 1-based; 0 means "not applicable". An integrator sets step to the index
/// of the step whose end state it was computing (0: the initial state); -1 means "not
/// applicable".
struct Error
{
    ErrorKind kind = ErrorKind::InvalidParameter;
    QString file;
    int line = 0;
    int column = 0;
    QString text;
    double value = 0.0;
    double limit = 0.0;
    QStringList knownNames; ///< names that would have been accepted in place of text
    int step = -1;
};

} // namespace lab
