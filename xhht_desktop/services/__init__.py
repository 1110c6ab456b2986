"""Use cases: one transaction per user action. No Qt here."""
