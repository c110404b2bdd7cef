"""CID 3703 Wall Motion.

Extensible, version 20111028, UID 1.2.840.10008.6.1.205.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3703
NAME: Final[str] = "Wall Motion"
KEYWORD: Final[str | None] = "WallMotion"
UID: Final[str | None] = "1.2.840.10008.6.1.205"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20111028"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NotEvaluated: Final[Code] = Code("SCT", "373121007", "Not Evaluated", (3703,))
"""Not Evaluated (SCT 373121007)."""

Unknown: Final[Code] = Code("SCT", "261665006", "Unknown", (3703, 6096))
"""Unknown (SCT 261665006)."""

NotVisualized: Final[Code] = Code("DCM", "122288", "Not visualized", (3703,))
"""Not visualized (DCM 122288)."""

NormalWallMotion: Final[Code] = Code("SCT", "373122000", "Normal wall motion", (3703,))
"""Normal wall motion (SCT 373122000)."""

HyperkineticRegion: Final[Code] = Code("SCT", "373123005", "Hyperkinetic region", (3703,))
"""Hyperkinetic region (SCT 373123005)."""

Hypokinesis: Final[Code] = Code("SCT", "37706002", "Hypokinesis", (3703, 3706))
"""Hypokinesis (SCT 37706002)."""

MildHypokinesis: Final[Code] = Code("SCT", "371868005", "Mild Hypokinesis", (3703,))
"""Mild Hypokinesis (SCT 371868005)."""

ModerateHypokinesis: Final[Code] = Code("SCT", "371869002", "Moderate Hypokinesis", (3703,))
"""Moderate Hypokinesis (SCT 371869002)."""

SevereHypokinesis: Final[Code] = Code("SCT", "371870001", "Severe Hypokinesis", (3703,))
"""Severe Hypokinesis (SCT 371870001)."""

Akinesis: Final[Code] = Code("SCT", "195675009", "Akinesis", (3703, 3706))
"""Akinesis (SCT 195675009)."""

Dyskinesis: Final[Code] = Code("SCT", "25437005", "Dyskinesis", (3703,))
"""Dyskinesis (SCT 25437005)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NotEvaluated,
    Unknown,
    NotVisualized,
    NormalWallMotion,
    HyperkineticRegion,
    Hypokinesis,
    MildHypokinesis,
    ModerateHypokinesis,
    SevereHypokinesis,
    Akinesis,
    Dyskinesis,
)
"""The resolved membership: own members, then those of the included groups, in order."""
