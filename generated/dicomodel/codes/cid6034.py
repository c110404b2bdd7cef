"""CID 6034 CAD Output Intended Use.

Non-extensible, version 20020904, UID 1.2.840.10008.6.1.364.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6034
NAME: _Final[str] = "CAD Output Intended Use"
KEYWORD: _Final[str | None] = "CADOutputIntendedUse"
UID: _Final[str | None] = "1.2.840.10008.6.1.364"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PresentationRequiredRenderingDeviceIsExpectedToPresent: _Final[_Code] = _Code(
    "DCM", "111150", "Presentation Required: Rendering device is expected to present", (6034,)
)
"""Presentation Required: Rendering device is expected to present (DCM 111150)."""

PresentationOptionalRenderingDeviceMayPresent: _Final[_Code] = _Code(
    "DCM", "111151", "Presentation Optional: Rendering device may present", (6034,)
)
"""Presentation Optional: Rendering device may present (DCM 111151)."""

NotForPresentationRenderingDeviceExpectedNotToPresent: _Final[_Code] = _Code(
    "DCM", "111152", "Not for Presentation: Rendering device expected not to present", (6034,)
)
"""Not for Presentation: Rendering device expected not to present (DCM 111152)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PresentationRequiredRenderingDeviceIsExpectedToPresent,
    PresentationOptionalRenderingDeviceMayPresent,
    NotForPresentationRenderingDeviceExpectedNotToPresent,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
