"""CID 6103 Abnormal Lines Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.423.

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
ReticulonodularPattern: _Final[_Code]
AirFluidLevel: _Final[_Code]
CoronaRadiata: _Final[_Code]
HoneycombPattern: _Final[_Code]
FleischnerLines: _Final[_Code]
IntralobularLines: _Final[_Code]
KerleyALine: _Final[_Code]
KerleyBLine: _Final[_Code]
KerleyCLines: _Final[_Code]
ParenchymalBand: _Final[_Code]
PlateLikeAtelectasis: _Final[_Code]
ReticularPattern: _Final[_Code]
SeptalLines: _Final[_Code]
SubpleuralLine: _Final[_Code]
TramlineShadow: _Final[_Code]
TubularShadow: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
