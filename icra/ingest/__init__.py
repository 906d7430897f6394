"""Reading agency reports: read -> segment -> extract (see docs/architecture.md)."""
