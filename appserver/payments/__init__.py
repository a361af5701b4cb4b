"""Receivables and collection: ledger, counter payments, penalties, arrears, bank files."""
