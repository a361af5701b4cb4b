"""Management reports (PDF)."""
