#include "commandline.h"
#include "mainwindow.h"
#include "translations.h"

#include "lnn/trainer.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QLoggingCategory>

#include <memory>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcApp, "lab.app")

namespace {

/// Logs the BLAS library and thread count in force, and warns about the slow reference BLAS.
void logRuntime(int threads)
{
    const QString blas = lab::blasLibraryPath();
    qCInfo(lcApp) << "LibTorch threads:" << threads
                  << "BLAS:" << (blas.isEmpty() ? "unknown" : blas);
    if (lab::isReferenceBlas(blas))
        qCWarning(lcApp).noquote()
            << "The reference BLAS is in use; training runs several times slower. Install "
               "libopenblas0-openmp (sudo apt-get install libopenblas0-openmp).";
}

void provideRuntimeDirectory()
{
    const QString path = QDir::temp().filePath(QStringLiteral("runtime-%1").arg(getuid()));
    if (!QDir().mkpath(path))
        return;
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(path));
}

QString unknownCommandReason(const QString& argument)
{
    return lab::cli::Cli::tr("unknown command or option \"%1\". Commands: train, accelerations, "
                             "discover, rollout, conserved; "
                             "run 'lagrangian-lab --help' for their use, or give no argument "
                             "to open the window.")
        .arg(argument);
}

QString noDisplayReason()
{
    return lab::cli::Cli::tr("no display found (DISPLAY is not set), so the window cannot open. "
                             "Run it on a desktop or under xvfb-run, or use a command such as "
                             "'lagrangian-lab train --help'.");
}

int runGui(QApplication& application)
{
    lab::MainWindow window;
    window.show();
    // exec() is static, but calling it on the parameter shows which application runs.
    // NOLINTNEXTLINE(readability-static-accessed-through-instance)
    return application.exec();
}

/// Prints a reason for not starting and returns the exit status, translated like the rest.
int rejectStart(int argc, char** argv, const QString& reason)
{
    QCoreApplication application(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("lab.*.debug=false\nlab.*.info=false"));
    lab::installTranslators(application);
    lab::cli::printError(QStringLiteral("lagrangian-lab: ") + reason);
    return 2;
}

/// Puts Noto Sans first when it is installed. DejaVu Sans, the usual default on Debian, draws
/// no combining dot over Greek letters, so the velocity θ̇ in a formula would read as θ.
void preferFormulaFont()
{
    const QString noto = QStringLiteral("Noto Sans");
    if (!QFontDatabase::hasFamily(noto))
        return;
    QFont font = QApplication::font();
    font.setFamilies({noto, font.family()});
    QApplication::setFont(font);
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const bool command = lab::cli::isCommand(arguments);
    if (!command && arguments.size() > 1 && !arguments.at(1).startsWith(QLatin1Char('-')))
        return rejectStart(argc, argv, unknownCommandReason(arguments.at(1)));
    if (!command && !hasDisplay())
        return rejectStart(argc, argv, noDisplayReason());

    // Qt warns on every start when XDG_RUNTIME_DIR is unset (as for root on a server) and
    // then uses /tmp/runtime-<user>; providing that folder with the expected mode keeps the
    // command line's stderr for the lab's own messages.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        provideRuntimeDirectory();

    // Subcommands draw PNGs with Qt but must run without a display.
    if (command && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (command && !qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("lab.*.debug=false\nlab.*.info=false"));

    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lagrangian Lab"));
    QApplication::setOrganizationName(QStringLiteral("Lagrangian Lab"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    lab::installTranslators(application);
    preferFormulaFont();

    // QApplication has taken its own options (-platform, -style, ...); any other is unknown.
    const QStringList rest = QCoreApplication::arguments().mid(1);
    if (!command && !rest.isEmpty()) {
        lab::cli::printError(QStringLiteral("lagrangian-lab: ") +
                             unknownCommandReason(rest.first()));
        return 2;
    }

    const int threads = lab::configureTorchThreads(0);
    logRuntime(threads);
    if (command)
        return lab::cli::runCommand(QCoreApplication::arguments());
    return runGui(application);
}
