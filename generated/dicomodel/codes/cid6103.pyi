"""CID 6103 Abnormal Lines Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.423.

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
ReticulonodularPattern: _Final[_groups.Cid6103Code]
AirFluidLevel: _Final[_groups.Cid6103Code]
CoronaRadiata: _Final[_groups.Cid6103Code]
HoneycombPattern: _Final[_groups.Cid6103Code]
FleischnerLines: _Final[_groups.Cid6103Code]
IntralobularLines: _Final[_groups.Cid6103Code]
KerleyALine: _Final[_groups.Cid6103Code]
KerleyBLine: _Final[_groups.Cid6103Code]
KerleyCLines: _Final[_groups.Cid6103Code]
ParenchymalBand: _Final[_groups.Cid6103Code]
PlateLikeAtelectasis: _Final[_groups.Cid6103Code]
ReticularPattern: _Final[_groups.Cid6103Code]
SeptalLines: _Final[_groups.Cid6103Code]
SubpleuralLine: _Final[_groups.Cid6103Code]
TramlineShadow: _Final[_groups.Cid6103Code]
TubularShadow: _Final[_groups.Cid6103Code]
MEMBERS: _Final[tuple[_groups.Cid6103Code, ...]]
