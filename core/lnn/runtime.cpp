// LibTorch's headers come before Qt's (see networkimpl.h).
#include <torch/torch.h>

#include "lnn/trainer.h"

#include <QFileInfo>
#include <dlfcn.h>

namespace lab {

int configureTorchThreads(int requested)
{
    torch::set_num_threads(requested > 0 ? requested : 1);
    return torch::get_num_threads();
}

QString blasLibraryPath()
{
    // sgemm_ is the Fortran BLAS entry point through which Debian's LibTorch multiplies
    // float32 matrices; the library that defines it is the one in use.
    void* symbol = dlsym(RTLD_DEFAULT, "sgemm_");
    Dl_info info{};
    if (symbol == nullptr || dladdr(symbol, &info) == 0 || info.dli_fname == nullptr)
        return {};
    const QString path = QString::fromLocal8Bit(info.dli_fname);
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return resolved.isEmpty() ? path : resolved;
}

bool isReferenceBlas(const QString& path)
{
    // Debian installs the Netlib reference BLAS as .../blas/libblas.so.3; optimised ones live
    // in folders named after them (openblas-openmp, openblas-pthread, blis-openmp, atlas).
    return path.contains(QLatin1String("/blas/libblas.so"));
}

} // namespace lab
