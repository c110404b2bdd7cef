"""CID 9273 Patient Position Acquisition – MR Techniques.

Extensible, version 20240612, UID 1.2.840.10008.6.1.1485.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9273
NAME: _Final[str] = "Patient Position Acquisition – MR Techniques"
KEYWORD: _Final[str | None] = "PatientPositionAcquisitionMRTechniques"
UID: _Final[str | None] = "1.2.840.10008.6.1.1485"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240612"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RTPatientPositionAcquisitionMR: _Final[_Code] = _Code(
    "DCM", "121737", "RT Patient Position Acquisition, MR", (9273,)
)
"""RT Patient Position Acquisition, MR (DCM 121737)."""

MEMBERS: _Final[tuple[_Code, ...]] = (RTPatientPositionAcquisitionMR,)
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
