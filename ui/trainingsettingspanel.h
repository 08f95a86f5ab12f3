#pragma once

#include "lnn/trainer.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QSpinBox;

namespace lab {

/// The network's shape and the training hyperparameters.
class TrainingSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingSettingsPanel(QWidget* parent = nullptr);

    TrainingSettings settings() const;
    void setSettings(const TrainingSettings& settings);

    /// Returns the settings that the lab starts with. On the pendulum preset's default data,
    /// they reach a small loss in well under a minute on two cores.
    static TrainingSettings defaultSettings();

private:
    QGroupBox* createNetworkGroup();
    QGroupBox* createOptimiserGroup();

    QSpinBox* m_width = nullptr;
    QSpinBox* m_depth = nullptr;
    QComboBox* m_activation = nullptr;
    QCheckBox* m_doublePrecision = nullptr;
    QDoubleSpinBox* m_learningRate = nullptr;
    QSpinBox* m_batchSize = nullptr;
    QSpinBox* m_maxEpochs = nullptr;
    QSpinBox* m_patience = nullptr;
    QSpinBox* m_seed = nullptr;
};

} // namespace lab
