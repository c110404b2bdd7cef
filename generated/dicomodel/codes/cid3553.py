"""CID 3553 Circulatory Support.

Extensible, version 20030327, UID 1.2.840.10008.6.1.149.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3553
NAME: Final[str] = "Circulatory Support"
KEYWORD: Final[str | None] = "CirculatorySupport"
UID: Final[str | None] = "1.2.840.10008.6.1.149"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

IntraAorticBalloonPump: Final[Code] = Code(
    "SCT", "129113006", "Intra-Aortic Balloon Pump", (3429, 3553)
)
"""Intra-Aortic Balloon Pump (SCT 129113006)."""

ExternalCounterPulsation: Final[Code] = Code(
    "SCT", "371790000", "External Counter-Pulsation", (3553,)
)
"""External Counter-Pulsation (SCT 371790000)."""

LeftVentricularAssistDevice: Final[Code] = Code(
    "SCT", "360066001", "Left Ventricular Assist Device", (3553, 3777, 7157)
)
"""Left Ventricular Assist Device (SCT 360066001)."""

ExtraCorporealCirculation: Final[Code] = Code(
    "SCT", "182744004", "Extra-corporeal circulation", (3553,)
)
"""Extra-corporeal circulation (SCT 182744004)."""

CardiopulmonaryBypass: Final[Code] = Code("SCT", "63697000", "Cardiopulmonary bypass", (3553,))
"""Cardiopulmonary bypass (SCT 63697000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    IntraAorticBalloonPump,
    ExternalCounterPulsation,
    LeftVentricularAssistDevice,
    ExtraCorporealCirculation,
    CardiopulmonaryBypass,
)
"""The resolved membership: own members, then those of the included groups, in order."""
