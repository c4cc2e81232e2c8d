package vn.pcmt.metrics.internal;

import vn.pcmt.metrics.ManualFigure;

/** An entered figure with the code and name of its unit, for lists. */
public record FigureRow(ManualFigure figure, String unitCode, String unitName) {}
