package vn.pcmt.plans.internal;

/** A budget line as read, with its agency's name. */
public record BudgetLineView(BudgetLine line, String agency, BudgetTotal total) {}
