"""CID 1002 Anatomical Reference Basis - Head.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1123.

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
CarotidArtery: _Final[_Code]
ExternalAuditoryMeatus: _Final[_Code]
ForamenMagnum: _Final[_Code]
FrontalSinus: _Final[_Code]
InternalAuditoryMeatus: _Final[_Code]
LateralCanthus: _Final[_Code]
Mandible: _Final[_Code]
MastoidBone: _Final[_Code]
MastoidCellsAndAntra: _Final[_Code]
MaxillarySinus: _Final[_Code]
Nasion: _Final[_Code]
OrbitalStructure: _Final[_Code]
PituitaryFossa: _Final[_Code]
Skull: _Final[_Code]
TemporalBone: _Final[_Code]
VertexOfHead: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
