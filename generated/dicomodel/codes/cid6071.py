"""CID 6071 Histologic Grading Method.

Extensible, version 20040112, UID 1.2.840.10008.6.1.400.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6071
NAME: _Final[str] = "Histologic Grading Method"
KEYWORD: _Final[str | None] = "HistologicGradingMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.400"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BloomRichardsonGrade: _Final[_Code] = _Code("DCM", "111502", "Bloom-Richardson Grade", (6071,))
"""Bloom-Richardson Grade (DCM 111502)."""

NottinghamCombinedGrade: _Final[_Code] = _Code(
    "SCT", "372276001", "Nottingham Combined Grade", (6071,)
)
"""Nottingham Combined Grade (SCT 372276001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (BloomRichardsonGrade, NottinghamCombinedGrade)
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
