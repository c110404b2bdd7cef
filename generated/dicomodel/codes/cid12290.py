"""CID 12290 Cardiac Ultrasound Pulmonary Artery Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.870.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12290
NAME: Final[str] = "Cardiac Ultrasound Pulmonary Artery Finding Site"
KEYWORD: Final[str | None] = "CardiacUltrasoundPulmonaryArteryFindingSite"
UID: Final[str | None] = "1.2.840.10008.6.1.870"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100317"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PulmonaryTrunk: Final[Code] = Code("SCT", "45341000", "Pulmonary Trunk", (3829, 6117, 12290, 12305))
"""Pulmonary Trunk (SCT 45341000)."""

PulmonaryArtery: Final[Code] = Code(
    "SCT", "81040000", "Pulmonary Artery", (3010, 3606, 3610, 4030, 6117, 12141, 12290, 12305)
)
"""Pulmonary Artery (SCT 81040000)."""

AortaToPulmonaryArteryConnection: Final[Code] = Code(
    "SCT", "443096004", "Aorta to Pulmonary Artery Connection", (12290, 12293)
)
"""Aorta to Pulmonary Artery Connection (SCT 443096004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PulmonaryTrunk,
    PulmonaryArtery,
    AortaToPulmonaryArteryConnection,
)
"""The resolved membership: own members, then those of the included groups, in order."""
