"""CID 4253 Visual Field Static Perimetry Fixation Strategy.

Extensible, version 20100827, UID 1.2.840.10008.6.1.912.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4253
NAME: Final[str] = "Visual Field Static Perimetry Fixation Strategy"
KEYWORD: Final[str | None] = "VisualFieldStaticPerimetryFixationStrategy"
UID: Final[str | None] = "1.2.840.10008.6.1.912"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100827"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AutomatedOptical: Final[Code] = Code("DCM", "111843", "Automated Optical", (4253,))
"""Automated Optical (DCM 111843)."""

BlindSpotMonitoring: Final[Code] = Code("DCM", "111844", "Blind Spot Monitoring", (4253,))
"""Blind Spot Monitoring (DCM 111844)."""

MacularFixationTesting: Final[Code] = Code("DCM", "111845", "Macular Fixation Testing", (4253,))
"""Macular Fixation Testing (DCM 111845)."""

ObservationByExaminer: Final[Code] = Code("DCM", "111846", "Observation by Examiner", (4253,))
"""Observation by Examiner (DCM 111846)."""

None_: Final[Code] = Code("SCT", "260413007", "None", (606, 3707, 3716, 4253))
"""None (SCT 260413007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AutomatedOptical,
    BlindSpotMonitoring,
    MacularFixationTesting,
    ObservationByExaminer,
    None_,
)
"""The resolved membership: own members, then those of the included groups, in order."""
