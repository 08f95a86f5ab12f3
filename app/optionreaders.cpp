#include "optionreaders.h"

#include "commandline.h"

#include "errortext.h"

#include <cmath>

namespace lab::cli {

bool readNumber(const QCommandLineParser& parser, const QString& name, double low, double high,
                double& target, QString& message)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !(value >= low && value <= high)) {
        message = Cli::tr("invalid value \"%1\" for --%2: expected a number from %3 to %4")
                      .arg(parser.value(name), name)
                      .arg(low)
                      .arg(high);
        return false;
    }
    target = value;
    return true;
}

bool readInteger(const QCommandLineParser& parser, const QString& name, int low, int high,
                 int& target, QString& message)
{
    double value = target;
    if (!readNumber(parser, name, low, high, value, message))
        return false;
    if (value != static_cast<int>(value)) {
        message = Cli::tr("invalid value \"%1\" for --%2: expected a whole number")
                      .arg(parser.value(name), name);
        return false;
    }
    target = static_cast<int>(value);
    return true;
}

namespace {

QString parameterNames(const SystemPreset& preset)
{
    QStringList names;
    for (const Parameter& parameter : preset.parameters)
        names << parameter.name;
    return names.join(QStringLiteral(", "));
}

} // namespace

bool readPresetParameters(const QCommandLineParser& parser, SystemPreset& preset, QString& message)
{
    for (const QString& assignment : parser.values("param")) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        bool ok = false;
        const double value = equals > 0 ? assignment.mid(equals + 1).toDouble(&ok) : 0.0;
        if (!ok) {
            message = Cli::tr("invalid --param \"%1\": write NAME=VALUE, for example length=1.47")
                          .arg(assignment);
            return false;
        }
        const Status set = setParameter(preset, assignment.left(equals), value);
        if (!set.ok()) {
            message = describeError(set.error());
            if (set.error().kind == ErrorKind::UnknownParameter)
                message +=
                    QLatin1Char(' ') +
                    Cli::tr("The parameters of %1 are: %2.").arg(preset.id, parameterNames(preset));
            return false;
        }
    }
    return true;
}

bool readNamedValues(const QCommandLineParser& parser, const QString& name,
                     std::vector<std::pair<QString, double>>& values, QString& message)
{
    for (const QString& assignment : parser.values(name)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        bool ok = false;
        const double value = equals > 0 ? assignment.mid(equals + 1).toDouble(&ok) : 0.0;
        if (!ok || !std::isfinite(value)) {
            message = Cli::tr("invalid --%1 \"%2\": write NAME=VALUE with a finite number, for "
                              "example g=9.81")
                          .arg(name, assignment);
            return false;
        }
        values.emplace_back(assignment.left(equals).trimmed(), value);
    }
    return true;
}

std::optional<Eigen::VectorXd> parseState(const QString& text, const QStringList& coordinateNames,
                                          QString& message)
{
    const auto dof = static_cast<int>(coordinateNames.size());
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 2 * dof) {
        message = Cli::tr("invalid --state \"%1\": expected %2 comma-separated numbers, the "
                          "coordinates (%3) and then their velocities")
                      .arg(text)
                      .arg(2 * dof)
                      .arg(coordinateNames.join(QLatin1Char(',')));
        return std::nullopt;
    }
    Eigen::VectorXd state(2 * dof);
    for (int i = 0; i < parts.size(); ++i) {
        bool ok = false;
        state[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(state[i])) {
            message = Cli::tr("invalid --state \"%1\": item %2, \"%3\", is not a finite number")
                          .arg(text)
                          .arg(i + 1)
                          .arg(parts[i]);
            return std::nullopt;
        }
    }
    return state;
}

} // namespace lab::cli
