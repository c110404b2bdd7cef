"""CID 69 Imaging Agent Administration Consumable.

Extensible, version 20220922, UID 1.2.840.10008.6.1.1259.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 69
NAME: Final[str] = "Imaging Agent Administration Consumable"
KEYWORD: Final[str | None] = "ImagingAgentAdministrationConsumable"
UID: Final[str | None] = "1.2.840.10008.6.1.1259"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220922"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Syringe: Final[Code] = Code("SCT", "61968008", "Syringe", (69, 4051))
"""Syringe (SCT 61968008)."""

Catheter: Final[Code] = Code("SCT", "19923001", "Catheter", (8, 69, 3451, 6203, 6401, 6404, 7112))
"""Catheter (SCT 19923001)."""

Tube: Final[Code] = Code("SCT", "83059008", "Tube", (69,))
"""Tube (SCT 83059008)."""

Needle: Final[Code] = Code("SCT", "79068005", "Needle", (69, 6203, 6404, 7157))
"""Needle (SCT 79068005)."""

Bottle: Final[Code] = Code("SCT", "68276009", "Bottle", (68, 69))
"""Bottle (SCT 68276009)."""

MEMBERS: Final[tuple[Code, ...]] = (Syringe, Catheter, Tube, Needle, Bottle)
"""The resolved membership: own members, then those of the included groups, in order."""
