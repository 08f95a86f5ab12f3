#include "wheelguard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace lab {

void WheelGuard::install(QWidget* root)
{
    auto* guard = new WheelGuard(root);
    const auto guardWidget = [guard](QWidget* widget) {
        widget->setFocusPolicy(Qt::StrongFocus);
        widget->installEventFilter(guard);
    };
    for (QAbstractSpinBox* box : root->findChildren<QAbstractSpinBox*>())
        guardWidget(box);
    for (QComboBox* box : root->findChildren<QComboBox*>())
        guardWidget(box);
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    auto* widget = qobject_cast<QWidget*>(watched);
    if (event->type() == QEvent::Wheel && widget != nullptr && !widget->hasFocus()) {
        // Handed to the parent, so that it reaches the scroll area, which scrolls the panel.
        if (QWidget* parent = widget->parentWidget())
            QCoreApplication::sendEvent(parent, event);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lab
