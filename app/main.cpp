#include "commandline.h"
#include "mainwindow.h"
#include "translations.h"

#include "lnn/trainer.h"

#include <QApplication>
#include <QDir>
#include <QFile>
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

int runGui(QApplication& application)
{
    lab::MainWindow window;
    window.show();
    return application.exec();
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const bool command = lab::cli::isCommand(arguments);

    // Qt warns on every start when XDG_RUNTIME_DIR is unset (as for root on a server) and
    // then uses /tmp/runtime-<user>; providing that folder with the expected mode keeps the
    // command line's stderr for the lab's own messages.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        provideRuntimeDirectory();

    // Subcommands draw PNGs with Qt but must run without a display.
    if (command && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (command && !qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("lab.*.info=false"));

    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lagrangian Lab"));
    QApplication::setOrganizationName(QStringLiteral("Lagrangian Lab"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    lab::installTranslators(application);

    const int threads = lab::configureTorchThreads(0);
    logRuntime(threads);
    if (command)
        return lab::cli::runCommand(QCoreApplication::arguments());
    return runGui(application);
}
