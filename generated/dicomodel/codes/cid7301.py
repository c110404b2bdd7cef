"""CID 7301 Intervention Type.

Extensible, version 20181110, UID 1.2.840.10008.6.1.1032.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7301
NAME: _Final[str] = "Intervention Type"
KEYWORD: _Final[str | None] = "InterventionType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1032"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

HipJointReconstruction: _Final[_Code] = _Code(
    "SCT", "119614000", "Hip joint reconstruction", (7301,)
)
"""Hip joint reconstruction (SCT 119614000)."""

InsertionOfHipProsthesis: _Final[_Code] = _Code(
    "SCT", "398010007", "Insertion of hip prosthesis", (7301,)
)
"""Insertion of hip prosthesis (SCT 398010007)."""

ResurfacingOfTheFemoralHead: _Final[_Code] = _Code(
    "SCT", "445185007", "Resurfacing of the femoral head", (7301,)
)
"""Resurfacing of the femoral head (SCT 445185007)."""

ResurfacingOfThePatella: _Final[_Code] = _Code(
    "SCT", "239503002", "Resurfacing of the patella", (7301,)
)
"""Resurfacing of the patella (SCT 239503002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    HipJointReconstruction,
    InsertionOfHipProsthesis,
    ResurfacingOfTheFemoralHead,
    ResurfacingOfThePatella,
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
