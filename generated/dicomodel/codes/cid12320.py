"""CID 12320 General Ultrasound Report Document Title.

Extensible, version 20220628, UID 1.2.840.10008.6.1.1447.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12320
NAME: Final[str] = "General Ultrasound Report Document Title"
KEYWORD: Final[str | None] = "GeneralUltrasoundReportDocumentTitle"
UID: Final[str | None] = "1.2.840.10008.6.1.1447"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220628"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

UltrasoundReport: Final[Code] = Code("LN", "25061-3", "Ultrasound Report", (7000, 12320))
"""Ultrasound Report (LN 25061-3)."""

USTendonReport: Final[Code] = Code("LN", "39453-6", "US Tendon Report", (12320,))
"""US Tendon Report (LN 39453-6)."""

USBreastReport: Final[Code] = Code("LN", "24601-7", "US Breast Report", (12320,))
"""US Breast Report (LN 24601-7)."""

USKidneyReport: Final[Code] = Code("LN", "38036-0", "US Kidney Report", (12320,))
"""US Kidney Report (LN 38036-0)."""

USLiverReport: Final[Code] = Code("LN", "28614-6", "US Liver Report", (12320,))
"""US Liver Report (LN 28614-6)."""

USProstateTransrectalReport: Final[Code] = Code(
    "LN", "24884-9", "US Prostate (transrectal) Report", (12320,)
)
"""US Prostate (transrectal) Report (LN 24884-9)."""

USPancreasReport: Final[Code] = Code("LN", "24859-1", "US Pancreas Report", (12320,))
"""US Pancreas Report (LN 24859-1)."""

USSpleenReport: Final[Code] = Code("LN", "24990-4", "US Spleen Report", (12320,))
"""US Spleen Report (LN 24990-4)."""

USShoulderReport: Final[Code] = Code("LN", "24907-8", "US Shoulder Report", (12320,))
"""US Shoulder Report (LN 24907-8)."""

USScrotumAndTesticleReport: Final[Code] = Code(
    "LN", "25002-7", "US Scrotum and Testicle Report", (12320,)
)
"""US Scrotum and Testicle Report (LN 25002-7)."""

USThyroidReport: Final[Code] = Code("LN", "25010-0", "US Thyroid Report", (12320,))
"""US Thyroid Report (LN 25010-0)."""

MEMBERS: Final[tuple[Code, ...]] = (
    UltrasoundReport,
    USTendonReport,
    USBreastReport,
    USKidneyReport,
    USLiverReport,
    USProstateTransrectalReport,
    USPancreasReport,
    USSpleenReport,
    USShoulderReport,
    USScrotumAndTesticleReport,
    USThyroidReport,
)
"""The resolved membership: own members, then those of the included groups, in order."""
