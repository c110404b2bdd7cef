"""Parsers: one module per Part, from normalized documents to IR records."""
