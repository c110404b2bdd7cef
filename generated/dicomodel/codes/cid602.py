"""CID 602 Biosafety Control Reason.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1066.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 602
NAME: Final[str] = "Biosafety Control Reason"
KEYWORD: Final[str | None] = "BiosafetyControlReason"
UID: Final[str | None] = "1.2.840.10008.6.1.1066"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BiohazardousMaterial: Final[Code] = Code("SCT", "409595003", "Biohazardous material", (602,))
"""Biohazardous material (SCT 409595003)."""

Carcinogen: Final[Code] = Code("SCT", "88376000", "Carcinogen", (602,))
"""Carcinogen (SCT 88376000)."""

PatientImmunocompromised: Final[Code] = Code(
    "SCT", "370388006", "Patient immunocompromised", (602,)
)
"""Patient immunocompromised (SCT 370388006)."""

TransgenicAnimal: Final[Code] = Code("UMLS", "C0003069", "Transgenic animal", (602,))
"""Transgenic animal (UMLS C0003069)."""

MEMBERS: Final[tuple[Code, ...]] = (
    BiohazardousMaterial,
    Carcinogen,
    PatientImmunocompromised,
    TransgenicAnimal,
)
"""The resolved membership: own members, then those of the included groups, in order."""
