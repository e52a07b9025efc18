"""The JSON API (OpenAPI schema and docs at /api/docs)."""
