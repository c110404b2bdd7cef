"""CID 629 Carrier Gases for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1094.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 629
NAME: Final[str] = "Carrier Gases for Small Animal Anesthesia"
KEYWORD: Final[str | None] = "CarrierGasesForSmallAnimalAnesthesia"
UID: Final[str | None] = "1.2.840.10008.6.1.1094"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

OxygenGas: Final[Code] = Code("SCT", "320917000", "Oxygen gas", (629,))
"""Oxygen gas (SCT 320917000)."""

MedicalAir: Final[Code] = Code("SCT", "417696007", "Medical air", (629,))
"""Medical air (SCT 417696007)."""

RoomAir: Final[Code] = Code("UMLS", "C3846005", "Room air", (629,))
"""Room air (UMLS C3846005)."""

MEMBERS: Final[tuple[Code, ...]] = (OxygenGas, MedicalAir, RoomAir)
"""The resolved membership: own members, then those of the included groups, in order."""
