#include "data/measuredreader.h"

#include <Eigen/Eigenvalues>
#include <Eigen/QR>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <algorithm>
#include <array>
#include <charconv>
#include <climits>
#include <cmath>
#include <numbers>
#include <optional>
#include <system_error>

namespace lab {
namespace {

/// One non-blank line of the file and its 1-based physical line number.
struct TextLine
{
    int number = 0;
    QString text;
};

/// Layout of the file, as the header and the first data row reveal it.
struct Header
{
    QString trackName;
    QChar delimiter;
    std::size_t firstDataIndex = 0; ///< index of the first data line among the non-blank lines
    bool pointTrack = false;        ///< columns t, x, y of a Tracker point track
    int usedColumns = 0;            ///< columns 1..usedColumns are read and later ones ignored
    int headerColumns = 0;          ///< named columns; cells beyond them must be empty
    QStringList coordinateNames;    ///< names of columns 2..usedColumns, for generic files
};

/// Numbers of the kept data rows: the time and the used columns after it.
struct Table
{
    std::vector<double> time;
    std::vector<double> values; ///< row-major, `columns` per row
    int columns = 0;
    bool decimalComma = false;
};

enum class CellKind
{
    Number,
    Empty,
    NotANumber,
    NonFinite
};

/// One parsed cell.
struct Cell
{
    CellKind kind = CellKind::Empty;
    double value = 0.0;
    bool decimalComma = false; ///< the cell was read with a decimal comma
};

enum class RowStatus
{
    Read,
    Untracked
};

Error makeError(ErrorKind kind, const QString& file, int line, int column, const QString& text)
{
    Error error;
    error.kind = kind;
    error.file = file;
    error.line = line;
    error.column = column;
    error.text = text;
    return error;
}

int toLineNumber(qsizetype index)
{
    return static_cast<int>(std::min<qsizetype>(index + 1, INT_MAX));
}

/// Splits the text at LF, or at CR when the file has no LF, drops the CR of CRLF and skips
/// blank lines. Bytes that are not UTF-8 become replacement characters.
std::vector<TextLine> splitLines(const QByteArray& content)
{
    QString text = QString::fromUtf8(content);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    const QChar separator = text.contains(u'\n') ? u'\n' : u'\r';
    const QStringList physicalLines = text.split(separator);
    std::vector<TextLine> lines;
    for (qsizetype i = 0; i < physicalLines.size(); ++i) {
        QString line = physicalLines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            lines.push_back({toLineNumber(i), line});
    }
    return lines;
}

/// Splits a line into trimmed cells. The delimiter ' ' stands for any run of whitespace.
QStringList splitCells(const QString& line, QChar delimiter)
{
    if (delimiter == u' ')
        return line.simplified().split(u' ', Qt::SkipEmptyParts);

    QStringList cells = line.split(delimiter);
    for (QString& cell : cells)
        cell = cell.trimmed();
    return cells;
}

/// Parses a number in C notation with optional E exponent. With allowDecimalComma, a comma
/// is the decimal point. Values beyond the double range are non-finite, and values too small
/// for it are read as 0.
Cell parseCell(const QString& text, bool allowDecimalComma)
{
    Cell cell;
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return cell;
    if (allowDecimalComma && trimmed.contains(u',')) {
        trimmed.replace(u',', u'.');
        cell.decimalComma = true;
    }

    const QByteArray bytes = trimmed.toLatin1();
    const char* begin = bytes.constData();
    const char* end = begin + bytes.size();
    if (bytes.size() > 1 && bytes[0] == '+' && bytes[1] != '-' && bytes[1] != '+')
        ++begin;

    const auto [stop, status] = std::from_chars(begin, end, cell.value);
    if (stop != end || status == std::errc::invalid_argument) {
        cell.kind = CellKind::NotANumber;
        return cell;
    }
    if (status == std::errc::result_out_of_range)
        cell.value = trimmed.toDouble(); // Qt returns infinity on overflow and 0 on underflow
    cell.kind = std::isfinite(cell.value) ? CellKind::Number : CellKind::NonFinite;
    return cell;
}

bool isNumeric(const QString& text)
{
    const CellKind kind = parseCell(text, true).kind;
    return kind == CellKind::Number || kind == CellKind::NonFinite;
}

/// Splits at tab, ';', ',' and whitespace alike, for guessing the layout before the
/// delimiter is known.
QStringList splitTokens(const QString& line)
{
    QString spaced = line;
    spaced.replace(u'\t', u' ').replace(u';', u' ').replace(u',', u' ');
    return spaced.simplified().split(u' ', Qt::SkipEmptyParts);
}

/// Recognises Tracker's track-name line ("mass_B" or "mass A"): a first line without tab,
/// ';' or ',' that does not start with a number, followed by a header line (not starting
/// with a number) that has more cells.
bool startsWithTrackName(const std::vector<TextLine>& lines)
{
    if (lines.size() < 2)
        return false;

    const QString& first = lines[0].text;
    if (first.contains(u'\t') || first.contains(u';') || first.contains(u','))
        return false;

    const QStringList nameTokens = splitTokens(first);
    const QStringList headerTokens = splitTokens(lines[1].text);
    if (nameTokens.isEmpty() || headerTokens.isEmpty())
        return false;
    if (isNumeric(nameTokens.front()) || isNumeric(headerTokens.front()))
        return false;
    return nameTokens.size() < headerTokens.size();
}

/// Chooses tab, ';' or ',' (in this order of preference) when it splits the header and the
/// first data row into the same number of cells, at least two. Failing that, it chooses the
/// first of them that occurs in both lines, or in the header when there is no data row.
/// Otherwise the delimiter is whitespace, returned as ' '.
QChar detectDelimiter(const QString& header, const QString& firstRow)
{
    const std::array<QChar, 3> candidates = {u'\t', u';', u','};
    for (const QChar candidate : candidates) {
        const qsizetype headerCells = header.count(candidate) + 1;
        if (headerCells >= 2 && firstRow.count(candidate) + 1 == headerCells)
            return candidate;
    }
    for (const QChar candidate : candidates) {
        if (header.contains(candidate) && (firstRow.isEmpty() || firstRow.contains(candidate)))
            return candidate;
    }
    return u' ';
}

/// Removes Tracker's track suffix, as in "x_{1}" or "x_{mass A}".
QString stripTrackSuffix(const QString& name)
{
    const qsizetype suffix = name.lastIndexOf(QStringLiteral("_{"));
    if (suffix > 0 && name.endsWith(u'}'))
        return name.left(suffix);
    return name;
}

bool isAsciiLetter(QChar ch)
{
    return (ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z');
}

bool isIdentifierCharacter(QChar ch)
{
    return isAsciiLetter(ch) || (ch >= u'0' && ch <= u'9') || ch == u'_';
}

/// Turns a header cell into an identifier of ASCII letters, digits and underscores that
/// starts with a letter. A unit in brackets is dropped ("x (m)" becomes "x") and other
/// characters become '_'. A name that does not start with a letter gets the prefix "q", and
/// an empty name becomes "q" followed by the 1-based column number.
QString sanitiseName(const QString& raw, int column)
{
    QString text = stripTrackSuffix(raw.trimmed());
    const auto* const bracket =
        std::find_if(text.begin(), text.end(), [](QChar ch) { return ch == u'(' || ch == u'['; });
    if (bracket != text.begin() && bracket != text.end())
        text = text.left(bracket - text.begin()).trimmed();

    QString name;
    for (const QChar ch : text) {
        if (isIdentifierCharacter(ch))
            name += ch;
        else if (!name.isEmpty() && !name.endsWith(u'_'))
            name += u'_';
    }
    while (name.endsWith(u'_'))
        name.chop(1);

    if (name.isEmpty())
        return QStringLiteral("q%1").arg(column);
    if (!isAsciiLetter(name.front()))
        name.prepend(u'q');
    return name;
}

/// Appends "_2", "_3", ... to names that occur earlier in the list, ignoring case.
void makeNamesUnique(QStringList& names)
{
    QSet<QString> takenNames;
    for (QString& name : names) {
        const QString base = name;
        for (int suffix = 2; takenNames.contains(name.toLower()); ++suffix)
            name = base + QStringLiteral("_%1").arg(suffix);
        takenNames.insert(name.toLower());
    }
}

bool isAngleName(const QString& name)
{
    static constexpr std::array<const char*, 6> prefixes = {"theta", "phi",  "psi",
                                                            "alpha", "beta", "angle"};
    return std::ranges::any_of(prefixes, [&name](const char* prefix) {
        return name.startsWith(QLatin1String(prefix), Qt::CaseInsensitive);
    });
}

bool isPointTrack(const QStringList& cells)
{
    if (cells.size() < 3)
        return false;
    const auto named = [&cells](int index, const char* name) {
        return stripTrackSuffix(cells[index]).compare(QLatin1String(name), Qt::CaseInsensitive) ==
               0;
    };
    return named(0, "t") && named(1, "x") && named(2, "y");
}

/// Describes the columns: a point track (t, x, y and any ignored columns) or a generic table
/// of time and coordinates. Trailing empty header cells are ignored.
Result<Header> describeColumns(QStringList cells, const TextLine& line, const QString& file)
{
    while (!cells.isEmpty() && cells.back().isEmpty())
        cells.removeLast();

    Header header;
    header.headerColumns = static_cast<int>(std::min<qsizetype>(cells.size(), INT_MAX));
    if (isPointTrack(cells)) {
        header.pointTrack = true;
        header.usedColumns = 3;
        return header;
    }
    if (cells.size() < 2) {
        Error error = makeError(ErrorKind::ColumnCountMismatch, file, line.number,
                                static_cast<int>(cells.size()) + 1, line.text);
        error.value = 2;
        return error;
    }

    header.usedColumns = header.headerColumns;
    for (int column = 2; column <= header.usedColumns; ++column)
        header.coordinateNames << sanitiseName(cells[column - 1], column);
    makeNamesUnique(header.coordinateNames);
    return header;
}

/// Reads the optional track-name line and the header, and detects the delimiter.
Result<Header> readHeader(const std::vector<TextLine>& lines, const QString& file)
{
    const bool hasTrackName = startsWithTrackName(lines);
    const std::size_t headerIndex = hasTrackName ? 1 : 0;
    const TextLine& line = lines[headerIndex];
    const QString firstRow =
        headerIndex + 1 < lines.size() ? lines[headerIndex + 1].text : QString();
    const QChar delimiter = detectDelimiter(line.text, firstRow);

    const QStringList cells = splitCells(line.text, delimiter);
    if (cells.isEmpty() || isNumeric(cells.front()))
        return makeError(ErrorKind::MissingHeader, file, line.number, 1, line.text);

    Result<Header> header = describeColumns(cells, line, file);
    if (!header)
        return header;
    header->trackName = hasTrackName ? lines[0].text.trimmed() : QString();
    header->delimiter = delimiter;
    header->firstDataIndex = headerIndex + 1;
    return header;
}

/// Returns an error when the row has fewer cells than the used columns, or a non-empty cell
/// beyond the header's columns (as a decimal comma in a comma-separated file produces).
std::optional<Error> checkCellCount(const QStringList& cells, const TextLine& line,
                                    const Header& header, const QString& file)
{
    int column = 0;
    if (cells.size() < header.usedColumns) {
        column = static_cast<int>(cells.size()) + 1;
    } else {
        for (qsizetype i = header.headerColumns; i < cells.size() && column == 0; ++i) {
            if (!cells[i].isEmpty())
                column = static_cast<int>(std::min<qsizetype>(i + 1, INT_MAX));
        }
    }
    if (column == 0)
        return std::nullopt;

    Error error = makeError(ErrorKind::ColumnCountMismatch, file, line.number, column, line.text);
    error.value = cells.size() < header.usedColumns ? header.usedColumns : header.headerColumns;
    return error;
}

/// Parses the used cells of a row into `numbers`. A row whose coordinate cells are all empty
/// is a frame that Tracker did not track, so it is skipped. Any other empty cell is an error.
Result<RowStatus> parseRow(const TextLine& line, const Header& header, const QString& file,
                           std::vector<double>& numbers, bool& decimalComma)
{
    const QStringList cells = splitCells(line.text, header.delimiter);
    if (const std::optional<Error> error = checkCellCount(cells, line, header, file))
        return *error;

    const bool allowDecimalComma = header.delimiter != u',';
    std::vector<Cell> parsed;
    bool untracked = true;
    for (int column = 0; column < header.usedColumns; ++column) {
        parsed.push_back(parseCell(cells[column], allowDecimalComma));
        if (column > 0 && parsed.back().kind != CellKind::Empty)
            untracked = false;
    }
    if (untracked)
        return RowStatus::Untracked;

    numbers.clear();
    for (int column = 0; column < header.usedColumns; ++column) {
        const Cell& cell = parsed[column];
        if (cell.kind == CellKind::NonFinite)
            return makeError(ErrorKind::NonFiniteValue, file, line.number, column + 1,
                             cells[column]);
        if (cell.kind != CellKind::Number)
            return makeError(ErrorKind::NotANumber, file, line.number, column + 1, cells[column]);
        numbers.push_back(cell.value);
        decimalComma = decimalComma || cell.decimalComma;
    }
    return RowStatus::Read;
}

/// Returns an error when `time` does not follow `previous`. The time cell is the line's first.
std::optional<Error> checkTimeOrder(double time, double previous, const TextLine& line,
                                    const Header& header, const QString& file)
{
    if (time > previous)
        return std::nullopt;

    const QString cell = splitCells(line.text, header.delimiter).value(0);
    const ErrorKind kind =
        time == previous ? ErrorKind::DuplicateTime : ErrorKind::NonIncreasingTime;
    Error error = makeError(kind, file, line.number, 1, cell);
    error.value = previous;
    return error;
}

/// Returns the number of data rows required: options.minRows, but at least the
/// differentiator's degree + 3.
int requiredRows(const ImportOptions& options)
{
    const long long fitRows = static_cast<long long>(options.differentiator.degree) + 3;
    const long long rows = std::max<long long>({options.minRows, fitRows, 3});
    return static_cast<int>(std::min<long long>(rows, INT_MAX));
}

/// Reads every data row after the header and checks that time increases.
Result<Table> readTable(const std::vector<TextLine>& lines, const Header& header,
                        const QString& file, const ImportOptions& options)
{
    Table table;
    table.columns = header.usedColumns - 1;
    std::vector<double> numbers;
    for (std::size_t i = header.firstDataIndex; i < lines.size(); ++i) {
        const Result<RowStatus> status =
            parseRow(lines[i], header, file, numbers, table.decimalComma);
        if (!status)
            return status.error();
        if (*status == RowStatus::Untracked)
            continue;

        if (!table.time.empty()) {
            const auto error =
                checkTimeOrder(numbers[0], table.time.back(), lines[i], header, file);
            if (error)
                return *error;
        }
        table.time.push_back(numbers[0]);
        table.values.insert(table.values.end(), numbers.begin() + 1, numbers.end());
    }

    const int rows = static_cast<int>(std::min<std::size_t>(table.time.size(), INT_MAX));
    if (rows < requiredRows(options)) {
        Error error = makeError(ErrorKind::TooFewRows, file, 0, 0, QString());
        error.value = rows;
        error.limit = requiredRows(options);
        return error;
    }
    return table;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

/// Converts the bob's positions into the angle from the downward vertical about the pivot,
/// atan2(x - x0, -(y - y0)) in radians, and records pivot and median radius.
Status setPendulumAngle(MeasuredData& data, const Eigen::MatrixXd& xy, PivotMode pivot)
{
    data.pivot = Eigen::Vector2d::Zero();
    if (pivot == PivotMode::FitArc) {
        const Result<Eigen::Vector3d> circle = fitCircle(xy.leftCols(2));
        if (!circle)
            return circle.error();
        data.pivot = circle->head<2>();
    }

    const Eigen::Index rows = xy.rows();
    Eigen::MatrixXd angle(rows, 1);
    std::vector<double> radii(static_cast<std::size_t>(rows));
    for (Eigen::Index i = 0; i < rows; ++i) {
        const double dx = xy(i, 0) - data.pivot.x();
        const double dy = xy(i, 1) - data.pivot.y();
        angle(i, 0) = std::atan2(dx, -dy);
        radii[static_cast<std::size_t>(i)] = std::hypot(dx, dy);
    }

    data.rawPositions = angle;
    data.radius = median(std::move(radii));
    data.pendulumTrack = true;
    data.coordinates = {{QStringLiteral("theta"), QStringLiteral("rad"), true}};
    return Success{};
}

/// Sets the coordinates of a point track or a generic table from the values read.
Status setCoordinates(MeasuredData& data, const Eigen::MatrixXd& values, const Header& header,
                      const ImportOptions& options)
{
    if (!header.pointTrack) {
        data.rawPositions = values;
        for (const QString& name : header.coordinateNames) {
            const bool angle = isAngleName(name);
            data.coordinates.push_back({name, angle ? QStringLiteral("rad") : QString(), angle});
        }
        return Success{};
    }
    if (options.point == PointCoordinates::PendulumAngle)
        return setPendulumAngle(data, values, options.pivot);

    data.rawPositions = values.leftCols(2);
    data.coordinates = {{QStringLiteral("x"), QStringLiteral("m"), false},
                        {QStringLiteral("y"), QStringLiteral("m"), false}};
    return Success{};
}

/// Removes the jumps of 2 pi that atan2 and wrapped recordings leave in an angle.
void unwrapAngle(Eigen::Ref<Eigen::VectorXd> angle)
{
    constexpr double turn = 2.0 * std::numbers::pi;
    double offset = 0.0;
    for (Eigen::Index i = 1; i < angle.size(); ++i) {
        const double step = angle[i] + offset - angle[i - 1];
        if (std::isfinite(step))
            offset -= turn * std::round(step / turn);
        angle[i] += offset;
    }
}

/// Builds the result from the table: coordinates, unwrapped angles and their derivatives.
Result<MeasuredData> buildData(const Header& header, const Table& table, const QString& file,
                               const ImportOptions& options)
{
    MeasuredData data;
    data.file = file;
    data.trackName = header.trackName;
    data.delimiter = header.delimiter;
    data.decimalComma = table.decimalComma;

    const auto rows = static_cast<Eigen::Index>(table.time.size());
    using RowMajor = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const Eigen::MatrixXd values =
        Eigen::Map<const RowMajor>(table.values.data(), rows, table.columns);
    data.rawTime = Eigen::Map<const Eigen::VectorXd>(table.time.data(), rows);

    Status status = setCoordinates(data, values, header, options);
    if (!status) {
        Error error = status.error();
        error.file = file;
        return error;
    }
    for (std::size_t c = 0; c < data.coordinates.size(); ++c) {
        if (data.coordinates[c].isAngle)
            unwrapAngle(data.rawPositions.col(static_cast<Eigen::Index>(c)));
    }

    const Derivatives derivatives =
        differentiate(data.rawTime, data.rawPositions, options.differentiator);
    data.trajectory.t = data.rawTime;
    data.trajectory.q = derivatives.value;
    data.trajectory.qd = derivatives.first;
    data.trajectory.qdd = derivatives.second;
    data.window = derivatives.window;
    data.noise = derivatives.noise;
    return data;
}

/// Fits a circle (cx, cy, r) to points centred and scaled to unit RMS radius by minimising
/// the squares of the algebraic distances x^2 + y^2 + a x + b y + c (Kasa's method).
/// Returns nothing when the fit is degenerate.
std::optional<Eigen::Vector3d> fitCircleAlgebraic(const Eigen::MatrixX2d& points)
{
    Eigen::MatrixXd design(points.rows(), 3);
    design.col(0) = points.col(0);
    design.col(1) = points.col(1);
    design.col(2).setOnes();
    const Eigen::VectorXd squares = points.rowwise().squaredNorm();

    const Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(design);
    if (qr.rank() < 3)
        return std::nullopt;
    const Eigen::Vector3d solution = qr.solve(-squares);

    const Eigen::Vector2d centre = -0.5 * solution.head<2>();
    const double radiusSquared = centre.squaredNorm() - solution[2];
    if (!(radiusSquared > 0.0) || !std::isfinite(radiusSquared))
        return std::nullopt;
    return Eigen::Vector3d(centre.x(), centre.y(), std::sqrt(radiusSquared));
}

double geometricCost(const Eigen::MatrixX2d& points, const Eigen::Vector3d& circle)
{
    const Eigen::Vector2d centre = circle.head<2>();
    return ((points.rowwise() - centre.transpose()).rowwise().norm().array() - circle[2])
        .square()
        .sum();
}

/// Refines a circle (cx, cy, r) by Gauss-Newton on the distances |p - c| - r, keeping only
/// steps that lower the sum of their squares.
Eigen::Vector3d refineCircle(const Eigen::MatrixX2d& points, Eigen::Vector3d circle)
{
    const Eigen::Index count = points.rows();
    double cost = geometricCost(points, circle);
    for (int iteration = 0; iteration < 20; ++iteration) {
        Eigen::MatrixXd jacobian(count, 3);
        Eigen::VectorXd residual(count);
        for (Eigen::Index i = 0; i < count; ++i) {
            const Eigen::Vector2d offset = points.row(i).transpose() - circle.head<2>();
            const double distance = offset.norm();
            const Eigen::Vector2d direction =
                distance > 0.0 ? Eigen::Vector2d(offset / distance) : Eigen::Vector2d::Zero();
            jacobian.row(i) << -direction.x(), -direction.y(), -1.0;
            residual[i] = distance - circle[2];
        }

        const Eigen::Vector3d step = jacobian.colPivHouseholderQr().solve(-residual);
        const Eigen::Vector3d candidate = circle + step;
        const double candidateCost = geometricCost(points, candidate);
        if (!(candidateCost <= cost))
            break;
        circle = candidate;
        cost = candidateCost;
        if (step.norm() < 1e-13)
            break;
    }
    return circle;
}

} // namespace

Result<MeasuredData> parseMeasured(const QByteArray& content, const QString& fileName,
                                   const ImportOptions& options)
{
    const std::vector<TextLine> lines = splitLines(content);
    if (lines.empty())
        return makeError(ErrorKind::EmptyFile, fileName, 0, 0, QString());

    const Result<Header> header = readHeader(lines, fileName);
    if (!header)
        return header.error();

    const Result<Table> table = readTable(lines, *header, fileName, options);
    if (!table)
        return table.error();

    return buildData(*header, *table, fileName, options);
}

Result<MeasuredData> readMeasured(const QString& path, const ImportOptions& options)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorKind::FileNotFound, path, 0, 0, QString());
    if (QFileInfo(path).isDir())
        return makeError(ErrorKind::FileUnreadable, path, 0, 0, QStringLiteral("is a directory"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::FileUnreadable, path, 0, 0, file.errorString());

    const QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorKind::FileUnreadable, path, 0, 0, file.errorString());
    return parseMeasured(content, path, options);
}

Result<Eigen::Vector3d> fitCircle(const Eigen::MatrixX2d& points)
{
    Error error = makeError(ErrorKind::InvalidParameter, QString(), 0, 0, QStringLiteral("points"));
    if (points.rows() < 3) {
        error.value = static_cast<double>(points.rows());
        error.limit = 3;
        return error;
    }
    if (!points.allFinite()) {
        error.text = QStringLiteral("non-finite points");
        return error;
    }

    // Work in coordinates centred on the mean and scaled to unit RMS distance, where the
    // covariance reveals collinear points and the fits are well conditioned.
    const Eigen::RowVector2d mean = points.colwise().mean();
    const Eigen::MatrixX2d centred = points.rowwise() - mean;
    const double scale = std::sqrt(centred.squaredNorm() / static_cast<double>(points.rows()));
    const Eigen::MatrixX2d unit = centred / (scale > 0.0 ? scale : 1.0);
    const Eigen::Matrix2d covariance = unit.transpose() * unit / static_cast<double>(unit.rows());
    const Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> eigen(covariance);

    error.text = QStringLiteral("collinear points");
    if (!(scale > 0.0) || !(eigen.eigenvalues()[0] > 1e-12))
        return error;
    const std::optional<Eigen::Vector3d> guess = fitCircleAlgebraic(unit);
    if (!guess)
        return error;

    const Eigen::Vector3d circle = refineCircle(unit, *guess);
    const Eigen::Vector3d result(mean.x() + scale * circle[0], mean.y() + scale * circle[1],
                                 scale * std::abs(circle[2]));
    if (!result.allFinite())
        return error;
    return result;
}

} // namespace lab
