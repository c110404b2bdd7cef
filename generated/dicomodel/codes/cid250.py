"""CID 250 Positive-Negative.

Non-extensible, version 20040112, UID 1.2.840.10008.6.1.38.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 250
NAME: _Final[str] = "Positive-Negative"
KEYWORD: _Final[str | None] = "PositiveNegative"
UID: _Final[str | None] = "1.2.840.10008.6.1.38"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Positive: _Final[_Code] = _Code("SCT", "10828004", "Positive", (250, 3231))
"""Positive (SCT 10828004)."""

Negative: _Final[_Code] = _Code("SCT", "260385009", "Negative", (250,))
"""Negative (SCT 260385009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Positive, Negative)
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
