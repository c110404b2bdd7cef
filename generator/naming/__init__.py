"""Naming: every Python identifier the renderers write is handed out here.

- :mod:`generator.naming.identifiers`: IOD class names, CID and coding scheme
  module names, coding scheme attribute names, Python-safe identifiers.
- :mod:`generator.naming.members`: the one collision rule that names the code
  constants of a CID or coding scheme module.
- :mod:`generator.naming.literals`: Python literals for text (strings, docstrings).

Renderers never spell an identifier themselves; templates never do either.
"""
