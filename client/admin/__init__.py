"""Administration screens: users, roles, the organisation tree and the audit log."""
