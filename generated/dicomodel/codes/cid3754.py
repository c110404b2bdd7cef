"""CID 3754 Vascular Complication.

Extensible, version 20180325, UID 1.2.840.10008.6.1.249.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3754
NAME: Final[str] = "Vascular Complication"
KEYWORD: Final[str | None] = "VascularComplication"
UID: Final[str | None] = "1.2.840.10008.6.1.249"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20180325"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Bleeding: Final[Code] = Code("SCT", "50960005", "Bleeding", (3754, 6338, 7159))
"""Bleeding (SCT 50960005)."""

OcclusionOfArtery: Final[Code] = Code("SCT", "1386000", "Occlusion of artery", (3754,))
"""Occlusion of artery (SCT 1386000)."""

LossOfDistalPulse: Final[Code] = Code("SCT", "414617007", "Loss of distal pulse", (3754,))
"""Loss of distal pulse (SCT 414617007)."""

ArterialDissection: Final[Code] = Code(
    "SCT", "710864009", "Arterial dissection", (3754, 3808, 3810)
)
"""Arterial dissection (SCT 710864009)."""

Pseudoaneurysm: Final[Code] = Code("SCT", "22036004", "Pseudoaneurysm", (3491, 3754, 3810))
"""Pseudoaneurysm (SCT 22036004)."""

AVFistula: Final[Code] = Code("SCT", "128617001", "AV Fistula", (3754, 3810))
"""AV Fistula (SCT 128617001)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Bleeding,
    OcclusionOfArtery,
    LossOfDistalPulse,
    ArterialDissection,
    Pseudoaneurysm,
    AVFistula,
)
"""The resolved membership: own members, then those of the included groups, in order."""
