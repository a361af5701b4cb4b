"""Meter reading: books, plans, keyboard entry, file import, the exception queue."""
