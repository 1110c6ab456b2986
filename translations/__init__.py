"""Translation sources (.ts) and their compiled form (.qm)."""
