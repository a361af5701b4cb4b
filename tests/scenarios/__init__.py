"""Scenario tests: business stories told step by step through the API."""
