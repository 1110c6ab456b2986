"""Data files shipped with the app (fonts, lists, icons). See each folder's licence."""
