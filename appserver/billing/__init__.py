"""Billing: tariffs, the rating engine (``billing.rating``), billing runs, bills and corrections."""
