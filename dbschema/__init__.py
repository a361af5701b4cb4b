"""PMIS data management layer: SQLAlchemy models, Alembic migrations, seed data."""
