#include "discoverysettingspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QThread>
#include <QVBoxLayout>
#include <algorithm>

namespace lab {

using symbolic::Operator;

namespace {

constexpr int operatorColumns = 5;

bool isBinary(Operator op)
{
    return symbolic::arity(op) == 2;
}

void setItemEnabled(QComboBox* combo, int index, bool enabled)
{
    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    if (QStandardItem* item = model ? model->item(index) : nullptr)
        item->setEnabled(enabled);
}

} // namespace

DiscoverySettingsPanel::DiscoverySettingsPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("discoverySettingsPanel"));
    m_maxComplexity = new QSpinBox;
    m_maxComplexity->setObjectName(QStringLiteral("maxComplexitySpin"));
    m_maxComplexity->setRange(3, 200);
    m_maxComplexity->setToolTip(tr("Largest number of nodes of a whole candidate Lagrangian"));
    m_loss = new QComboBox;
    m_loss->setObjectName(QStringLiteral("lossCombo"));
    m_loss->addItem(tr("Motion (accelerations)"), static_cast<int>(discovery::LossKind::Motion));
    m_loss->addItem(tr("Distillation (network's L)"),
                    static_cast<int>(discovery::LossKind::Distillation));
    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_target->addItem(tr("Data"), static_cast<int>(DiscoveryTarget::Data));
    m_target->addItem(tr("Trained network"), static_cast<int>(DiscoveryTarget::TrainedNetwork));
    m_timeLimit = new QDoubleSpinBox;
    m_timeLimit->setObjectName(QStringLiteral("timeLimitSpin"));
    m_timeLimit->setRange(1.0, 3600.0);
    m_timeLimit->setDecimals(0);
    m_timeLimit->setSuffix(QStringLiteral(" s"));
    m_seed = new QSpinBox;
    m_seed->setObjectName(QStringLiteral("searchSeedSpin"));
    m_seed->setRange(0, 1'000'000'000);

    auto* group = new QGroupBox(tr("Symbolic regression"), this);
    auto* form = new QFormLayout;
    form->addRow(tr("Max complexity:"), m_maxComplexity);
    form->addRow(tr("Loss:"), m_loss);
    form->addRow(tr("Targets from:"), m_target);
    form->addRow(tr("Time budget:"), m_timeLimit);
    form->addRow(tr("Seed:"), m_seed);
    auto* groupLayout = new QVBoxLayout(group);
    groupLayout->addWidget(createOperatorGrid());
    groupLayout->addLayout(form);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(group);

    connect(m_target, &QComboBox::currentIndexChanged, this, [this] { updateChoices(); });
    // One core stays free for the GUI thread.
    m_settings.threads = std::max(1, QThread::idealThreadCount() - 1);
    setSettings(m_settings);
}

QWidget* DiscoverySettingsPanel::createOperatorGrid()
{
    auto* operators = new QGroupBox(tr("Operators"));
    operators->setFlat(true);
    auto* grid = new QGridLayout(operators);
    grid->setContentsMargins(0, 4, 0, 0);
    addOperator(Operator::Add, QStringLiteral("+"), tr("Addition"));
    addOperator(Operator::Subtract, QStringLiteral("−"), tr("Subtraction"));
    addOperator(Operator::Multiply, QStringLiteral("×"), tr("Multiplication"));
    addOperator(Operator::Divide, QStringLiteral("÷"), tr("Division"));
    addOperator(Operator::Power, QStringLiteral("^"), tr("Power with any exponent"));
    addOperator(Operator::Square, QStringLiteral("x²"), tr("Square"));
    addOperator(Operator::Cube, QStringLiteral("x³"), tr("Cube"));
    addOperator(Operator::Sin, QStringLiteral("sin"), tr("Sine"));
    addOperator(Operator::Cos, QStringLiteral("cos"), tr("Cosine"));
    addOperator(Operator::Exp, QStringLiteral("exp"), tr("Exponential"));
    addOperator(Operator::Log, QStringLiteral("log"), tr("Natural logarithm"));
    addOperator(Operator::Sqrt, QStringLiteral("√"), tr("Square root"));
    addOperator(Operator::Abs, QStringLiteral("|x|"), tr("Absolute value"));
    for (std::size_t i = 0; i < m_operators.size(); ++i)
        grid->addWidget(m_operators[i].box, static_cast<int>(i) / operatorColumns,
                        static_cast<int>(i) % operatorColumns);
    return operators;
}

void DiscoverySettingsPanel::addOperator(Operator op, const QString& label, const QString& toolTip)
{
    auto* box = new QCheckBox(label);
    box->setObjectName(QStringLiteral("operator_%1").arg(static_cast<int>(op)));
    box->setToolTip(toolTip);
    m_operators.push_back(OperatorBox{op, box});
}

QCheckBox* DiscoverySettingsPanel::operatorBox(Operator op) const
{
    for (const OperatorBox& entry : m_operators) {
        if (entry.op == op)
            return entry.box;
    }
    return nullptr;
}

discovery::SearchSettings DiscoverySettingsPanel::settings() const
{
    discovery::SearchSettings settings = m_settings;
    settings.grammar.unaryOperators.clear();
    settings.grammar.binaryOperators.clear();
    for (const OperatorBox& entry : m_operators) {
        if (!entry.box->isChecked())
            continue;
        if (isBinary(entry.op))
            settings.grammar.binaryOperators.push_back(entry.op);
        else
            settings.grammar.unaryOperators.push_back(entry.op);
    }
    settings.maxComplexity = m_maxComplexity->value();
    settings.loss = static_cast<discovery::LossKind>(m_loss->currentData().toInt());
    settings.timeLimit = m_timeLimit->value();
    settings.seed = static_cast<std::uint64_t>(m_seed->value());
    return settings;
}

void DiscoverySettingsPanel::setSettings(const discovery::SearchSettings& settings)
{
    m_settings = settings;
    const auto& unary = settings.grammar.unaryOperators;
    const auto& binary = settings.grammar.binaryOperators;
    for (const OperatorBox& entry : m_operators) {
        const auto& list = isBinary(entry.op) ? binary : unary;
        entry.box->setChecked(std::find(list.begin(), list.end(), entry.op) != list.end());
    }
    m_maxComplexity->setValue(settings.maxComplexity);
    m_loss->setCurrentIndex(m_loss->findData(static_cast<int>(settings.loss)));
    m_timeLimit->setValue(settings.timeLimit);
    m_seed->setValue(static_cast<int>(settings.seed));
    updateChoices();
}

DiscoveryTarget DiscoverySettingsPanel::target() const
{
    return static_cast<DiscoveryTarget>(m_target->currentData().toInt());
}

void DiscoverySettingsPanel::setTarget(DiscoveryTarget target)
{
    m_target->setCurrentIndex(m_target->findData(static_cast<int>(target)));
}

void DiscoverySettingsPanel::setNetworkAvailable(bool available)
{
    m_networkAvailable = available;
    updateChoices();
}

void DiscoverySettingsPanel::updateChoices()
{
    const int networkIndex = m_target->findData(static_cast<int>(DiscoveryTarget::TrainedNetwork));
    setItemEnabled(m_target, networkIndex, m_networkAvailable);
    if (!m_networkAvailable && target() == DiscoveryTarget::TrainedNetwork)
        setTarget(DiscoveryTarget::Data);

    const bool distillation = m_networkAvailable && target() == DiscoveryTarget::TrainedNetwork;
    const int distillationIndex =
        m_loss->findData(static_cast<int>(discovery::LossKind::Distillation));
    setItemEnabled(m_loss, distillationIndex, distillation);
    if (!distillation && m_loss->currentIndex() == distillationIndex)
        m_loss->setCurrentIndex(m_loss->findData(static_cast<int>(discovery::LossKind::Motion)));
}

} // namespace lab
