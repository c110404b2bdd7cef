"""CID 9261 Patient Position Acquisition Radiation Source Locations.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1460.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9261
NAME: Final[str] = "Patient Position Acquisition Radiation Source Locations"
KEYWORD: Final[str | None] = "PatientPositionAcquisitionRadiationSourceLocations"
UID: Final[str | None] = "1.2.840.10008.6.1.1460"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20221225"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NominalRadiationSourceLocation: Final[Code] = Code(
    "DCM", "130358", "Nominal Radiation Source Location", (9261, 9544)
)
"""Nominal Radiation Source Location (DCM 130358)."""

NominalImagingSourceLocation: Final[Code] = Code(
    "DCM", "130789", "Nominal Imaging Source Location", (9261,)
)
"""Nominal Imaging Source Location (DCM 130789)."""

MEMBERS: Final[tuple[Code, ...]] = (NominalRadiationSourceLocation, NominalImagingSourceLocation)
"""The resolved membership: own members, then those of the included groups, in order."""
