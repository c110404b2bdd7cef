"""Coding scheme RRID: RRID.

0 codes of PS3.16 context groups and Annex D.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

DESIGNATOR: _Final[str]
NAME: _Final[str]
UID: _Final[str | None]
URI: _Final[str | None]
RETIRED: _Final[bool]
MEMBERS: _Final[tuple[_Code, ...]]
