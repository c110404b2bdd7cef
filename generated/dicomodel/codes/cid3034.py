"""CID 3034 Body Position Channel.

Extensible, version 20200623, UID 1.2.840.10008.6.1.1332.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3034
NAME: _Final[str] = "Body Position Channel"
KEYWORD: _Final[str | None] = "BodyPositionChannel"
UID: _Final[str | None] = "1.2.840.10008.6.1.1332"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200623"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PatientPosition: _Final[_Code] = _Code("DCM", "130410", "Patient position", (3034,))
"""Patient position (DCM 130410)."""

PatientRotationLongitudinal: _Final[_Code] = _Code(
    "DCM", "130411", "Patient rotation longitudinal", (3034,)
)
"""Patient rotation longitudinal (DCM 130411)."""

PatientElevation: _Final[_Code] = _Code("DCM", "130412", "Patient elevation", (3034,))
"""Patient elevation (DCM 130412)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PatientPosition,
    PatientRotationLongitudinal,
    PatientElevation,
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
