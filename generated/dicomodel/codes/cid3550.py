"""CID 3550 Circulatory Support Action.

Extensible, version 20030327, UID 1.2.840.10008.6.1.146.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3550
NAME: _Final[str] = "Circulatory Support Action"
KEYWORD: _Final[str | None] = "CirculatorySupportAction"
UID: _Final[str | None] = "1.2.840.10008.6.1.146"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BeginCirculatorySupport: _Final[_Code] = _Code(
    "DCM", "121157", "Begin Circulatory Support", (3550,)
)
"""Begin Circulatory Support (DCM 121157)."""

EndCirculatorySupport: _Final[_Code] = _Code("DCM", "121158", "End Circulatory Support", (3550,))
"""End Circulatory Support (DCM 121158)."""

MEMBERS: _Final[tuple[_Code, ...]] = (BeginCirculatorySupport, EndCirculatorySupport)
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
