"""CID 8101 Container Type.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1043.

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
TissueCassette: _Final[_groups.Cid8101Code]
TissueMicroarrayCassette: _Final[_groups.Cid8101Code]
SpecimenVial: _Final[_groups.Cid8101Code]
MicroscopeSlide: _Final[_groups.Cid8101Code]
SpecimenContainer: _Final[_groups.Cid8101Code]
ElectronMicroscopyGrid: _Final[_groups.Cid8101Code]
SpecimenWell: _Final[_groups.Cid8101Code]
MEMBERS: _Final[tuple[_groups.Cid8101Code, ...]]
