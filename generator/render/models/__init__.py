"""Rendering of PS3.3 into pydantic models: modules, macros, IODs, items, enums."""
