"""CID 12239 Cardiac Output Property.

Extensible, version 20030918, UID 1.2.840.10008.6.1.630.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12239
NAME: _Final[str] = "Cardiac Output Property"
KEYWORD: _Final[str | None] = "CardiacOutputProperty"
UID: _Final[str | None] = "1.2.840.10008.6.1.630"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030918"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

StrokeVolume: _Final[_Code] = _Code("SCT", "90096001", "Stroke Volume", (3835, 12239, 12304))
"""Stroke Volume (SCT 90096001)."""

CardiacOutput: _Final[_Code] = _Code("SCT", "82799009", "Cardiac Output", (12239,))
"""Cardiac Output (SCT 82799009)."""

CardiacIndex: _Final[_Code] = _Code("SCT", "54993008", "Cardiac Index", (12239,))
"""Cardiac Index (SCT 54993008)."""

StrokeIndex: _Final[_Code] = _Code("SCT", "277381004", "Stroke Index", (12239,))
"""Stroke Index (SCT 277381004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (StrokeVolume, CardiacOutput, CardiacIndex, StrokeIndex)
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
