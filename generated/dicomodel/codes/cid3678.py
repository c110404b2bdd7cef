"""CID 3678 QT Correction Algorithm.

Extensible, version 20081029, UID 1.2.840.10008.6.1.192.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3678
NAME: Final[str] = "QT Correction Algorithm"
KEYWORD: Final[str | None] = "QTCorrectionAlgorithm"
UID: Final[str | None] = "1.2.840.10008.6.1.192"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20081029"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BazettQTCorrectionAlgorithm: Final[Code] = Code(
    "DCM", "122730", "Bazett QT Correction Algorithm", (3678,)
)
"""Bazett QT Correction Algorithm (DCM 122730)."""

HodgesQTCorrectionAlgorithm: Final[Code] = Code(
    "DCM", "122731", "Hodges QT Correction Algorithm", (3678,)
)
"""Hodges QT Correction Algorithm (DCM 122731)."""

FridericiaQtcAlgorithm: Final[Code] = Code("DCM", "122732", "Fridericia QTc Algorithm", (3678,))
"""Fridericia QTc Algorithm (DCM 122732)."""

FraminghamQtcAlgorithm: Final[Code] = Code("DCM", "122733", "Framingham QTc Algorithm", (3678,))
"""Framingham QTc Algorithm (DCM 122733)."""

MEMBERS: Final[tuple[Code, ...]] = (
    BazettQTCorrectionAlgorithm,
    HodgesQTCorrectionAlgorithm,
    FridericiaQtcAlgorithm,
    FraminghamQtcAlgorithm,
)
"""The resolved membership: own members, then those of the included groups, in order."""
