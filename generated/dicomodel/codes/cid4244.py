"""CID 4244 Ophthalmic Agent Concentration Unit.

Extensible, version 20100623, UID 1.2.840.10008.6.1.890.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4244
NAME: Final[str] = "Ophthalmic Agent Concentration Unit"
KEYWORD: Final[str | None] = "OphthalmicAgentConcentrationUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.890"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100623"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Percent: Final[Code] = Code("UCUM", "%", "Percent", (84, 301, 4244))
"""Percent (UCUM %)."""

mgml: Final[Code] = Code("UCUM", "mg/ml", "mg/ml", (301, 4244))
"""mg/ml (UCUM mg/ml)."""

MEMBERS: Final[tuple[Code, ...]] = (Percent, mgml)
"""The resolved membership: own members, then those of the included groups, in order."""
