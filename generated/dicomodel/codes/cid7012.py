"""CID 7012 Best in Set.

Extensible, version 20020904, UID 1.2.840.10008.6.1.492.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7012
NAME: _Final[str] = "Best in Set"
KEYWORD: _Final[str | None] = "BestInSet"
UID: _Final[str | None] = "1.2.840.10008.6.1.492"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Study: _Final[_Code] = _Code("DCM", "113014", "Study", (272, 7012, 10000))
"""Study (DCM 113014)."""

Series: _Final[_Code] = _Code("DCM", "113015", "Series", (272, 7012, 10000))
"""Series (DCM 113015)."""

PerformedProcedureStep: _Final[_Code] = _Code(
    "DCM", "113016", "Performed Procedure Step", (7012, 10000)
)
"""Performed Procedure Step (DCM 113016)."""

StageView: _Final[_Code] = _Code("DCM", "113017", "Stage-View", (7012,))
"""Stage-View (DCM 113017)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Study, Series, PerformedProcedureStep, StageView)
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
