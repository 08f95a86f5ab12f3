#pragma once

#include <QString>

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
    int step = -1;
};

} // namespace lab
