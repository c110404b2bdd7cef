"""CID 3271 Hemodynamic Physiological Challenge.

Extensible, version 20100625, UID 1.2.840.10008.6.1.61.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3271
NAME: Final[str] = "Hemodynamic Physiological Challenge"
KEYWORD: Final[str | None] = "HemodynamicPhysiologicalChallenge"
UID: Final[str | None] = "1.2.840.10008.6.1.61"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100625"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DrugInfusion: Final[Code] = Code("SCT", "133882006", "Drug infusion", (3250, 3271, 3651))
"""Drug infusion (SCT 133882006)."""

ExerciseChallenge: Final[Code] = Code("SCT", "128967005", "Exercise challenge", (3250, 3271, 3651))
"""Exercise challenge (SCT 128967005)."""

Handgrip: Final[Code] = Code("SCT", "128965002", "Handgrip", (3271, 12002))
"""Handgrip (SCT 128965002)."""

HeadUp: Final[Code] = Code("SCT", "128963009", "Head up", (3271,))
"""Head up (SCT 128963009)."""

HeldInspiration: Final[Code] = Code("SCT", "128969008", "Held inspiration", (3271,))
"""Held inspiration (SCT 128969008)."""

HeldVentilation: Final[Code] = Code("SCT", "128970009", "Held ventilation", (3271,))
"""Held ventilation (SCT 128970009)."""

LegUp: Final[Code] = Code("SCT", "128964003", "Leg up", (3271,))
"""Leg up (SCT 128964003)."""

NegativeLowerBodyPressure: Final[Code] = Code(
    "SCT", "128966001", "Negative lower body pressure", (3271,)
)
"""Negative lower body pressure (SCT 128966001)."""

Pacing: Final[Code] = Code("SCT", "18590009", "Pacing", (3271, 3555, 12002))
"""Pacing (SCT 18590009)."""

PostVolumeChallenge: Final[Code] = Code("SCT", "128971008", "Post volume challenge", (3271,))
"""Post volume challenge (SCT 128971008)."""

VagalStimulation: Final[Code] = Code("SCT", "128968000", "Vagal stimulation", (3271,))
"""Vagal stimulation (SCT 128968000)."""

ValsalvaManeuver: Final[Code] = Code("SCT", "261039008", "Valsalva maneuver", (3271, 3823, 12002))
"""Valsalva maneuver (SCT 261039008)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
