"""CID 7702 Projection and Thalamic Fiber.

Extensible, version 20160314, UID 1.2.840.10008.6.1.1014.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7702
NAME: _Final[str] = "Projection and Thalamic Fiber"
KEYWORD: _Final[str | None] = "ProjectionAndThalamicFiber"
UID: _Final[str | None] = "1.2.840.10008.6.1.1014"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CorticobulbarTract: _Final[_Code] = _Code("NEU", "1319", "corticobulbar tract", (7702,))
"""corticobulbar tract (NEU 1319)."""

CorticospinalTract: _Final[_Code] = _Code("NEU", "1320", "corticospinal tract", (7702,))
"""corticospinal tract (NEU 1320)."""

InternalCapsule: _Final[_Code] = _Code("SCT", "85637007", "internal capsule", (7702,))
"""internal capsule (SCT 85637007)."""

ExternalCapsule: _Final[_Code] = _Code("SCT", "10517005", "external capsule", (7702,))
"""external capsule (SCT 10517005)."""

AuditoryRadiation: _Final[_Code] = _Code("SCT", "410726006", "auditory radiation", (7702,))
"""auditory radiation (SCT 410726006)."""

OpticRadiation: _Final[_Code] = _Code("SCT", "70105001", "optic radiation", (7153, 7702))
"""optic radiation (SCT 70105001)."""

InferiorOpticRadiationMeyerLoop: _Final[_Code] = _Code(
    "NEU", "1466", "inferior optic radiation (Meyer's loop)", (7702,)
)
"""inferior optic radiation (Meyer's loop) (NEU 1466)."""

SuperiorOpticRadiationBaumLoop: _Final[_Code] = _Code(
    "NEU", "3473", "superior optic radiation (Baum's loop)", (7702,)
)
"""superior optic radiation (Baum's loop) (NEU 3473)."""

AnteriorThalamicRadiation: _Final[_Code] = _Code(
    "NEU", "1726", "anterior thalamic radiation", (7702,)
)
"""anterior thalamic radiation (NEU 1726)."""

SuperiorThalamicRadiation: _Final[_Code] = _Code(
    "NEU", "2081", "superior thalamic radiation", (7702,)
)
"""superior thalamic radiation (NEU 2081)."""

InferiorThalamicRadiation: _Final[_Code] = _Code(
    "NEU", "2082", "inferior thalamic radiation", (7702,)
)
"""inferior thalamic radiation (NEU 2082)."""

PosteriorThalamicRadiation: _Final[_Code] = _Code(
    "NEU", "2083", "posterior thalamic radiation", (7702,)
)
"""posterior thalamic radiation (NEU 2083)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
