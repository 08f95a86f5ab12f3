#pragma once

#include <QObject>

class QWidget;

namespace lab {

/// Keeps the mouse wheel from changing spin boxes and combo boxes that do not have the
/// keyboard focus, so that scrolling a settings panel never edits a value on the way. A
/// click or Tab gives a field the focus; then the wheel changes it as usual.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    /// Installs a guard, owned by `root`, on every spin box and combo box below `root`.
    static void install(QWidget* root);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace lab
