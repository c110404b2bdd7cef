"""CID 3754 Vascular Complication.

Extensible, version 20180325, UID 1.2.840.10008.6.1.249.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3754
NAME: _Final[str] = "Vascular Complication"
KEYWORD: _Final[str | None] = "VascularComplication"
UID: _Final[str | None] = "1.2.840.10008.6.1.249"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20180325"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Bleeding: _Final[_Code] = _Code("SCT", "50960005", "Bleeding", (3754, 6338, 7159))
"""Bleeding (SCT 50960005)."""

OcclusionOfArtery: _Final[_Code] = _Code("SCT", "1386000", "Occlusion of artery", (3754,))
"""Occlusion of artery (SCT 1386000)."""

LossOfDistalPulse: _Final[_Code] = _Code("SCT", "414617007", "Loss of distal pulse", (3754,))
"""Loss of distal pulse (SCT 414617007)."""

ArterialDissection: _Final[_Code] = _Code(
    "SCT", "710864009", "Arterial dissection", (3754, 3808, 3810)
)
"""Arterial dissection (SCT 710864009)."""

Pseudoaneurysm: _Final[_Code] = _Code("SCT", "22036004", "Pseudoaneurysm", (3491, 3754, 3810))
"""Pseudoaneurysm (SCT 22036004)."""

AVFistula: _Final[_Code] = _Code("SCT", "128617001", "AV Fistula", (3754, 3810))
"""AV Fistula (SCT 128617001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Bleeding,
    OcclusionOfArtery,
    LossOfDistalPulse,
    ArterialDissection,
    Pseudoaneurysm,
    AVFistula,
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
