"""CID 6084 Mammoplasty Procedure.

Extensible, version 20200310, UID 1.2.840.10008.6.1.406.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6084
NAME: _Final[str] = "Mammoplasty Procedure"
KEYWORD: _Final[str | None] = "MammoplastyProcedure"
UID: _Final[str | None] = "1.2.840.10008.6.1.406"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200310"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BreastProsthesisInsertion: _Final[_Code] = _Code(
    "SCT", "302343007", "Breast prosthesis insertion", (6084,)
)
"""Breast prosthesis insertion (SCT 302343007)."""

ReductionMammoplasty: _Final[_Code] = _Code(
    "SCT", "59214008", "Reduction mammoplasty", (6051, 6084)
)
"""Reduction mammoplasty (SCT 59214008)."""

BreastReconstruction: _Final[_Code] = _Code("SCT", "33496007", "Breast reconstruction", (6084,))
"""Breast reconstruction (SCT 33496007)."""

RemovalOfBreastImplant: _Final[_Code] = _Code(
    "SCT", "27315000", "Removal of breast implant", (6084,)
)
"""Removal of breast implant (SCT 27315000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BreastProsthesisInsertion,
    ReductionMammoplasty,
    BreastReconstruction,
    RemovalOfBreastImplant,
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
