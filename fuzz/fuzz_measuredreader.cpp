// libFuzzer target for the measured-data reader. parseMeasured() is expected to return a
// result or an error for any bytes; a crash, a hang or a sanitizer report fails the run.
#include "data/measuredreader.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return 0;
    }

    // The first byte selects the import options, so every option pair is reached from one
    // corpus: bit 0 the pivot mode, bit 1 the point coordinates. The rest is the file.
    const uint8_t selector = data[0];
    lab::ImportOptions options;
    options.pivot = (selector & 1U) != 0 ? lab::PivotMode::FitArc : lab::PivotMode::Origin;
    options.point = (selector & 2U) != 0 ? lab::PointCoordinates::Cartesian
                                         : lab::PointCoordinates::PendulumAngle;

    const QByteArray content(reinterpret_cast<const char*>(data + 1),
                             static_cast<qsizetype>(size - 1));
    const lab::Result<lab::MeasuredData> result =
        lab::parseMeasured(content, QStringLiteral("fuzz-input.txt"), options);
    static_cast<void>(result.ok());
    return 0;
}
