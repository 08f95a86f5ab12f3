#pragma once

#include "trainingjob.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace lab {

class PhasePortraitPlot;

/// The phase portrait with a coordinate chooser above it. The chooser is visible only when the
/// system has more than one coordinate.
class PhasePortraitView : public QWidget
{
    Q_OBJECT

public:
    explicit PhasePortraitView(QWidget* parent = nullptr);

    PhasePortraitPlot* plot() const { return m_plot; }
    QComboBox* coordinateCombo() const { return m_coordinates; }

    void clear();
    void setData(const lab::PhaseSnapshot& snapshot);
    void setRollouts(const lab::PhaseSnapshot& rollouts);

private:
    QLabel* m_coordinateLabel = nullptr;
    QComboBox* m_coordinates = nullptr;
    PhasePortraitPlot* m_plot = nullptr;
};

} // namespace lab
