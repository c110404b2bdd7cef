"""CID 10070 Radiation Dose Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1164.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10070
NAME: Final[str] = "Radiation Dose Type"
KEYWORD: Final[str | None] = "RadiationDoseType"
UID: Final[str | None] = "1.2.840.10008.6.1.1164"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170405"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AbsorbedDose: Final[Code] = Code("DCM", "128513", "Absorbed Dose", (10070,))
"""Absorbed Dose (DCM 128513)."""

EquivalentDose: Final[Code] = Code("DCM", "128512", "Equivalent Dose", (10070,))
"""Equivalent Dose (DCM 128512)."""

MEMBERS: Final[tuple[Code, ...]] = (AbsorbedDose, EquivalentDose)
"""The resolved membership: own members, then those of the included groups, in order."""
