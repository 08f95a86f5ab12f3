#include "discoverypanel.h"

#include "candidatedetails.h"
#include "discoverysettingspanel.h"
#include "discoverytext.h"
#include "errordialog.h"
#include "errortext.h"
#include "logging.h"
#include "paretofrontplot.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lab {

namespace {

enum Column
{
    MarkColumn,
    ComplexityColumn,
    LossColumn,
    ScoreColumn,
    FormulaColumn,
    ColumnCount
};

QTableWidgetItem* numberItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

DiscoveryPanel::DiscoveryPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("discoveryPanel"));
    m_plot = new ParetoFrontPlot;
    m_plot->setMinimumWidth(320);

    auto* results = new QSplitter(Qt::Horizontal);
    results->addWidget(m_plot);
    results->addWidget(createTable());
    results->setStretchFactor(0, 2);
    results->setStretchFactor(1, 3);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(createControls());
    layout->addWidget(results, 1);
    setRunning(false);
    clearFront();
}

QWidget* DiscoveryPanel::createControls()
{
    m_settings = new DiscoverySettingsPanel;
    m_startButton = new QPushButton(tr("Start search"));
    m_startButton->setObjectName(QStringLiteral("discoveryStartButton"));
    m_stopButton = new QPushButton(tr("Stop search"));
    m_stopButton->setObjectName(QStringLiteral("discoveryStopButton"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("discoveryStatus"));
    m_status->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_stopButton);
    auto* controls = new QWidget;
    controls->setMaximumWidth(360);
    auto* layout = new QVBoxLayout(controls);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_settings);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_startButton, &QPushButton::clicked, this, &DiscoveryPanel::startRequested);
    connect(m_stopButton, &QPushButton::clicked, this, &DiscoveryPanel::stopRequested);
    return controls;
}

QWidget* DiscoveryPanel::createTable()
{
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("candidateTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Mark"), tr("Complexity"), tr("Loss"), tr("Score"), tr("Lagrangian L")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    // The formula column takes the width that is left, so the table never scrolls sideways.
    // A long formula is elided, and its tooltip and the details below show all of it.
    m_table->horizontalHeader()->setSectionResizeMode(FormulaColumn, QHeaderView::Stretch);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setWordWrap(false);

    m_notes = new QLabel;
    m_notes->setObjectName(QStringLiteral("frontNotes"));
    m_notes->setWordWrap(true);
    m_notes->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_notes->setVisible(false);

    auto* column = new QWidget;
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_notes);
    layout->addWidget(createDetails(), 2);

    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { showCandidate(row); });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& position) {
        QMenu* menu = createContextMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_table->viewport()->mapToGlobal(position));
    });
    return column;
}

QWidget* DiscoveryPanel::createDetails()
{
    m_equations = new QLabel;
    m_equations->setObjectName(QStringLiteral("equationsLabel"));
    m_equations->setWordWrap(true);
    m_equations->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_equations->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_copyTextButton = new QPushButton(tr("Copy as text"));
    m_copyLatexButton = new QPushButton(tr("Copy as LaTeX"));
    m_copySympyButton = new QPushButton(tr("Copy as SymPy"));
    m_copySympyButton->setObjectName(QStringLiteral("copySympyButton"));
    m_exportCsvButton = new QPushButton(tr("Export CSV…"));
    m_exportCsvButton->setObjectName(QStringLiteral("exportCsvButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copyTextButton);
    buttons->addWidget(m_copyLatexButton);
    buttons->addWidget(m_copySympyButton);
    buttons->addStretch();
    buttons->addWidget(m_exportCsvButton);
    auto* details = new QWidget;
    auto* layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_equations, 1);
    layout->addLayout(buttons);

    connect(m_copyTextButton, &QPushButton::clicked, this,
            [this] { copyCandidate(symbolic::Notation::Text); });
    connect(m_copyLatexButton, &QPushButton::clicked, this,
            [this] { copyCandidate(symbolic::Notation::Latex); });
    connect(m_copySympyButton, &QPushButton::clicked, this,
            [this] { copyCandidate(symbolic::Notation::Sympy); });
    connect(m_exportCsvButton, &QPushButton::clicked, this, &DiscoveryPanel::exportCsvWithDialog);
    return details;
}

QMenu* DiscoveryPanel::createContextMenu(QWidget* parent)
{
    auto* menu = new QMenu(parent);
    const bool selected = selectedCandidate() >= 0;
    QAction* text = menu->addAction(tr("Copy as text"), this,
                                    [this] { copyCandidate(symbolic::Notation::Text); });
    QAction* latex = menu->addAction(tr("Copy as LaTeX"), this,
                                     [this] { copyCandidate(symbolic::Notation::Latex); });
    QAction* sympy = menu->addAction(tr("Copy as SymPy"), this,
                                     [this] { copyCandidate(symbolic::Notation::Sympy); });
    menu->addSeparator();
    QAction* csv = menu->addAction(tr("Export CSV…"), this, &DiscoveryPanel::exportCsvWithDialog);
    for (QAction* action : {text, latex, sympy})
        action->setEnabled(selected);
    csv->setEnabled(!m_snapshot.front.candidates.empty());
    return menu;
}

void DiscoveryPanel::setRunning(bool running)
{
    m_startButton->setEnabled(!running);
    m_stopButton->setEnabled(running);
    m_settings->setEnabled(!running);
}

void DiscoveryPanel::setStatus(const QString& text)
{
    m_status->setText(text);
}

void DiscoveryPanel::setData(const lab::PhaseSnapshot& dataRuns)
{
    m_reference = dataRuns.runs.empty() ? Trajectory{} : dataRuns.runs.front();
}

void DiscoveryPanel::clearFront()
{
    m_snapshot = {};
    m_plot->clear();
    m_table->setRowCount(0);
    m_notes->clear();
    m_notes->setVisible(false);
    showCandidate(-1);
}

void DiscoveryPanel::showProgress(const lab::DiscoverySnapshot& snapshot)
{
    m_snapshot = snapshot;
    m_plot->setFront(snapshot.front);
    fillTable();
    setStatus(tr("Searching… %1 s, %2 candidates evaluated, %3 on the front.")
                  .arg(QLocale().toString(snapshot.seconds, 'f', 1),
                       QLocale().toString(snapshot.evaluations))
                  .arg(snapshot.front.candidates.size()));
}

void DiscoveryPanel::showResult(const lab::DiscoverySnapshot& snapshot)
{
    m_snapshot = snapshot;
    m_plot->setFront(snapshot.front);
    fillTable();
    QStringList notes;
    for (const discovery::FrontNote& note : snapshot.front.notes)
        notes << describeFrontNote(note, snapshot.front, snapshot.symbols);
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    setStatus(tr("Search ended (%1) after %2 evaluations in %3 s.")
                  .arg(describeStopReason(snapshot.reason),
                       QLocale().toString(snapshot.evaluations),
                       QLocale().toString(snapshot.seconds, 'f', 1)));
    selectCandidate(snapshot.front.picked);
}

void DiscoveryPanel::fillTable()
{
    const QSignalBlocker blocker(m_table);
    const discovery::ParetoFront& front = m_snapshot.front;
    m_table->clearSelection();
    m_table->setRowCount(static_cast<int>(front.candidates.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const discovery::Candidate& candidate = front.candidates[row];
        QString mark;
        if (row == front.picked)
            mark = tr("★ pick");
        else if (candidate.alternativeTo >= 0)
            mark = tr("≈ alternative");
        auto* markItem = new QTableWidgetItem(mark);
        QFont font = markItem->font();
        font.setBold(row == front.picked);
        m_table->setItem(row, MarkColumn, markItem);
        m_table->setItem(row, ComplexityColumn, numberItem(QString::number(candidate.complexity)));
        m_table->setItem(row, LossColumn,
                         numberItem(QLocale::c().toString(candidate.loss, 'e', 3)));
        m_table->setItem(row, ScoreColumn,
                         numberItem(QLocale::c().toString(candidate.score, 'f', 3)));
        auto* formula = new QTableWidgetItem(symbolic::formatExpression(
            candidate.expression, m_snapshot.symbols, symbolic::Notation::Unicode));
        formula->setToolTip(formula->text());
        m_table->setItem(row, FormulaColumn, formula);
        for (int column = 0; column < ColumnCount; ++column)
            m_table->item(row, column)->setFont(font);
    }
    for (int column = 0; column < FormulaColumn; ++column)
        m_table->resizeColumnToContents(column);
    showCandidate(-1);
}

int DiscoveryPanel::selectedCandidate() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void DiscoveryPanel::selectCandidate(int index)
{
    if (index < 0 || index >= m_table->rowCount()) {
        m_table->clearSelection();
        showCandidate(-1);
        return;
    }
    {
        const QSignalBlocker blocker(m_table);
        m_table->setCurrentCell(index, FormulaColumn);
        m_table->selectRow(index);
    }
    showCandidate(index);
}

void DiscoveryPanel::showCandidate(int index)
{
    const auto& candidates = m_snapshot.front.candidates;
    const bool valid = index >= 0 && index < static_cast<int>(candidates.size());
    m_plot->setSelected(valid ? index : -1);
    for (QPushButton* button : {m_copyTextButton, m_copyLatexButton, m_copySympyButton})
        button->setEnabled(valid);
    m_exportCsvButton->setEnabled(!candidates.empty());
    if (!valid) {
        m_equations->setText(tr("Select a candidate to see its equations of motion."));
        emit rolloutCleared();
        return;
    }
    const discovery::Candidate& candidate = candidates[index];
    const QString formula = symbolic::formatExpression(candidate.expression, m_snapshot.symbols,
                                                       symbolic::Notation::Unicode);
    m_equations->setText(
        tr("L = %1\n\nEquations of motion:\n%2")
            .arg(formula, describeEquationsOfMotion(candidate.expression, m_snapshot.symbols)));
    showRollout(index);
}

void DiscoveryPanel::showRollout(int index)
{
    const discovery::Candidate& candidate = m_snapshot.front.candidates[index];
    if (m_reference.samples() < 2) {
        emit rolloutCleared();
        return;
    }
    const Result<Trajectory> run =
        rolloutCandidate(candidate.expression, m_snapshot.symbols, m_reference);
    if (!run) {
        // A candidate may be degenerate at the data's states, and its row still shows it.
        qCInfo(lcDiscovery) << "no rollout of the candidate of complexity" << candidate.complexity
                            << ":" << describeError(run.error());
        m_equations->setText(m_equations->text() + QStringLiteral("\n\n") +
                             tr("No rollout: %1").arg(describeError(run.error())));
        emit rolloutCleared();
        return;
    }
    emit rolloutReady(*run, tr("Candidate of complexity %1").arg(candidate.complexity));
}

void DiscoveryPanel::copyCandidate(symbolic::Notation notation)
{
    const int index = selectedCandidate();
    if (index < 0)
        return;
    const discovery::Candidate& candidate = m_snapshot.front.candidates[index];
    QApplication::clipboard()->setText(
        symbolic::formatExpression(candidate.expression, m_snapshot.symbols, notation));
}

Status DiscoveryPanel::exportCsv(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return Error{.kind = ErrorKind::FileNotWritable, .file = path, .text = file.errorString()};
    const QByteArray text = frontToCsv(m_snapshot.front, m_snapshot.symbols).toUtf8();
    if (file.write(text) != text.size())
        return Error{.kind = ErrorKind::FileNotWritable, .file = path, .text = file.errorString()};
    qCInfo(lcDiscovery) << "front written to" << path;
    return Success{};
}

void DiscoveryPanel::exportCsvWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export candidates"), QDir::home().filePath(QStringLiteral("pareto.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status status = exportCsv(path);
    if (!status) {
        qCWarning(lcDiscovery) << "CSV export failed:" << describeError(status.error());
        showErrorBox(this, tr("Export failed"), status.error());
    }
}

} // namespace lab
