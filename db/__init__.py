"""Alembic migrations of the project database (shipped as ``curator.migrations``)."""
