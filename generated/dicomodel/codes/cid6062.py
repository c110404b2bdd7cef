"""CID 6062 Interventional Procedure Complication.

Extensible, version 20181110, UID 1.2.840.10008.6.1.391.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6062
NAME: Final[str] = "Interventional Procedure Complication"
KEYWORD: Final[str | None] = "InterventionalProcedureComplication"
UID: Final[str | None] = "1.2.840.10008.6.1.391"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

HemorrhagePostprocedure: Final[Code] = Code("SCT", "110265006", "Hemorrhage postprocedure", (6062,))
"""Hemorrhage postprocedure (SCT 110265006)."""

AbnormalDischarge: Final[Code] = Code("DCM", "111491", "Abnormal discharge", (6062,))
"""Abnormal discharge (DCM 111491)."""

HematomaPostoperative: Final[Code] = Code("SCT", "213262007", "Hematoma - postoperative", (6062,))
"""Hematoma - postoperative (SCT 213262007)."""

Weal: Final[Code] = Code("SCT", "247472004", "Weal", (6062,))
"""Weal (SCT 247472004)."""

HealthcareAssociatedInfection: Final[Code] = Code(
    "SCT", "408678008", "Healthcare associated infection", (6062,)
)
"""Healthcare associated infection (SCT 408678008)."""

PersistentPainFollowingProcedure: Final[Code] = Code(
    "SCT", "279047007", "Persistent pain following procedure", (6062,)
)
"""Persistent pain following procedure (SCT 279047007)."""

Pneumothorax: Final[Code] = Code("SCT", "36118008", "Pneumothorax", (6062, 6105))
"""Pneumothorax (SCT 36118008)."""

Rash: Final[Code] = Code("SCT", "271807003", "Rash", (6062,))
"""Rash (SCT 271807003)."""

Swelling: Final[Code] = Code("SCT", "65124004", "Swelling", (6062,))
"""Swelling (SCT 65124004)."""

VasovagalSyncope: Final[Code] = Code("SCT", "398665005", "Vasovagal syncope", (6062,))
"""Vasovagal syncope (SCT 398665005)."""

NoComplications: Final[Code] = Code("DCM", "111492", "No complications", (6062,))
"""No complications (DCM 111492)."""

MEMBERS: Final[tuple[Code, ...]] = (
    HemorrhagePostprocedure,
    AbnormalDischarge,
    HematomaPostoperative,
    Weal,
    HealthcareAssociatedInfection,
    PersistentPainFollowingProcedure,
    Pneumothorax,
    Rash,
    Swelling,
    VasovagalSyncope,
    NoComplications,
)
"""The resolved membership: own members, then those of the included groups, in order."""
