"""CID 4011 DX View Modifier.

Extensible, version 20070524, UID 1.2.840.10008.6.1.295.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4011
NAME: _Final[str] = "DX View Modifier"
KEYWORD: _Final[str | None] = "DXViewModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.295"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20070524"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Cephalad: _Final[_Code] = _Code("SCT", "399196006", "cephalad", (4010, 4011, 4014, 7484))
"""cephalad (SCT 399196006)."""

Caudad: _Final[_Code] = _Code("SCT", "399162004", "caudad", (4010, 4011, 4014))
"""caudad (SCT 399162004)."""

Transthoracic: _Final[_Code] = _Code("SCT", "272476000", "transthoracic", (4011,))
"""transthoracic (SCT 272476000)."""

Transforamenal: _Final[_Code] = _Code("SCT", "272466003", "transforamenal", (4011,))
"""transforamenal (SCT 272466003)."""

Transoral: _Final[_Code] = _Code("SCT", "118438002", "transoral", (4011,))
"""transoral (SCT 118438002)."""

Transorbital: _Final[_Code] = _Code("SCT", "278318001", "transorbital", (4011,))
"""transorbital (SCT 278318001)."""

Crosstable: _Final[_Code] = _Code("DCM", "111069", "Crosstable", (4011,))
"""Crosstable (DCM 111069)."""

MouthClosed: _Final[_Code] = _Code("SCT", "286866000", "Mouth closed", (4011,))
"""Mouth closed (SCT 286866000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Cephalad,
    Caudad,
    Transthoracic,
    Transforamenal,
    Transoral,
    Transorbital,
    Crosstable,
    MouthClosed,
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
