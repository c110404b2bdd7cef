"""CID 10016 Anode Target Material.

Extensible, version 20190817, UID 1.2.840.10008.6.1.548.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10016
NAME: Final[str] = "Anode Target Material"
KEYWORD: Final[str | None] = "AnodeTargetMaterial"
UID: Final[str | None] = "1.2.840.10008.6.1.548"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190817"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Molybdenum: Final[Code] = Code("SCT", "71128006", "Molybdenum", (10006, 10016))
"""Molybdenum (SCT 71128006)."""

Rhodium: Final[Code] = Code("SCT", "59801003", "Rhodium", (10006, 10016))
"""Rhodium (SCT 59801003)."""

Tungsten: Final[Code] = Code("SCT", "26194003", "Tungsten", (10016,))
"""Tungsten (SCT 26194003)."""

MEMBERS: Final[tuple[Code, ...]] = (Molybdenum, Rhodium, Tungsten)
"""The resolved membership: own members, then those of the included groups, in order."""
