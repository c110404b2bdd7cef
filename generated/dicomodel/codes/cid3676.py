"""CID 3676 Lead Measurement Technique.

Extensible, version 20180325, UID 1.2.840.10008.6.1.190.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3676
NAME: _Final[str] = "Lead Measurement Technique"
KEYWORD: _Final[str | None] = "LeadMeasurementTechnique"
UID: _Final[str | None] = "1.2.840.10008.6.1.190"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20180325"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Averaged: _Final[_Code] = _Code("SCT", "373098007", "Averaged", (226, 3488, 3627, 3676))
"""Averaged (SCT 373098007)."""

Routine: _Final[_Code] = _Code("SCT", "373115008", "Routine", (3676,))
"""Routine (SCT 373115008)."""

Median: _Final[_Code] = _Code("SCT", "373099004", "Median", (226, 3627, 3676, 7464, 10072))
"""Median (SCT 373099004)."""

Representative: _Final[_Code] = _Code("SCT", "371916004", "Representative", (3676,))
"""Representative (SCT 371916004)."""

SingleBeats: _Final[_Code] = _Code("SCT", "371871002", "Single Beats", (3676,))
"""Single Beats (SCT 371871002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Averaged, Routine, Median, Representative, SingleBeats)
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
