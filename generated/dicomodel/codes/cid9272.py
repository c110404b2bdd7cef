"""CID 9272 RT ROI Image Acquisition Context.

Extensible, version 20240114, UID 1.2.840.10008.6.1.1481.
Includes CID 3823.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9272
NAME: Final[str] = "RT ROI Image Acquisition Context"
KEYWORD: Final[str | None] = "RTROIImageAcquisitionContext"
UID: Final[str | None] = "1.2.840.10008.6.1.1481"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240114"
INCLUDES: Final[tuple[int, ...]] = (3823,)
EXTERNAL_SCHEME: Final[str | None] = None

PriorToVoiding: Final[Code] = Code("DCM", "109134", "Prior to voiding", (91, 9272))
"""Prior to voiding (DCM 109134)."""

PostVoiding: Final[Code] = Code("DCM", "109135", "Post voiding", (91, 9272))
"""Post voiding (DCM 109135)."""

FullRectum: Final[Code] = Code("SCT", "249602003", "Full Rectum", (9272,))
"""Full Rectum (SCT 249602003)."""

EmptyRectum: Final[Code] = Code("SCT", "249599008", "Empty Rectum", (9272,))
"""Empty Rectum (SCT 249599008)."""

PreSurgicalAnatomy: Final[Code] = Code("DCM", "130833", "Pre-surgical anatomy", (9272,))
"""Pre-surgical anatomy (DCM 130833)."""

PostSurgicalAnatomy: Final[Code] = Code("SCT", "245849007", "Post-surgical anatomy", (9272,))
"""Post-surgical anatomy (SCT 245849007)."""

Inspiration: Final[Code] = Code("SCT", "14910006", "inspiration", (3823, 12234))
"""inspiration (SCT 14910006). Included from CID 3823."""

Expiration: Final[Code] = Code("SCT", "58322009", "expiration", (3823, 12234))
"""expiration (SCT 58322009). Included from CID 3823."""

AutonomousBreathing: Final[Code] = Code("SCT", "45804006", "autonomous breathing", (3823,))
"""autonomous breathing (SCT 45804006). Included from CID 3823."""

ValsalvaManeuver: Final[Code] = Code("SCT", "261039008", "Valsalva maneuver", (3271, 3823, 12002))
"""Valsalva maneuver (SCT 261039008). Included from CID 3823."""

CentralBreathingPosition: Final[Code] = Code("DCM", "122612", "central breathing position", (3823,))
"""central breathing position (DCM 122612). Included from CID 3823."""

ShallowBreathing: Final[Code] = Code("SCT", "386616007", "shallow breathing", (3823,))
"""shallow breathing (SCT 386616007). Included from CID 3823."""

MEMBERS: Final[tuple[Code, ...]] = (
    PriorToVoiding,
    PostVoiding,
    FullRectum,
    EmptyRectum,
    PreSurgicalAnatomy,
    PostSurgicalAnatomy,
    Inspiration,
    Expiration,
    AutonomousBreathing,
    ValsalvaManeuver,
    CentralBreathingPosition,
    ShallowBreathing,
)
"""The resolved membership: own members, then those of the included groups, in order."""
