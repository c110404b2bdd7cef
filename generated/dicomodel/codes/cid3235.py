"""CID 3235 Perfusion Comparison Finding.

Extensible, version 20080927, UID 1.2.840.10008.6.1.781.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3235
NAME: _Final[str] = "Perfusion Comparison Finding"
KEYWORD: _Final[str | None] = "PerfusionComparisonFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.781"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NoChange: _Final[_Code] = _Code("SCT", "260388006", "No change", (3235, 3236, 3237))
"""No change (SCT 260388006)."""

NewIschemia: _Final[_Code] = _Code("SCT", "428927006", "New ischemia", (3235,))
"""New ischemia (SCT 428927006)."""

LessIschemia: _Final[_Code] = _Code("SCT", "429232006", "Less ischemia", (3235,))
"""Less ischemia (SCT 429232006)."""

ResolutionOfIschemia: _Final[_Code] = _Code("SCT", "428824000", "Resolution of ischemia", (3235,))
"""Resolution of ischemia (SCT 428824000)."""

MoreIschemia: _Final[_Code] = _Code("SCT", "429477006", "More ischemia", (3235,))
"""More ischemia (SCT 429477006)."""

NewInfarction: _Final[_Code] = _Code("SCT", "429391004", "New infarction", (3235,))
"""New infarction (SCT 429391004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NoChange,
    NewIschemia,
    LessIschemia,
    ResolutionOfIschemia,
    MoreIschemia,
    NewInfarction,
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
