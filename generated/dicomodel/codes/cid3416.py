"""CID 3416 Respiration Rhythm.

Extensible, version 20030327, UID 1.2.840.10008.6.1.81.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3416
NAME: Final[str] = "Respiration Rhythm"
KEYWORD: Final[str | None] = "RespirationRhythm"
UID: Final[str | None] = "1.2.840.10008.6.1.81"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NormalRespiratoryRhythm: Final[Code] = Code("SCT", "5467003", "normal respiratory rhythm", (3416,))
"""normal respiratory rhythm (SCT 5467003)."""

IrregularBreathing: Final[Code] = Code("SCT", "248585001", "irregular breathing", (3416,))
"""irregular breathing (SCT 248585001)."""

GaspingRespiration: Final[Code] = Code("SCT", "23141003", "gasping respiration", (3416,))
"""gasping respiration (SCT 23141003)."""

AbnormalRespiratoryRhythm: Final[Code] = Code(
    "SCT", "248584002", "abnormal respiratory rhythm", (3416,)
)
"""abnormal respiratory rhythm (SCT 248584002)."""

RespirationIntermittent: Final[Code] = Code("SCT", "271824009", "respiration intermittent", (3416,))
"""respiration intermittent (SCT 271824009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NormalRespiratoryRhythm,
    IrregularBreathing,
    GaspingRespiration,
    AbnormalRespiratoryRhythm,
    RespirationIntermittent,
)
"""The resolved membership: own members, then those of the included groups, in order."""
