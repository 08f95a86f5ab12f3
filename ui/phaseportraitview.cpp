#include "phaseportraitview.h"

#include "coordinatetext.h"
#include "phaseportraitplot.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lab {

PhasePortraitView::PhasePortraitView(QWidget* parent) : QWidget(parent)
{
    m_coordinateLabel = new QLabel(tr("Coordinate:"), this);
    m_coordinates = new QComboBox(this);
    m_coordinates->setObjectName(QStringLiteral("phaseCoordinateCombo"));
    m_coordinateLabel->setBuddy(m_coordinates);
    m_plot = new PhasePortraitPlot(this);

    auto* chooser = new QHBoxLayout;
    chooser->addWidget(m_coordinateLabel);
    chooser->addWidget(m_coordinates);
    chooser->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(chooser);
    layout->addWidget(m_plot, 1);

    connect(m_coordinates, &QComboBox::currentIndexChanged, m_plot,
            &PhasePortraitPlot::setCoordinate);
    clear();
}

void PhasePortraitView::clear()
{
    m_plot->clear();
    m_coordinates->clear();
    m_coordinateLabel->setVisible(false);
    m_coordinates->setVisible(false);
}

void PhasePortraitView::setData(const lab::PhaseSnapshot& snapshot)
{
    const QSignalBlocker blocker(m_coordinates);
    m_coordinates->clear();
    for (const Coordinate& coordinate : snapshot.coordinates)
        m_coordinates->addItem(coordinateSymbol(coordinate.name));
    const bool several = snapshot.coordinates.size() > 1;
    m_coordinateLabel->setVisible(several);
    m_coordinates->setVisible(several);

    m_plot->setData(snapshot);
    m_coordinates->setCurrentIndex(m_plot->coordinate());
}

void PhasePortraitView::setRollouts(const lab::PhaseSnapshot& rollouts)
{
    m_plot->setRollouts(rollouts);
}

} // namespace lab
