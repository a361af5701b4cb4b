"""Meter reading: reading books, plans, entry, import and validation, exception queue."""
