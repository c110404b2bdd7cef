"""CID 9261 Patient Position Acquisition Radiation Source Locations.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1460.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9261
NAME: _Final[str] = "Patient Position Acquisition Radiation Source Locations"
KEYWORD: _Final[str | None] = "PatientPositionAcquisitionRadiationSourceLocations"
UID: _Final[str | None] = "1.2.840.10008.6.1.1460"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20221225"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NominalRadiationSourceLocation: _Final[_Code] = _Code(
    "DCM", "130358", "Nominal Radiation Source Location", (9261, 9544)
)
"""Nominal Radiation Source Location (DCM 130358)."""

NominalImagingSourceLocation: _Final[_Code] = _Code(
    "DCM", "130789", "Nominal Imaging Source Location", (9261,)
)
"""Nominal Imaging Source Location (DCM 130789)."""

MEMBERS: _Final[tuple[_Code, ...]] = (NominalRadiationSourceLocation, NominalImagingSourceLocation)
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
