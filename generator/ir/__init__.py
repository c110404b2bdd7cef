"""The intermediate representation: the standard as frozen, typed records.

Parsers produce it, the renderer consumes it, ``dicomodel-gen diff`` compares
two of them. It serializes to sorted, deterministic JSON.
"""
