"""CID 7702 Projection and Thalamic Fiber.

Extensible, version 20160314, UID 1.2.840.10008.6.1.1014.

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
MEMBERS: _Final[tuple[_groups.Cid7702Code, ...]]
