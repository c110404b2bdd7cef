"""CID 12231 Volume Flow Method.

Extensible, version 20030918, UID 1.2.840.10008.6.1.622.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12231
NAME: _Final[str] = "Volume Flow Method"
KEYWORD: _Final[str | None] = "VolumeFlowMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.622"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030918"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DopplerVolumeFlow: _Final[_Code] = _Code("DCM", "125219", "Doppler Volume Flow", (12231,))
"""Doppler Volume Flow (DCM 125219)."""

ProximalIsovelocitySurfaceArea: _Final[_Code] = _Code(
    "DCM", "125216", "Proximal Isovelocity Surface Area", (12229, 12231)
)
"""Proximal Isovelocity Surface Area (DCM 125216)."""

MEMBERS: _Final[tuple[_Code, ...]] = (DopplerVolumeFlow, ProximalIsovelocitySurfaceArea)
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
