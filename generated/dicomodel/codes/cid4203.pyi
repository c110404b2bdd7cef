"""CID 4203 Ophthalmic Photography Illumination.

Extensible, version 20100607, UID 1.2.840.10008.6.1.319.

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
DualDiffuseDirectIllumination: _Final[_groups.Cid4203Code]
FineSlitBeamDirectIllumination: _Final[_groups.Cid4203Code]
BroadTangentialDirectIllumination: _Final[_groups.Cid4203Code]
IndirectScleroticScatterIllumination: _Final[_groups.Cid4203Code]
IndirectRetroilluminationFromTheIris: _Final[_groups.Cid4203Code]
IndirectRetroilluminationFromTheRetina: _Final[_groups.Cid4203Code]
IndirectIrisTransillumination: _Final[_groups.Cid4203Code]
DiffuseDirectIllumination: _Final[_groups.Cid4203Code]
ScotopicLight: _Final[_groups.Cid4203Code]
MesopicLight: _Final[_groups.Cid4203Code]
PhotopicLight: _Final[_groups.Cid4203Code]
DynamicLight: _Final[_groups.Cid4203Code]
MEMBERS: _Final[tuple[_groups.Cid4203Code, ...]]
