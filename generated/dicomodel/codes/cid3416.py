"""CID 3416 Respiration Rhythm.

Extensible, version 20030327, UID 1.2.840.10008.6.1.81.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3416
NAME: _Final[str] = "Respiration Rhythm"
KEYWORD: _Final[str | None] = "RespirationRhythm"
UID: _Final[str | None] = "1.2.840.10008.6.1.81"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NormalRespiratoryRhythm: _Final[_Code] = _Code(
    "SCT", "5467003", "normal respiratory rhythm", (3416,)
)
"""normal respiratory rhythm (SCT 5467003)."""

IrregularBreathing: _Final[_Code] = _Code("SCT", "248585001", "irregular breathing", (3416,))
"""irregular breathing (SCT 248585001)."""

GaspingRespiration: _Final[_Code] = _Code("SCT", "23141003", "gasping respiration", (3416,))
"""gasping respiration (SCT 23141003)."""

AbnormalRespiratoryRhythm: _Final[_Code] = _Code(
    "SCT", "248584002", "abnormal respiratory rhythm", (3416,)
)
"""abnormal respiratory rhythm (SCT 248584002)."""

RespirationIntermittent: _Final[_Code] = _Code(
    "SCT", "271824009", "respiration intermittent", (3416,)
)
"""respiration intermittent (SCT 271824009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NormalRespiratoryRhythm,
    IrregularBreathing,
    GaspingRespiration,
    AbnormalRespiratoryRhythm,
    RespirationIntermittent,
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
