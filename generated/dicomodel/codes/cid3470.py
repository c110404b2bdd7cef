"""CID 3470 Vessel Lumen Cross-sectional Area Calculation Method.

Extensible, version 20040614, UID 1.2.840.10008.6.1.112.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3470
NAME: Final[str] = "Vessel Lumen Cross-sectional Area Calculation Method"
KEYWORD: Final[str | None] = "VesselLumenCrossSectionalAreaCalculationMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.112"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CircularMethod: Final[Code] = Code("DCM", "122473", "Circular method", (3470,))
"""Circular method (DCM 122473)."""

DensitometricMethod: Final[Code] = Code("DCM", "122474", "Densitometric method", (3470,))
"""Densitometric method (DCM 122474)."""

MEMBERS: Final[tuple[Code, ...]] = (CircularMethod, DensitometricMethod)
"""The resolved membership: own members, then those of the included groups, in order."""
