#pragma once

#include "common/error.h"

#include <QString>

namespace lab {

/// Describes an Error in one or two translated sentences for a student: what failed, on which
/// value, where (file, line and column when known) and what to do next. Uses only Qt Core, so
/// the command line can print the same text.
QString describeError(const Error& error);

/// Returns the location prefix of an error, e.g. "data.txt, line 12, column 2", or an empty
/// string when the error names no file.
QString describeLocation(const Error& error);

} // namespace lab
