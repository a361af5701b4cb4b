"""Management reports printed as PDF."""
