"""CID 10032 Projection X-Ray Acquisition Device Type.

Extensible, version 20120406, UID 1.2.840.10008.6.1.961.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10032
NAME: _Final[str] = "Projection X-Ray Acquisition Device Type"
KEYWORD: _Final[str | None] = "ProjectionXRayAcquisitionDeviceType"
UID: _Final[str | None] = "1.2.840.10008.6.1.961"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20120406"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FluoroscopyGuidedProjectionRadiographySystem: _Final[_Code] = _Code(
    "DCM", "113957", "Fluoroscopy-Guided Projection Radiography System", (10032,)
)
"""Fluoroscopy-Guided Projection Radiography System (DCM 113957)."""

IntegratedProjectionRadiographySystem: _Final[_Code] = _Code(
    "DCM", "113958", "Integrated Projection Radiography System", (10032,)
)
"""Integrated Projection Radiography System (DCM 113958)."""

CassetteBasedProjectionRadiographySystem: _Final[_Code] = _Code(
    "DCM", "113959", "Cassette-based Projection Radiography System", (10032,)
)
"""Cassette-based Projection Radiography System (DCM 113959)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    FluoroscopyGuidedProjectionRadiographySystem,
    IntegratedProjectionRadiographySystem,
    CassetteBasedProjectionRadiographySystem,
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
