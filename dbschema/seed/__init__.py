"""Reference data (roles, permissions) and the demo utility generator."""
