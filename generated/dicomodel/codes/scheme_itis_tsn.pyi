"""Coding scheme ITIS_TSN: ITIS TSN.

3 codes of PS3.16 context groups and Annex D.

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
PeromyscusLeucopus: _Final[_Code]
PeromyscusManiculatus: _Final[_Code]
SigmodonGenus: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
