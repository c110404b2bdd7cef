"""CID 4261 Ophthalmic Mapping Acquisition Method.

Extensible, version 20110825, UID 1.2.840.10008.6.1.937.

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
TimeDomain: _Final[_groups.Cid4261Code]
SpectralDomain: _Final[_groups.Cid4261Code]
NoCornealCompensation: _Final[_groups.Cid4261Code]
CornealBirefringenceCompensation: _Final[_groups.Cid4261Code]
RetinalTopography: _Final[_groups.Cid4261Code]
MEMBERS: _Final[tuple[_groups.Cid4261Code, ...]]
