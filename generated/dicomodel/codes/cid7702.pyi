"""CID 7702 Projection and Thalamic Fiber.

Extensible, version 20160314, UID 1.2.840.10008.6.1.1014.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CorticobulbarTract: _Final[_groups.Cid7702Code]
CorticospinalTract: _Final[_groups.Cid7702Code]
InternalCapsule: _Final[_groups.Cid7702Code]
ExternalCapsule: _Final[_groups.Cid7702Code]
AuditoryRadiation: _Final[_groups.Cid7702Code]
OpticRadiation: _Final[_groups.Cid7702Code]
InferiorOpticRadiationMeyerLoop: _Final[_groups.Cid7702Code]
SuperiorOpticRadiationBaumLoop: _Final[_groups.Cid7702Code]
AnteriorThalamicRadiation: _Final[_groups.Cid7702Code]
SuperiorThalamicRadiation: _Final[_groups.Cid7702Code]
InferiorThalamicRadiation: _Final[_groups.Cid7702Code]
PosteriorThalamicRadiation: _Final[_groups.Cid7702Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7702Code]]
