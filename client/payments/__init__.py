"""Collection: the counter, receipts, reversals, cash close, arrears, notices, bank files."""
