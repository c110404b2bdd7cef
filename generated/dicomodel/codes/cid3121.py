"""CID 3121 Perfusion Morphology.

Extensible, version 20080927, UID 1.2.840.10008.6.1.753.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3121
NAME: _Final[str] = "Perfusion Morphology"
KEYWORD: _Final[str | None] = "PerfusionMorphology"
UID: _Final[str | None] = "1.2.840.10008.6.1.753"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MyocardialIschemia: _Final[_Code] = _Code("SCT", "414795007", "Myocardial ischemia", (3121,))
"""Myocardial ischemia (SCT 414795007)."""

MyocardialInfarction: _Final[_Code] = _Code("SCT", "22298006", "Myocardial Infarction", (3121,))
"""Myocardial Infarction (SCT 22298006)."""

MixedIschemiaAndInfarction: _Final[_Code] = _Code(
    "SCT", "428196007", "Mixed Ischemia and Infarction", (3121,)
)
"""Mixed Ischemia and Infarction (SCT 428196007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MyocardialIschemia,
    MyocardialInfarction,
    MixedIschemiaAndInfarction,
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
