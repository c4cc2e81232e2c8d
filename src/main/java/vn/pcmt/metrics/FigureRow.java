package vn.pcmt.metrics;

/** An entered figure with the code and name of its unit, for lists. */
public record FigureRow(ManualFigure figure, String unitCode, String unitName) {}
