"""Data packages carried on USB sticks up the association tree: signed, checked, encrypted."""
