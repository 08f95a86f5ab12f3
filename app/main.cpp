#include "commandline.h"
#include "mainwindow.h"
#include "translations.h"

#include "lnn/trainer.h"

#include <QApplication>
#include <QLoggingCategory>

#include <memory>

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
