"""CID 12130 Organ Part (Non-Lateralized).

Extensible, version 20200310, UID 1.2.840.10008.6.1.1316.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
LobeOfThyroid: _Final[_groups.Cid12130Code]
ThyroidPart: _Final[_groups.Cid12130Code]
ThyroidIsthmus: _Final[_groups.Cid12130Code]
MEMBERS: _Final[tuple[_groups.Cid12130Code, ...]]
