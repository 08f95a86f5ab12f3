#include "bench/conservationbenchmark.h"
#include "bench/exprbenchmark.h"
#include "bench/lnnbenchmark.h"
#include "bench/searchbenchmark.h"
#include "bench/termsbenchmark.h"

#include <QCoreApplication>
#include <cstdio>

namespace {

void printUsage()
{
    std::fprintf(stderr,
                 "usage: lagrangian-lab-bench lnn [--system pendulum|double_pendulum] "
                 "[--steps N] [--threads T] [--batch B] [--hidden H] [--seed S]\n"
                 "Prints one line of JSON with the median milliseconds per training step.\n"
                 "       lagrangian-lab-bench expr [--states N] [--repeat R]\n"
                 "Prints one line of JSON per evaluator and case with the median throughput in "
                 "states and tree nodes per second, and the scalar floating-point peak.\n"
                 "       lagrangian-lab-bench search [--system NAME] [--seeds N] "
                 "[--time-limit S]\n"
                 "Prints one line of JSON per system with the median time and evaluations that "
                 "symbolic regression takes to reach the true Lagrangian's loss.\n"
                 "       lagrangian-lab-bench terms --lagrangian L --coordinates A,B "
                 "[--ranges LO:HI,...] --terms 'T1;T2|T3;T4'\n"
                 "Prints the fitted motion loss of each term set on data simulated from L.\n"
                 "       lagrangian-lab-bench integrators [--time-step H] [--steps N] "
                 "[--theta0 RAD]\n"
                 "Prints one line of JSON per integrator with the pendulum's energy error.\n"
                 "       lagrangian-lab-bench damping --file PATH --stiffness C\n"
                 "Prints one line of JSON with the energy loss rate and the damping gamma of a "
                 "measured pendulum track under L = 1/2 thetadot^2 + C cos(theta).\n");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        printUsage();
        return 2;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("lnn"))
        return lab::bench::runLnnBenchmark(arguments);
    if (command == QLatin1String("expr"))
        return lab::bench::runExpressionBenchmark(arguments);
    if (command == QLatin1String("search"))
        return lab::bench::runSearchBenchmark(arguments);
    if (command == QLatin1String("terms"))
        return lab::bench::runTermsBenchmark(arguments);
    if (command == QLatin1String("integrators"))
        return lab::bench::runIntegratorBenchmark(arguments);
    if (command == QLatin1String("damping"))
        return lab::bench::runDampingBenchmark(arguments);
    printUsage();
    return 2;
}
