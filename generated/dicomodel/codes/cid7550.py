"""CID 7550 Angle Measurement.

Extensible, version 20200920, UID 1.2.840.10008.6.1.1342.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7550
NAME: Final[str] = "Angle Measurement"
KEYWORD: Final[str | None] = "AngleMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.1342"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200920"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CobbAngle: Final[Code] = Code("SCT", "285285000", "Cobb angle", (7550,))
"""Cobb angle (SCT 285285000)."""

AcetabularAngle: Final[Code] = Code("DCM", "121224", "Acetabular angle", (7550,))
"""Acetabular angle (DCM 121224)."""

MEMBERS: Final[tuple[Code, ...]] = (CobbAngle, AcetabularAngle)
"""The resolved membership: own members, then those of the included groups, in order."""
