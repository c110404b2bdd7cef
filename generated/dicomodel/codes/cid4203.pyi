"""CID 4203 Ophthalmic Photography Illumination.

Extensible, version 20100607, UID 1.2.840.10008.6.1.319.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4203Code]]
