"""CID 6111 Bronchovascular Anatomy Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.431.

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
AirwayStructure: _Final[_groups.Cid6111Code]
Bronchus: _Final[_groups.Cid6111Code]
Carina: _Final[_groups.Cid6111Code]
CarinaAngle: _Final[_groups.Cid6111Code]
CentrilobularStructures: _Final[_groups.Cid6111Code]
HilumOfLung: _Final[_groups.Cid6111Code]
MEMBERS: _Final[tuple[_groups.Cid6111Code, ...]]
