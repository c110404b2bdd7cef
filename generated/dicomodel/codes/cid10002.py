"""CID 10002 Irradiation Event Type.

Extensible, version 20051101, UID 1.2.840.10008.6.1.536.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10002
NAME: _Final[str] = "Irradiation Event Type"
KEYWORD: _Final[str | None] = "IrradiationEventType"
UID: _Final[str | None] = "1.2.840.10008.6.1.536"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051101"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Fluoroscopy: _Final[_Code] = _Code("SCT", "44491008", "Fluoroscopy", (10002, 10005))
"""Fluoroscopy (SCT 44491008)."""

StationaryAcquisition: _Final[_Code] = _Code("DCM", "113611", "Stationary Acquisition", (10002,))
"""Stationary Acquisition (DCM 113611)."""

SteppingAcquisition: _Final[_Code] = _Code("DCM", "113612", "Stepping Acquisition", (10002,))
"""Stepping Acquisition (DCM 113612)."""

RotationalAcquisition: _Final[_Code] = _Code("DCM", "113613", "Rotational Acquisition", (10002,))
"""Rotational Acquisition (DCM 113613)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Fluoroscopy,
    StationaryAcquisition,
    SteppingAcquisition,
    RotationalAcquisition,
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
