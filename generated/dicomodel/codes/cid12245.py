"""CID 12245 Cardiac Ultrasound Report Title.

Extensible, version 20100317, UID 1.2.840.10008.6.1.826.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12245
NAME: Final[str] = "Cardiac Ultrasound Report Title"
KEYWORD: Final[str | None] = "CardiacUltrasoundReportTitle"
UID: Final[str | None] = "1.2.840.10008.6.1.826"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100317"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PediatricCardiacUltrasoundReport: Final[Code] = Code(
    "DCM", "125195", "Pediatric Cardiac Ultrasound Report", (7000, 12245)
)
"""Pediatric Cardiac Ultrasound Report (DCM 125195)."""

FetalCardiacUltrasoundReport: Final[Code] = Code(
    "DCM", "125196", "Fetal Cardiac Ultrasound Report", (7000, 12245)
)
"""Fetal Cardiac Ultrasound Report (DCM 125196)."""

AdultCongenitalCardiacUltrasoundReport: Final[Code] = Code(
    "DCM", "125197", "Adult Congenital Cardiac Ultrasound Report", (7000, 12245)
)
"""Adult Congenital Cardiac Ultrasound Report (DCM 125197)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PediatricCardiacUltrasoundReport,
    FetalCardiacUltrasoundReport,
    AdultCongenitalCardiacUltrasoundReport,
)
"""The resolved membership: own members, then those of the included groups, in order."""
