"""CID 12032 Transducer Scan Pattern.

Extensible, version 20090409, UID 1.2.840.10008.6.1.807.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12032
NAME: _Final[str] = "Transducer Scan Pattern"
KEYWORD: _Final[str | None] = "TransducerScanPattern"
UID: _Final[str | None] = "1.2.840.10008.6.1.807"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20090409"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LineScanPattern: _Final[_Code] = _Code("DCM", "125240", "Line scan pattern", (12032,))
"""Line scan pattern (DCM 125240)."""

PlaneScanPattern: _Final[_Code] = _Code("DCM", "125241", "Plane scan pattern", (12032,))
"""Plane scan pattern (DCM 125241)."""

VolumeScanPattern: _Final[_Code] = _Code("DCM", "125242", "Volume scan pattern", (12032,))
"""Volume scan pattern (DCM 125242)."""

MEMBERS: _Final[tuple[_Code, ...]] = (LineScanPattern, PlaneScanPattern, VolumeScanPattern)
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
