"""CID 7702 Projection and Thalamic Fiber.

Extensible, version 20160314, UID 1.2.840.10008.6.1.1014.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7702
NAME: Final[str] = "Projection and Thalamic Fiber"
KEYWORD: Final[str | None] = "ProjectionAndThalamicFiber"
UID: Final[str | None] = "1.2.840.10008.6.1.1014"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CorticobulbarTract: Final[Code] = Code("NEU", "1319", "corticobulbar tract", (7702,))
"""corticobulbar tract (NEU 1319)."""

CorticospinalTract: Final[Code] = Code("NEU", "1320", "corticospinal tract", (7702,))
"""corticospinal tract (NEU 1320)."""

InternalCapsule: Final[Code] = Code("SCT", "85637007", "internal capsule", (7702,))
"""internal capsule (SCT 85637007)."""

ExternalCapsule: Final[Code] = Code("SCT", "10517005", "external capsule", (7702,))
"""external capsule (SCT 10517005)."""

AuditoryRadiation: Final[Code] = Code("SCT", "410726006", "auditory radiation", (7702,))
"""auditory radiation (SCT 410726006)."""

OpticRadiation: Final[Code] = Code("SCT", "70105001", "optic radiation", (7153, 7702))
"""optic radiation (SCT 70105001)."""

InferiorOpticRadiationMeyerLoop: Final[Code] = Code(
    "NEU", "1466", "inferior optic radiation (Meyer's loop)", (7702,)
)
"""inferior optic radiation (Meyer's loop) (NEU 1466)."""

SuperiorOpticRadiationBaumLoop: Final[Code] = Code(
    "NEU", "3473", "superior optic radiation (Baum's loop)", (7702,)
)
"""superior optic radiation (Baum's loop) (NEU 3473)."""

AnteriorThalamicRadiation: Final[Code] = Code("NEU", "1726", "anterior thalamic radiation", (7702,))
"""anterior thalamic radiation (NEU 1726)."""

SuperiorThalamicRadiation: Final[Code] = Code("NEU", "2081", "superior thalamic radiation", (7702,))
"""superior thalamic radiation (NEU 2081)."""

InferiorThalamicRadiation: Final[Code] = Code("NEU", "2082", "inferior thalamic radiation", (7702,))
"""inferior thalamic radiation (NEU 2082)."""

PosteriorThalamicRadiation: Final[Code] = Code(
    "NEU", "2083", "posterior thalamic radiation", (7702,)
)
"""posterior thalamic radiation (NEU 2083)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CorticobulbarTract,
    CorticospinalTract,
    InternalCapsule,
    ExternalCapsule,
    AuditoryRadiation,
    OpticRadiation,
    InferiorOpticRadiationMeyerLoop,
    SuperiorOpticRadiationBaumLoop,
    AnteriorThalamicRadiation,
    SuperiorThalamicRadiation,
    InferiorThalamicRadiation,
    PosteriorThalamicRadiation,
)
"""The resolved membership: own members, then those of the included groups, in order."""
