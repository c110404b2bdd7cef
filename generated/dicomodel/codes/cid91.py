"""CID 91 Functional Condition Present During Acquisition.

Extensible, version 20170914, UID 1.2.840.10008.6.1.891.
Includes CID 3271.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 91
NAME: _Final[str] = "Functional Condition Present During Acquisition"
KEYWORD: _Final[str | None] = "FunctionalConditionPresentDuringAcquisition"
UID: _Final[str | None] = "1.2.840.10008.6.1.891"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = (3271,)
EXTERNAL_SCHEME: _Final[str | None] = None

Phonation: _Final[_Code] = _Code("SCT", "43914001", "Phonation", (91,))
"""Phonation (SCT 43914001)."""

WeightBearing: _Final[_Code] = _Code("SCT", "87731000", "Weight bearing", (91,))
"""Weight bearing (SCT 87731000)."""

DuringVoiding: _Final[_Code] = _Code("DCM", "109137", "During voiding", (91,))
"""During voiding (DCM 109137)."""

PriorToVoiding: _Final[_Code] = _Code("DCM", "109134", "Prior to voiding", (91, 9272))
"""Prior to voiding (DCM 109134)."""

PostVoiding: _Final[_Code] = _Code("DCM", "109135", "Post voiding", (91, 9272))
"""Post voiding (DCM 109135)."""

DrugInfusion: _Final[_Code] = _Code("SCT", "133882006", "Drug infusion", (3250, 3271, 3651))
"""Drug infusion (SCT 133882006). Included from CID 3271."""

ExerciseChallenge: _Final[_Code] = _Code(
    "SCT", "128967005", "Exercise challenge", (3250, 3271, 3651)
)
"""Exercise challenge (SCT 128967005). Included from CID 3271."""

Handgrip: _Final[_Code] = _Code("SCT", "128965002", "Handgrip", (3271, 12002))
"""Handgrip (SCT 128965002). Included from CID 3271."""

HeadUp: _Final[_Code] = _Code("SCT", "128963009", "Head up", (3271,))
"""Head up (SCT 128963009). Included from CID 3271."""

HeldInspiration: _Final[_Code] = _Code("SCT", "128969008", "Held inspiration", (3271,))
"""Held inspiration (SCT 128969008). Included from CID 3271."""

HeldVentilation: _Final[_Code] = _Code("SCT", "128970009", "Held ventilation", (3271,))
"""Held ventilation (SCT 128970009). Included from CID 3271."""

LegUp: _Final[_Code] = _Code("SCT", "128964003", "Leg up", (3271,))
"""Leg up (SCT 128964003). Included from CID 3271."""

NegativeLowerBodyPressure: _Final[_Code] = _Code(
    "SCT", "128966001", "Negative lower body pressure", (3271,)
)
"""Negative lower body pressure (SCT 128966001). Included from CID 3271."""

Pacing: _Final[_Code] = _Code("SCT", "18590009", "Pacing", (3271, 3555, 12002))
"""Pacing (SCT 18590009). Included from CID 3271."""

PostVolumeChallenge: _Final[_Code] = _Code("SCT", "128971008", "Post volume challenge", (3271,))
"""Post volume challenge (SCT 128971008). Included from CID 3271."""

VagalStimulation: _Final[_Code] = _Code("SCT", "128968000", "Vagal stimulation", (3271,))
"""Vagal stimulation (SCT 128968000). Included from CID 3271."""

ValsalvaManeuver: _Final[_Code] = _Code(
    "SCT", "261039008", "Valsalva maneuver", (3271, 3823, 12002)
)
"""Valsalva maneuver (SCT 261039008). Included from CID 3271."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Phonation,
    WeightBearing,
    DuringVoiding,
    PriorToVoiding,
    PostVoiding,
    DrugInfusion,
    ExerciseChallenge,
    Handgrip,
    HeadUp,
    HeldInspiration,
    HeldVentilation,
    LegUp,
    NegativeLowerBodyPressure,
    Pacing,
    PostVolumeChallenge,
    VagalStimulation,
    ValsalvaManeuver,
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
