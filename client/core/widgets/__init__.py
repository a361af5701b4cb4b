"""Shared widgets and models."""
