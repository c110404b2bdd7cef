"""CID 12206 Echocardiography Right Atrium Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.599.
Includes CID 12220.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12206
NAME: Final[str] = "Echocardiography Right Atrium Measurement"
KEYWORD: Final[str | None] = "EchocardiographyRightAtriumMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.599"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030918"
INCLUDES: Final[tuple[int, ...]] = (12220,)
EXTERNAL_SCHEME: Final[str | None] = None

RightAtriumSystolicPressure: Final[Code] = Code(
    "LN", "18070-3", "Right Atrium Systolic Pressure", (12206,)
)
"""Right Atrium Systolic Pressure (LN 18070-3)."""

RightAtriumAreaA4CView: Final[Code] = Code("LN", "17988-7", "Right Atrium Area A4C view", (12206,))
"""Right Atrium Area A4C view (LN 17988-7)."""

HeartRate: Final[Code] = Code("LN", "8867-4", "Heart rate", (12220,))
"""Heart rate (LN 8867-4). Included from CID 12220."""

MEMBERS: Final[tuple[Code, ...]] = (RightAtriumSystolicPressure, RightAtriumAreaA4CView, HeartRate)
"""The resolved membership: own members, then those of the included groups, in order."""
