"""CID 6095 Procedure Numeric Property.

Extensible, version 20040112, UID 1.2.840.10008.6.1.417.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6095
NAME: Final[str] = "Procedure Numeric Property"
KEYWORD: Final[str | None] = "ProcedureNumericProperty"
UID: Final[str | None] = "1.2.840.10008.6.1.417"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NeedleGauge: Final[Code] = Code("DCM", "111465", "Needle Gauge", (6095,))
"""Needle Gauge (DCM 111465)."""

NeedleLength: Final[Code] = Code("DCM", "111467", "Needle Length", (6095,))
"""Needle Length (DCM 111467)."""

MEMBERS: Final[tuple[Code, ...]] = (NeedleGauge, NeedleLength)
"""The resolved membership: own members, then those of the included groups, in order."""
