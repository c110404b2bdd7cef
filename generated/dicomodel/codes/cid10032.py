"""CID 10032 Projection X-Ray Acquisition Device Type.

Extensible, version 20120406, UID 1.2.840.10008.6.1.961.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10032
NAME: Final[str] = "Projection X-Ray Acquisition Device Type"
KEYWORD: Final[str | None] = "ProjectionXRayAcquisitionDeviceType"
UID: Final[str | None] = "1.2.840.10008.6.1.961"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20120406"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FluoroscopyGuidedProjectionRadiographySystem: Final[Code] = Code(
    "DCM", "113957", "Fluoroscopy-Guided Projection Radiography System", (10032,)
)
"""Fluoroscopy-Guided Projection Radiography System (DCM 113957)."""

IntegratedProjectionRadiographySystem: Final[Code] = Code(
    "DCM", "113958", "Integrated Projection Radiography System", (10032,)
)
"""Integrated Projection Radiography System (DCM 113958)."""

CassetteBasedProjectionRadiographySystem: Final[Code] = Code(
    "DCM", "113959", "Cassette-based Projection Radiography System", (10032,)
)
"""Cassette-based Projection Radiography System (DCM 113959)."""

MEMBERS: Final[tuple[Code, ...]] = (
    FluoroscopyGuidedProjectionRadiographySystem,
    IntegratedProjectionRadiographySystem,
    CassetteBasedProjectionRadiographySystem,
)
"""The resolved membership: own members, then those of the included groups, in order."""
