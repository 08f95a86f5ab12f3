#include "optionreaders.h"

#include "commandline.h"

#include "errortext.h"

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

} // namespace lab::cli
