"""CID 7702 Projection and Thalamic Fiber.

Extensible, version 20160314, UID 1.2.840.10008.6.1.1014.

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
CorticobulbarTract: _Final[_Code]
CorticospinalTract: _Final[_Code]
InternalCapsule: _Final[_Code]
ExternalCapsule: _Final[_Code]
AuditoryRadiation: _Final[_Code]
OpticRadiation: _Final[_Code]
InferiorOpticRadiationMeyerLoop: _Final[_Code]
SuperiorOpticRadiationBaumLoop: _Final[_Code]
AnteriorThalamicRadiation: _Final[_Code]
SuperiorThalamicRadiation: _Final[_Code]
InferiorThalamicRadiation: _Final[_Code]
PosteriorThalamicRadiation: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
