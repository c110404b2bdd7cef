"""CID 4203 Ophthalmic Photography Illumination.

Extensible, version 20100607, UID 1.2.840.10008.6.1.319.

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
DualDiffuseDirectIllumination: _Final[_Code]
FineSlitBeamDirectIllumination: _Final[_Code]
BroadTangentialDirectIllumination: _Final[_Code]
IndirectScleroticScatterIllumination: _Final[_Code]
IndirectRetroilluminationFromTheIris: _Final[_Code]
IndirectRetroilluminationFromTheRetina: _Final[_Code]
IndirectIrisTransillumination: _Final[_Code]
DiffuseDirectIllumination: _Final[_Code]
ScotopicLight: _Final[_Code]
MesopicLight: _Final[_Code]
PhotopicLight: _Final[_Code]
DynamicLight: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
