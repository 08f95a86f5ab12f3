#pragma once

#include "common/error.h"

#include <QString>

class QMessageBox;
class QWidget;

namespace lab {

/// Opens a window-modal warning box with describeError(error) and returns at once. The box
/// deletes itself when closed, and its objectName is "errorMessageBox", so tests can find it.
QMessageBox* showErrorBox(QWidget* parent, const QString& title, const Error& error);

} // namespace lab
