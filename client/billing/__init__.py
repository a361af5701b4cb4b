"""Billing: tariffs and the calculator, billing runs, bill review, bills, corrections."""
