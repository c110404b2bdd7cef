"""CID 6310 Prostate Reporting System.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1367.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6310
NAME: _Final[str] = "Prostate Reporting System"
KEYWORD: _Final[str | None] = "ProstateReportingSystem"
UID: _Final[str | None] = "1.2.840.10008.6.1.1367"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PIRADSV2Point0: _Final[_Code] = _Code("DCM", "130564", "PI-RADS v2.0", (6310,))
"""PI-RADS v2.0 (DCM 130564)."""

PIRADSV2Point1: _Final[_Code] = _Code("DCM", "130565", "PI-RADS v2.1", (6310,))
"""PI-RADS v2.1 (DCM 130565)."""

MEMBERS: _Final[tuple[_Code, ...]] = (PIRADSV2Point0, PIRADSV2Point1)
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
