"""Errata and quirks of the published text, each fix citing where it applies and why."""
