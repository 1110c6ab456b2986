"""Pure Python: entities, validation and text rules. Imports nothing of ours above it."""
