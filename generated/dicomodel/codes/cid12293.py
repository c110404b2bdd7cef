"""CID 12293 Cardiac Ultrasound Aortopulmonary Connection Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.873.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12293
NAME: Final[str] = "Cardiac Ultrasound Aortopulmonary Connection Finding Site"
KEYWORD: Final[str | None] = "CardiacUltrasoundAortopulmonaryConnectionFindingSite"
UID: Final[str | None] = "1.2.840.10008.6.1.873"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100317"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PatentDuctusArteriosus: Final[Code] = Code(
    "SCT", "83330001", "Patent Ductus Arteriosus", (3010, 3606, 12293)
)
"""Patent Ductus Arteriosus (SCT 83330001)."""

AortaToPulmonaryArteryConnection: Final[Code] = Code(
    "SCT", "443096004", "Aorta to Pulmonary Artery Connection", (12290, 12293)
)
"""Aorta to Pulmonary Artery Connection (SCT 443096004)."""

ArteriovenousFistula: Final[Code] = Code("SCT", "439470001", "Arteriovenous Fistula", (12293,))
"""Arteriovenous Fistula (SCT 439470001)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PatentDuctusArteriosus,
    AortaToPulmonaryArteryConnection,
    ArteriovenousFistula,
)
"""The resolved membership: own members, then those of the included groups, in order."""
