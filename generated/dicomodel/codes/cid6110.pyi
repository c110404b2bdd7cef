"""CID 6110 Lung Anatomy Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.430.

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
LobeOfLung: _Final[_groups.Cid6110Code]
MidlungWindow: _Final[_groups.Cid6110Code]
SecondaryPulmonaryLobule: _Final[_groups.Cid6110Code]
SegmentOfLung: _Final[_groups.Cid6110Code]
MEMBERS: _Final[tuple[_groups.Cid6110Code, ...]]
