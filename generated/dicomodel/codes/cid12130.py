"""CID 12130 Organ Part (Non-Lateralized).

Extensible, version 20200310, UID 1.2.840.10008.6.1.1316.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12130
NAME: _Final[str] = "Organ Part (Non-Lateralized)"
KEYWORD: _Final[str | None] = "OrganPartNonLateralized"
UID: _Final[str | None] = "1.2.840.10008.6.1.1316"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200310"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LobeOfThyroid: _Final[_Code] = _Code("SCT", "119281005", "Lobe of thyroid", (12130,))
"""Lobe of thyroid (SCT 119281005)."""

ThyroidPart: _Final[_Code] = _Code("SCT", "362892003", "Thyroid part", (12130,))
"""Thyroid part (SCT 362892003)."""

ThyroidIsthmus: _Final[_Code] = _Code("SCT", "40867004", "Thyroid isthmus", (12130,))
"""Thyroid isthmus (SCT 40867004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (LobeOfThyroid, ThyroidPart, ThyroidIsthmus)
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
