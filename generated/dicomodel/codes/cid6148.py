"""CID 6148 Mediastinum Finding or Feature.

Extensible, version 20200309, UID 1.2.840.10008.6.1.1313.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6148
NAME: Final[str] = "Mediastinum Finding or Feature"
KEYWORD: Final[str | None] = "MediastinumFindingOrFeature"
UID: Final[str | None] = "1.2.840.10008.6.1.1313"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200309"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AtrialSeptalDefect: Final[Code] = Code(
    "SCT", "70142008", "Atrial Septal Defect", (3610, 3700, 3728, 6148, 12244, 12248, 12284)
)
"""Atrial Septal Defect (SCT 70142008)."""

AzygoesophagealRecessInterface: Final[Code] = Code(
    "DCM", "112090", "Azygoesophageal recess interface", (6148,)
)
"""Azygoesophageal recess interface (DCM 112090)."""

FascialLayer: Final[Code] = Code("SCT", "120576005", "Fascial layer", (6148,))
"""Fascial layer (SCT 120576005)."""

Hiatus: Final[Code] = Code("DCM", "112095", "Hiatus", (6148,))
"""Hiatus (DCM 112095)."""

ParaspinalLine: Final[Code] = Code("DCM", "112091", "Paraspinal line", (6148,))
"""Paraspinal line (DCM 112091)."""

PosteriorTrachealStripe: Final[Code] = Code("DCM", "112092", "Posterior tracheal stripe", (6148,))
"""Posterior tracheal stripe (DCM 112092)."""

RightTrachealStripe: Final[Code] = Code("DCM", "112093", "Right tracheal stripe", (6148,))
"""Right tracheal stripe (DCM 112093)."""

Stripe: Final[Code] = Code("DCM", "112094", "Stripe", (6148,))
"""Stripe (DCM 112094)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AtrialSeptalDefect,
    AzygoesophagealRecessInterface,
    FascialLayer,
    Hiatus,
    ParaspinalLine,
    PosteriorTrachealStripe,
    RightTrachealStripe,
    Stripe,
)
"""The resolved membership: own members, then those of the included groups, in order."""
