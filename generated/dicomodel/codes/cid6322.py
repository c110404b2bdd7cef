"""CID 6322 Prostate Cancer Family History.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1379.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6322
NAME: _Final[str] = "Prostate Cancer Family History"
KEYWORD: _Final[str | None] = "ProstateCancerFamilyHistory"
UID: _Final[str | None] = "1.2.840.10008.6.1.1379"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FamilyHistoryOfProstateCancer: _Final[_Code] = _Code(
    "DCM", "111562", "Family history of prostate cancer", (6081, 6322, 6327)
)
"""Family history of prostate cancer (DCM 111562)."""

NoFamilyHistoryOfProstateCancer: _Final[_Code] = _Code(
    "DCM", "130587", "No family history of prostate cancer", (6322,)
)
"""No family history of prostate cancer (DCM 130587)."""

FamilyHistoryUnknown: _Final[_Code] = _Code(
    "SCT", "407559004", "Family history unknown", (3758, 6322)
)
"""Family history unknown (SCT 407559004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    FamilyHistoryOfProstateCancer,
    NoFamilyHistoryOfProstateCancer,
    FamilyHistoryUnknown,
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
