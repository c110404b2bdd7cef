"""CID 6034 CAD Output Intended Use.

Non-extensible, version 20020904, UID 1.2.840.10008.6.1.364.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6034
NAME: Final[str] = "CAD Output Intended Use"
KEYWORD: Final[str | None] = "CADOutputIntendedUse"
UID: Final[str | None] = "1.2.840.10008.6.1.364"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PresentationRequiredRenderingDeviceIsExpectedToPresent: Final[Code] = Code(
    "DCM", "111150", "Presentation Required: Rendering device is expected to present", (6034,)
)
"""Presentation Required: Rendering device is expected to present (DCM 111150)."""

PresentationOptionalRenderingDeviceMayPresent: Final[Code] = Code(
    "DCM", "111151", "Presentation Optional: Rendering device may present", (6034,)
)
"""Presentation Optional: Rendering device may present (DCM 111151)."""

NotForPresentationRenderingDeviceExpectedNotToPresent: Final[Code] = Code(
    "DCM", "111152", "Not for Presentation: Rendering device expected not to present", (6034,)
)
"""Not for Presentation: Rendering device expected not to present (DCM 111152)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PresentationRequiredRenderingDeviceIsExpectedToPresent,
    PresentationOptionalRenderingDeviceMayPresent,
    NotForPresentationRenderingDeviceExpectedNotToPresent,
)
"""The resolved membership: own members, then those of the included groups, in order."""
