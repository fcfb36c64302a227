"""The kinds of entity the knowledge base resolves (light: no database modules)."""

KINDS = ("work", "person", "company")
