#include "systempanel.h"

#include "coordinatetext.h"
#include "errortext.h"
#include "logging.h"
#include "typedlagrangianform.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <array>
#include <cmath>
#include <utility>

namespace lab {

namespace {

constexpr double measuredValidationFraction = 0.25;
constexpr int measuredValidationBlocks = 8;
const QString typedId = QStringLiteral("typed");

QString translated(const char* text)
{
    return QCoreApplication::translate("lab::SystemPanel", text);
}

QString parameterTitle(const Parameter& parameter)
{
    static const auto titles = std::to_array<std::pair<const char*, const char*>>({
        {"mass", QT_TRANSLATE_NOOP("lab::SystemPanel", "Mass")},
        {"mass1", QT_TRANSLATE_NOOP("lab::SystemPanel", "Mass 1")},
        {"mass2", QT_TRANSLATE_NOOP("lab::SystemPanel", "Mass 2")},
        {"length", QT_TRANSLATE_NOOP("lab::SystemPanel", "Length")},
        {"length1", QT_TRANSLATE_NOOP("lab::SystemPanel", "Length 1")},
        {"length2", QT_TRANSLATE_NOOP("lab::SystemPanel", "Length 2")},
        {"gravity", QT_TRANSLATE_NOOP("lab::SystemPanel", "Gravity")},
        {"stiffness", QT_TRANSLATE_NOOP("lab::SystemPanel", "Spring constant")},
    });
    QString title = parameter.name;
    for (const auto& [name, text] : titles) {
        if (parameter.name == QLatin1String(name))
            title = translated(text);
    }
    return QStringLiteral("%1 (%2):").arg(title, coordinateSymbol(parameter.symbol));
}

QDoubleSpinBox* makeDoubleSpin(double minimum, double maximum, int decimals, double step,
                               const QString& unit)
{
    auto* spin = new QDoubleSpinBox;
    spin->setDecimals(decimals);
    spin->setRange(minimum, maximum);
    spin->setSingleStep(step);
    spin->setSuffix(QStringLiteral(" ") + displayUnit(unit));
    return spin;
}

QSpinBox* makeSpin(int minimum, int maximum, int value)
{
    auto* spin = new QSpinBox;
    spin->setRange(minimum, maximum);
    spin->setValue(value);
    return spin;
}

} // namespace

std::vector<PlanarPair> cartesianPairs(const std::vector<Coordinate>& coordinates)
{
    std::vector<PlanarPair> pairs;
    for (int x = 0; x < int(coordinates.size()); ++x) {
        const QString& name = coordinates[std::size_t(x)].name;
        if (!name.startsWith(QLatin1Char('x')) || coordinates[std::size_t(x)].isAngle)
            continue;
        const QString partner = QLatin1Char('y') + name.mid(1);
        for (int y = 0; y < int(coordinates.size()); ++y) {
            if (coordinates[std::size_t(y)].name == partner && !coordinates[std::size_t(y)].isAngle)
                pairs.push_back(PlanarPair{.x = x, .y = y});
        }
    }
    return pairs;
}

QString presetDisplayName(const QString& id)
{
    if (id == QLatin1String("pendulum"))
        return translated(QT_TRANSLATE_NOOP("lab::SystemPanel", "Pendulum"));
    if (id == QLatin1String("spring"))
        return translated(QT_TRANSLATE_NOOP("lab::SystemPanel", "Mass on a spring"));
    if (id == QLatin1String("double_pendulum"))
        return translated(QT_TRANSLATE_NOOP("lab::SystemPanel", "Double pendulum"));
    if (id == QLatin1String("typed"))
        return translated(QT_TRANSLATE_NOOP("lab::SystemPanel", "Typed Lagrangian"));
    return id;
}

SystemPanel::SystemPanel(QWidget* parent) : QWidget(parent), m_presets(presets())
{
    setObjectName(QStringLiteral("systemPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createPresetGroup());
    layout->addWidget(createGenerationGroup());
    layout->addWidget(createImportGroup());
    showPreset(0);
    updateEnabledState();
}

QGroupBox* SystemPanel::createPresetGroup()
{
    m_presetGroup = new QGroupBox(tr("System"), this);
    m_presetCombo = new QComboBox(m_presetGroup);
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    for (const SystemPreset& preset : m_presets)
        m_presetCombo->addItem(presetDisplayName(preset.id), preset.id);
    m_presetCombo->addItem(tr("Type a Lagrangian…"), typedId);
    m_formula = new QLabel(m_presetGroup);
    m_formula->setObjectName(QStringLiteral("formulaLabel"));
    m_formula->setWordWrap(true);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_parameterForm = new QFormLayout;
    m_typedForm = new TypedLagrangianForm(m_presetGroup);
    m_typedForm->setVisible(false);
    auto* layout = new QVBoxLayout(m_presetGroup);
    layout->addWidget(m_presetCombo);
    layout->addWidget(m_formula);
    layout->addLayout(m_parameterForm);
    layout->addWidget(m_typedForm);
    connect(m_typedForm, &TypedLagrangianForm::validInput, this, [this] {
        if (usesTypedLagrangian())
            emit sourceChanged();
    });

    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        showPreset(index);
        emit sourceChanged();
    });
    return m_presetGroup;
}

QGroupBox* SystemPanel::createGenerationGroup()
{
    m_generationGroup = new QGroupBox(tr("Simulated data"), this);
    const SimulationSettings defaults;
    m_trajectories = makeSpin(1, 500, defaults.trajectories);
    m_trajectories->setObjectName(QStringLiteral("trajectoriesSpin"));
    m_duration = makeDoubleSpin(0.5, 600.0, 1, 1.0, QStringLiteral("s"));
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_timeStep = makeDoubleSpin(0.001, 0.1, 3, 0.001, QStringLiteral("s"));
    m_timeStep->setObjectName(QStringLiteral("timeStepSpin"));
    m_noise = makeDoubleSpin(0.0, 1.0, 4, 0.001, QString());
    m_noise->setObjectName(QStringLiteral("noiseSpin"));
    m_noise->setToolTip(tr("Standard deviation of the Gaussian noise added to the positions"));
    m_seed = makeSpin(0, 1'000'000'000, static_cast<int>(defaults.seed));
    m_seed->setObjectName(QStringLiteral("simulationSeedSpin"));
    setSimulationSettings(defaults);

    auto* form = new QFormLayout(m_generationGroup);
    form->addRow(tr("Trajectories:"), m_trajectories);
    form->addRow(tr("Duration:"), m_duration);
    form->addRow(tr("Time step:"), m_timeStep);
    form->addRow(tr("Noise:"), m_noise);
    form->addRow(tr("Seed:"), m_seed);
    return m_generationGroup;
}

QGroupBox* SystemPanel::createImportGroup()
{
    m_importGroup = new QGroupBox(tr("Measured data"), this);
    m_pivotCombo = new QComboBox(m_importGroup);
    m_pivotCombo->setObjectName(QStringLiteral("pivotCombo"));
    m_pivotCombo->addItem(tr("Pivot at the origin"), static_cast<int>(PivotMode::Origin));
    m_pivotCombo->addItem(tr("Fit the pivot to the arc"), static_cast<int>(PivotMode::FitArc));
    m_pointCombo = new QComboBox(m_importGroup);
    m_pointCombo->setObjectName(QStringLiteral("pointCoordinatesCombo"));
    m_pointCombo->addItem(tr("Pendulum angle"), static_cast<int>(PointCoordinates::PendulumAngle));
    m_pointCombo->addItem(tr("Cartesian x and y"), static_cast<int>(PointCoordinates::Cartesian));

    m_importButton = new QPushButton(tr("Import measured data…"), m_importGroup);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_usePresetButton = new QPushButton(tr("Use the preset again"), m_importGroup);
    m_usePresetButton->setObjectName(QStringLiteral("usePresetButton"));
    m_importSummary = new QLabel(tr("No file imported."), m_importGroup);
    m_importSummary->setObjectName(QStringLiteral("importSummary"));
    m_importSummary->setWordWrap(true);

    auto* form = new QFormLayout(m_importGroup);
    form->addRow(tr("Pivot:"), m_pivotCombo);
    form->addRow(tr("Coordinates:"), m_pointCombo);
    form->addRow(m_importButton);
    form->addRow(m_importSummary);
    form->addRow(m_usePresetButton);

    connect(m_importButton, &QPushButton::clicked, this, &SystemPanel::importWithDialog);
    connect(m_usePresetButton, &QPushButton::clicked, this, &SystemPanel::usePreset);
    return m_importGroup;
}

void SystemPanel::showPreset(int index)
{
    m_typedChosen = index == static_cast<int>(m_presets.size());
    m_typedForm->setVisible(m_typedChosen);
    m_formula->setVisible(!m_typedChosen);
    if (m_typedChosen) {
        while (m_parameterForm->rowCount() > 0)
            m_parameterForm->removeRow(0);
        m_noise->setSuffix(QString());
        updateEnabledState();
        return;
    }
    if (index < 0 || index >= static_cast<int>(m_presets.size()))
        return;
    m_presetIndex = index;
    const SystemPreset& preset = m_presets.at(index);
    m_formula->setText(QStringLiteral("L = %1").arg(formatFormula(preset.formula)));
    while (m_parameterForm->rowCount() > 0)
        m_parameterForm->removeRow(0);
    for (const Parameter& parameter : preset.parameters)
        addParameterRow(parameter);
    const QString unit = preset.coordinates.empty() ? QString() : preset.coordinates[0].unit;
    m_noise->setSuffix(QStringLiteral(" ") + displayUnit(unit));
    updateEnabledState();
}

void SystemPanel::addParameterRow(const Parameter& parameter)
{
    constexpr int decimals = 3;
    const double step = std::pow(10.0, -decimals);
    const double minimum = parameter.minimum + (parameter.strictlyPositive ? step : 0.0);
    QDoubleSpinBox* spin =
        makeDoubleSpin(minimum, parameter.maximum, decimals, 0.1, parameter.unit);
    spin->setObjectName(QStringLiteral("parameter_") + parameter.name);
    spin->setValue(parameter.value);
    spin->setEnabled(m_editable && !m_measured);
    const QString name = parameter.name;
    connect(spin, &QDoubleSpinBox::valueChanged, this,
            [this, name](double value) { setParameter(name, value); });
    m_parameterForm->addRow(parameterTitle(parameter), spin);
}

void SystemPanel::setParameter(const QString& name, double value)
{
    const Status status = lab::setParameter(m_presets.at(m_presetIndex), name, value);
    if (!status) {
        // The spin box range matches the parameter's, so this means the two disagree.
        qCWarning(lcImport) << "parameter rejected:" << describeError(status.error());
        return;
    }
    emit sourceChanged();
}

DataSource SystemPanel::dataSource() const
{
    if (m_measured)
        return m_measuredDataset;
    if (m_typedChosen)
        return TypedSimulation{.formula = m_typedForm->formula(),
                               .coordinates = m_typedForm->coordinates(),
                               .parameters = m_typedForm->parameters(),
                               .positionRanges = m_typedForm->positionRanges(),
                               .velocityRanges = m_typedForm->velocityRanges(),
                               .simulation = simulationSettings()};
    return SimulatedSystem{currentPreset(), simulationSettings()};
}

bool SystemPanel::usesTypedLagrangian() const
{
    return m_typedChosen && !m_measured;
}

QString SystemPanel::inputProblem() const
{
    return usesTypedLagrangian() ? m_typedForm->problem() : QString();
}

std::vector<PlanarPair> SystemPanel::planarPairs() const
{
    if (usesTypedLagrangian())
        return m_typedForm->planarPairs();
    if (m_measured)
        return cartesianPairs(m_measuredDataset.coordinates);
    return cartesianPairs(currentPreset().coordinates);
}

int SystemPanel::differentiatorTrim() const
{
    if (m_measured)
        return m_measured->window / 2;
    const SimulationSettings settings = simulationSettings();
    if (settings.noise <= 0.0)
        return 0;
    // The simulation does not report the window it chose, so the largest it may choose is
    // assumed.
    const DifferentiatorSettings& differentiator = settings.differentiator;
    return (differentiator.window > 0 ? differentiator.window : differentiator.maxWindow) / 2;
}

SystemPreset SystemPanel::currentPreset() const
{
    return m_presets.at(m_presetIndex);
}

SimulationSettings SystemPanel::simulationSettings() const
{
    SimulationSettings settings;
    settings.trajectories = m_trajectories->value();
    settings.duration = m_duration->value();
    settings.timeStep = m_timeStep->value();
    settings.noise = m_noise->value();
    settings.seed = static_cast<std::uint64_t>(m_seed->value());
    return settings;
}

void SystemPanel::setSimulationSettings(const SimulationSettings& settings)
{
    m_trajectories->setValue(settings.trajectories);
    m_duration->setValue(settings.duration);
    m_timeStep->setValue(settings.timeStep);
    m_noise->setValue(settings.noise);
    m_seed->setValue(static_cast<int>(settings.seed));
}

ImportOptions SystemPanel::importOptions() const
{
    ImportOptions options;
    options.pivot = static_cast<PivotMode>(m_pivotCombo->currentData().toInt());
    options.point = static_cast<PointCoordinates>(m_pointCombo->currentData().toInt());
    return options;
}

QString SystemPanel::sourceName() const
{
    if (m_measured)
        return QFileInfo(m_measured->file).fileName();
    if (m_typedChosen)
        return presetDisplayName(typedId);
    return presetDisplayName(m_presets.at(m_presetIndex).id);
}

bool SystemPanel::selectPreset(const QString& id)
{
    const int index = m_presetCombo->findData(id);
    if (index < 0)
        return false;
    usePreset();
    m_presetCombo->setCurrentIndex(index);
    return true;
}

void SystemPanel::importWithDialog()
{
    const QString directory =
        m_measured ? QFileInfo(m_measured->file).absolutePath() : QDir::homePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import measured data"), directory,
                                     tr("Measured data (*.txt *.csv *.tsv *.dat);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool SystemPanel::importFile(const QString& path)
{
    qCInfo(lcImport) << "importing" << path;
    Result<MeasuredData> read = readMeasured(path, importOptions());
    if (!read) {
        qCWarning(lcImport) << "import failed:" << describeError(read.error());
        emit importFailed(read.error());
        return false;
    }
    const MeasuredData& measured = *read;
    m_measuredDataset =
        splitIntoTimeBlocks(measured.coordinates, measured.trajectory, measuredValidationFraction,
                            measuredValidationBlocks, measured.file);
    m_measured = std::move(read).value();
    qCInfo(lcImport) << "imported" << m_measured->rawTime.size() << "rows, window"
                     << m_measured->window << "noise" << m_measured->noise;
    showImportSummary(*m_measured);
    updateEnabledState();
    emit imported(path);
    emit sourceChanged();
    return true;
}

void SystemPanel::showImportSummary(const MeasuredData& measured)
{
    const QLocale locale;
    const auto rows = static_cast<int>(measured.rawTime.size());
    const double duration = rows > 1 ? measured.rawTime(rows - 1) - measured.rawTime(0) : 0.0;
    QStringList names;
    for (const Coordinate& coordinate : measured.coordinates)
        names << coordinateSymbol(coordinate.name);
    const QString unit = measured.coordinates.empty() ? QString() : measured.coordinates[0].unit;

    QStringList lines;
    lines << tr("%1: %2 rows over %3 s, coordinates %4")
                 .arg(QFileInfo(measured.file).fileName())
                 .arg(rows)
                 .arg(locale.toString(duration, 'f', 2), names.join(QStringLiteral(", ")));
    lines << tr("Differentiator window: %1 samples. Estimated noise: %2 %3.")
                 .arg(measured.window)
                 .arg(locale.toString(measured.noise, 'g', 3), displayUnit(unit));
    if (measured.pendulumTrack)
        lines << tr("Pivot at (%1 m, %2 m), radius %3 m.")
                     .arg(locale.toString(measured.pivot.x(), 'f', 3),
                          locale.toString(measured.pivot.y(), 'f', 3),
                          locale.toString(measured.radius, 'f', 3));
    m_importSummary->setText(lines.join(QLatin1Char('\n')));
}

void SystemPanel::usePreset()
{
    if (!m_measured)
        return;
    qCInfo(lcImport) << "leaving measured data for the preset" << m_presets.at(m_presetIndex).id;
    m_measured.reset();
    m_measuredDataset = {};
    m_importSummary->setText(tr("No file imported."));
    updateEnabledState();
    emit sourceChanged();
}

void SystemPanel::setEditable(bool editable)
{
    m_editable = editable;
    updateEnabledState();
}

void SystemPanel::updateEnabledState()
{
    const bool presetActive = m_editable && !m_measured;
    m_presetCombo->setEnabled(presetActive);
    m_typedForm->setEnabled(presetActive);
    for (int row = 0; row < m_parameterForm->rowCount(); ++row) {
        QLayoutItem* field = m_parameterForm->itemAt(row, QFormLayout::FieldRole);
        if (field && field->widget())
            field->widget()->setEnabled(presetActive);
    }
    m_generationGroup->setEnabled(presetActive);
    m_pivotCombo->setEnabled(m_editable);
    m_pointCombo->setEnabled(m_editable);
    m_importButton->setEnabled(m_editable);
    m_usePresetButton->setEnabled(m_editable && m_measured.has_value());
}

} // namespace lab
