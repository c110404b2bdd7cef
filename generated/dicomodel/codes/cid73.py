"""CID 73 Bolus Shaping Curve.

Extensible, version 20181115, UID 1.2.840.10008.6.1.1263.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 73
NAME: Final[str] = "Bolus Shaping Curve"
KEYWORD: Final[str | None] = "BolusShapingCurve"
UID: Final[str | None] = "1.2.840.10008.6.1.1263"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181115"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NegativeExponential: Final[Code] = Code("DCM", "130252", "Negative exponential", (73,))
"""Negative exponential (DCM 130252)."""

LinearCurve: Final[Code] = Code("DCM", "130253", "Linear Curve", (73,))
"""Linear Curve (DCM 130253)."""

MEMBERS: Final[tuple[Code, ...]] = (NegativeExponential, LinearCurve)
"""The resolved membership: own members, then those of the included groups, in order."""
