"""Alembic environment: the connection is handed in by xhht_desktop.storage.migrate."""

from alembic import context

from xhht_desktop.storage.orm import FTS_OBJECTS, Base


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    # The full-text index is raw SQL, not a model.
    return not (type_ == "table" and name in FTS_OBJECTS)


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
