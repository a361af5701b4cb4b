"""Customer search, the customer file and contact corrections."""
