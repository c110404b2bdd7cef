"""CID 8101 Container Type.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1043.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
TissueCassette: _Final[_Code]
TissueMicroarrayCassette: _Final[_Code]
SpecimenVial: _Final[_Code]
MicroscopeSlide: _Final[_Code]
SpecimenContainer: _Final[_Code]
ElectronMicroscopyGrid: _Final[_Code]
SpecimenWell: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
