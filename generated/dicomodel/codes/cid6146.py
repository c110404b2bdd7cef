"""CID 6146 Time Point Type.

Extensible, version 20221002, UID 1.2.840.10008.6.1.1002.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6146
NAME: Final[str] = "Time Point Type"
KEYWORD: Final[str | None] = "TimePointType"
UID: Final[str | None] = "1.2.840.10008.6.1.1002"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20221002"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Baseline: Final[Code] = Code("UMLS", "C1442488", "Baseline", (6146,))
"""Baseline (UMLS C1442488)."""

Pretreatment: Final[Code] = Code("UMLS", "C3539075", "Pretreatment", (6146,))
"""Pretreatment (UMLS C3539075)."""

Posttreatment: Final[Code] = Code("DCM", "126074", "Posttreatment", (6146,))
"""Posttreatment (DCM 126074)."""

Eligibility: Final[Code] = Code("DCM", "126075", "Eligibility", (6146,))
"""Eligibility (DCM 126075)."""

Unscheduled: Final[Code] = Code("UMLS", "C1699701", "Unscheduled", (6146,))
"""Unscheduled (UMLS C1699701)."""

Nadir: Final[Code] = Code("UMLS", "C1708760", "Nadir", (6146,))
"""Nadir (UMLS C1708760)."""

PreOperative: Final[Code] = Code("SCT", "262068006", "Pre-operative", (31, 632, 3201, 6146))
"""Pre-operative (SCT 262068006)."""

PostOperative: Final[Code] = Code("SCT", "262061000", "Post-operative", (31, 632, 6146))
"""Post-operative (SCT 262061000)."""

PostRadiation: Final[Code] = Code("SCT", "264908009", "Post-radiation", (6146,))
"""Post-radiation (SCT 264908009)."""

PostChemotherapy: Final[Code] = Code("SCT", "262502001", "Post-chemotherapy", (6146,))
"""Post-chemotherapy (SCT 262502001)."""

MaintenanceTherapy: Final[Code] = Code("SCT", "314122007", "Maintenance therapy", (6146,))
"""Maintenance therapy (SCT 314122007)."""

RecurrenceOfTumor: Final[Code] = Code("SCT", "25173007", "Recurrence of tumor", (6146,))
"""Recurrence of tumor (SCT 25173007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Baseline,
    Pretreatment,
    Posttreatment,
    Eligibility,
    Unscheduled,
    Nadir,
    PreOperative,
    PostOperative,
    PostRadiation,
    PostChemotherapy,
    MaintenanceTherapy,
    RecurrenceOfTumor,
)
"""The resolved membership: own members, then those of the included groups, in order."""
