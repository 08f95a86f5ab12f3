#include "errordialog.h"

#include "errortext.h"

#include <QMessageBox>

namespace lab {

QMessageBox* showErrorBox(QWidget* parent, const QString& title, const Error& error)
{
    auto* box =
        new QMessageBox(QMessageBox::Warning, title, describeError(error), QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("errorMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    // open() returns at once, unlike exec(), so the GUI keeps running and nothing waits on the
    // user.
    box->open();
    return box;
}

} // namespace lab
