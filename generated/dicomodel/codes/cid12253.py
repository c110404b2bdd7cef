"""CID 12253 Cardiac Ultrasound Area Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.834.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12253
NAME: Final[str] = "Cardiac Ultrasound Area Measurement"
KEYWORD: Final[str | None] = "CardiacUltrasoundAreaMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.834"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100317"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FlowArea: Final[Code] = Code("LN", "20226-7", "Flow Area", (12253,))
"""Flow Area (LN 20226-7)."""

Area: Final[Code] = Code("SCT", "42798000", "Area", (7471, 8136, 12253, 12304))
"""Area (SCT 42798000)."""

JetArea: Final[Code] = Code("LN", "59123-0", "Jet Area", (12253,))
"""Jet Area (LN 59123-0)."""

MEMBERS: Final[tuple[Code, ...]] = (FlowArea, Area, JetArea)
"""The resolved membership: own members, then those of the included groups, in order."""
