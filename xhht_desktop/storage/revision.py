"""The schema revision this version of the app writes.

Equal to the newest script in migrations/versions (a test keeps them equal), so that a database
already at this revision opens without loading Alembic.
"""

HEAD = "0009"
