#include "commandline.h"

#include <QCoreApplication>
#include <QTextStream>

namespace lab::cli {

namespace {

QString usage()
{
    return Cli::tr(
        "usage: lagrangian-lab [COMMAND] [OPTIONS]\n"
        "Without a command, starts the lab's window.\n\n"
        "commands:\n"
        "  train          train a Lagrangian neural network on a preset system or measured "
        "data\n"
        "  accelerations  print a trained model's accelerations at one state as JSON\n"
        "  discover       search for closed-form Lagrangians of a system, measured data or a "
        "trained model\n"
        "  rollout        write a model's motion from one state, with energy and momenta, as "
        "CSV\n"
        "  conserved      print a model's energy and conserved momenta (and measured damping) "
        "as JSON\n\n"
        "Run 'lagrangian-lab COMMAND --help' for the options of a command.\n");
}

} // namespace

bool isCommand(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString& first = arguments.at(1);
    return first == QLatin1String("train") || first == QLatin1String("accelerations") ||
           first == QLatin1String("discover") || first == QLatin1String("rollout") ||
           first == QLatin1String("conserved") || first == QLatin1String("help") ||
           first == QLatin1String("--help") || first == QLatin1String("-h") ||
           first == QLatin1String("--version");
}

void printError(const QString& message)
{
    QTextStream(stderr) << message << Qt::endl;
}

int runCommand(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("train"))
        return runTrain(rest);
    if (command == QLatin1String("accelerations"))
        return runAccelerations(rest);
    if (command == QLatin1String("discover"))
        return runDiscover(rest);
    if (command == QLatin1String("rollout"))
        return runRollout(rest);
    if (command == QLatin1String("conserved"))
        return runConserved(rest);
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "lagrangian-lab " << QCoreApplication::applicationVersion()
                            << Qt::endl;
        return 0;
    }
    QTextStream(stdout) << usage();
    return 0;
}

} // namespace lab::cli
