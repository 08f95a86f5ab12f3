#include "mechanics/preset.h"

#include "mechanics/presetlagrangians.h"

#include <cmath>
#include <numbers>

namespace lab {

namespace {

Coordinate angle(const QString& name)
{
    return Coordinate{.name = name, .unit = QStringLiteral("rad"), .isAngle = true};
}

Parameter parameter(const char* name, const char* symbol, const char* unit, double value,
                    double maximum, bool strictlyPositive = true)
{
    return Parameter{.name = QString::fromLatin1(name),
                     .symbol = QString::fromLatin1(symbol),
                     .unit = QString::fromLatin1(unit),
                     .value = value,
                     .minimum = 0.0,
                     .maximum = maximum,
                     .strictlyPositive = strictlyPositive};
}

SystemPreset pendulumPreset()
{
    SystemPreset preset;
    preset.id = QStringLiteral("pendulum");
    preset.formula = QStringLiteral("0.5*m*l^2*theta_dot^2 + m*g*l*cos(theta)");
    preset.coordinates = {angle(QStringLiteral("theta"))};
    preset.parameters = {parameter("mass", "m", "kg", 1.0, 1e3),
                         parameter("length", "l", "m", 1.0, 1e2),
                         parameter("gravity", "g", "m/s^2", 9.81, 1e3, false)};
    preset.positionRanges = {{-2.0, 2.0}};
    preset.velocityRanges = {{-1.0, 1.0}};
    return preset;
}

SystemPreset springPreset()
{
    SystemPreset preset;
    preset.id = QStringLiteral("spring");
    preset.formula = QStringLiteral("0.5*m*x_dot^2 - 0.5*k*x^2");
    preset.coordinates = {Coordinate{.name = QStringLiteral("x"), .unit = QStringLiteral("m")}};
    preset.parameters = {parameter("mass", "m", "kg", 1.0, 1e3),
                         parameter("stiffness", "k", "N/m", 4.0, 1e6)};
    preset.positionRanges = {{-1.0, 1.0}};
    preset.velocityRanges = {{-1.0, 1.0}};
    return preset;
}

SystemPreset doublePendulumPreset()
{
    SystemPreset preset;
    preset.id = QStringLiteral("double_pendulum");
    preset.formula = QStringLiteral("0.5*(m1+m2)*l1^2*theta1_dot^2 + 0.5*m2*l2^2*theta2_dot^2"
                                    " + m2*l1*l2*theta1_dot*theta2_dot*cos(theta1-theta2)"
                                    " + (m1+m2)*g*l1*cos(theta1) + m2*g*l2*cos(theta2)");
    preset.coordinates = {angle(QStringLiteral("theta1")), angle(QStringLiteral("theta2"))};
    preset.parameters = {
        parameter("mass1", "m1", "kg", 1.0, 1e3), parameter("mass2", "m2", "kg", 1.0, 1e3),
        parameter("length1", "l1", "m", 1.0, 1e2), parameter("length2", "l2", "m", 1.0, 1e2),
        parameter("gravity", "g", "m/s^2", 9.81, 1e3, false)};
    preset.positionRanges = {{-1.0, 1.0}, {-1.0, 1.0}};
    preset.velocityRanges = {{-1.0, 1.0}, {-1.0, 1.0}};
    return preset;
}

} // namespace

double SystemPreset::parameter(const QString& name) const
{
    for (const Parameter& p : parameters) {
        if (p.name == name || p.symbol == name)
            return p.value;
    }
    return std::nan("");
}

const std::vector<SystemPreset>& presets()
{
    static const std::vector<SystemPreset> all = {pendulumPreset(), springPreset(),
                                                  doublePendulumPreset()};
    return all;
}

Result<SystemPreset> findPreset(const QString& id)
{
    for (const SystemPreset& preset : presets()) {
        if (preset.id == id)
            return preset;
    }
    return Error{.kind = ErrorKind::UnknownSystem, .text = id};
}

Status setParameter(SystemPreset& preset, const QString& name, double value)
{
    for (Parameter& p : preset.parameters) {
        if (p.name != name && p.symbol != name)
            continue;
        if (p.strictlyPositive && value <= 0.0)
            return Error{.kind = ErrorKind::NotPositive, .text = p.name, .value = value};
        if (!std::isfinite(value) || value < p.minimum || value > p.maximum) {
            Error error{.kind = ErrorKind::InvalidParameter, .text = p.name, .value = value};
            error.limit = value > p.maximum ? p.maximum : p.minimum;
            return error;
        }
        p.value = value;
        return Success{};
    }
    return Error{.kind = ErrorKind::UnknownParameter, .text = name};
}

std::unique_ptr<Lagrangian> makeLagrangian(const SystemPreset& preset)
{
    const auto p = [&preset](const char* name) {
        return preset.parameter(QLatin1String(name));
    };
    if (preset.id == QLatin1String("spring"))
        return std::make_unique<SpringLagrangian>(p("mass"), p("stiffness"));
    if (preset.id == QLatin1String("double_pendulum"))
        return std::make_unique<DoublePendulumLagrangian>(p("mass1"), p("mass2"), p("length1"),
                                                          p("length2"), p("gravity"));
    return std::make_unique<PendulumLagrangian>(p("mass"), p("length"), p("gravity"));
}

} // namespace lab
