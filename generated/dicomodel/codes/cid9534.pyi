"""CID 9534 Radiotherapy Target.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1244.

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
CTVNodal: _Final[_Code]
CTVPrimary: _Final[_Code]
CTV: _Final[_Code]
GTVNodal: _Final[_Code]
GTVPrimary: _Final[_Code]
GTV: _Final[_Code]
PTVNodal: _Final[_Code]
PTVPrimary: _Final[_Code]
PTV: _Final[_Code]
ITV: _Final[_Code]
TreatedVolume: _Final[_Code]
IrradiatedVolume: _Final[_Code]
EntireBodyTargetVolume: _Final[_Code]
RadiationDoseNormalizationPoint: _Final[_Code]
RadiationDoseReferencePoint: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
