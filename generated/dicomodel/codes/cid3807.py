"""CID 3807 Volume Measurement Method.

Extensible, version 20051103, UID 1.2.840.10008.6.1.268.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3807
NAME: _Final[str] = "Volume Measurement Method"
KEYWORD: _Final[str | None] = "VolumeMeasurementMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.268"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051103"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AreaBasedMethod: _Final[_Code] = _Code("DCM", "122650", "Area Based Method", (3804, 3807))
"""Area Based Method (DCM 122650)."""

DiameterBasedMethod: _Final[_Code] = _Code("DCM", "122651", "Diameter Based Method", (3804, 3807))
"""Diameter Based Method (DCM 122651)."""

VolumeBasedMethod: _Final[_Code] = _Code("DCM", "122652", "Volume Based Method", (3807,))
"""Volume Based Method (DCM 122652)."""

MEMBERS: _Final[tuple[_Code, ...]] = (AreaBasedMethod, DiameterBasedMethod, VolumeBasedMethod)
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
