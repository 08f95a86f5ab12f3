#pragma once

#include "discoveryjob.h"

#include <QWidget>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace lab {

/// The settings of a symbolic regression search: the operators, the maximum complexity, the
/// loss, where the targets come from, the time budget and the seed. The trained-network target
/// and the distillation loss are offered only once a trained network exists, and distillation
/// only with that target, because it fits the network's L values.
class DiscoverySettingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DiscoverySettingsPanel(QWidget* parent = nullptr);

    /// The settings passed to setSettings() with the form's values in place.
    discovery::SearchSettings settings() const;
    /// Shows the settings in the form and keeps the fields that the form has no input for,
    /// such as the evaluation budget, for settings().
    void setSettings(const discovery::SearchSettings& settings);
    DiscoveryTarget target() const;
    void setTarget(DiscoveryTarget target);
    void setNetworkAvailable(bool available);

    QCheckBox* operatorBox(symbolic::Operator op) const;
    QComboBox* lossCombo() const { return m_loss; }
    QComboBox* targetCombo() const { return m_target; }

private:
    QWidget* createOperatorGrid();
    void addOperator(symbolic::Operator op, const QString& label, const QString& toolTip);
    void updateChoices();

    struct OperatorBox
    {
        symbolic::Operator op;
        QCheckBox* box;
    };

    discovery::SearchSettings m_settings;
    bool m_networkAvailable = false;
    std::vector<OperatorBox> m_operators;
    QSpinBox* m_maxComplexity = nullptr;
    QComboBox* m_loss = nullptr;
    QComboBox* m_target = nullptr;
    QDoubleSpinBox* m_timeLimit = nullptr;
    QSpinBox* m_seed = nullptr;
};

} // namespace lab
