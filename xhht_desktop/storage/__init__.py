"""SQLAlchemy models, repositories and migrations over one local SQLite file."""
