"""CID 6160 Breast Primary Tumor Assessment From AJCC.

Extensible, version 20230630, UID 1.2.840.10008.6.1.474.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6160
NAME: _Final[str] = "Breast Primary Tumor Assessment From AJCC"
KEYWORD: _Final[str | None] = "BreastPrimaryTumorAssessmentFromAJCC"
UID: _Final[str | None] = "1.2.840.10008.6.1.474"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230630"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Ptx: _Final[_Code] = _Code("SCT", "1228950008", "pTX", (6160,))
"""pTX (SCT 1228950008)."""

Pt0: _Final[_Code] = _Code("SCT", "1228951007", "pT0", (6160,))
"""pT0 (SCT 1228951007)."""

Ptis: _Final[_Code] = _Code("SCT", "1228953005", "pTis", (6160,))
"""pTis (SCT 1228953005)."""

PtisDCIS: _Final[_Code] = _Code("SCT", "1228954004", "pTis (DCIS)", (6160,))
"""pTis (DCIS) (SCT 1228954004)."""

PtisPaget: _Final[_Code] = _Code("SCT", "1228956002", "pTis (Paget)", (6160,))
"""pTis (Paget) (SCT 1228956002)."""

Pt1: _Final[_Code] = _Code("SCT", "1228957006", "pT1", (6160,))
"""pT1 (SCT 1228957006)."""

Pt1mi: _Final[_Code] = _Code("SCT", "1228958001", "pT1mi", (6160,))
"""pT1mi (SCT 1228958001)."""

Pt1a: _Final[_Code] = _Code("SCT", "1228959009", "pT1a", (6160,))
"""pT1a (SCT 1228959009)."""

Pt1b: _Final[_Code] = _Code("SCT", "1228962007", "pT1b", (6160,))
"""pT1b (SCT 1228962007)."""

Pt1c: _Final[_Code] = _Code("SCT", "1229846008", "pT1c", (6160,))
"""pT1c (SCT 1229846008)."""

Pt2: _Final[_Code] = _Code("SCT", "1229852009", "pT2", (6160,))
"""pT2 (SCT 1229852009)."""

Pt3: _Final[_Code] = _Code("SCT", "1229859000", "pT3", (6160,))
"""pT3 (SCT 1229859000)."""

Pt4: _Final[_Code] = _Code("SCT", "1229864001", "pT4", (6160,))
"""pT4 (SCT 1229864001)."""

Pt4a: _Final[_Code] = _Code("SCT", "1229865000", "pT4a", (6160,))
"""pT4a (SCT 1229865000)."""

Pt4b: _Final[_Code] = _Code("SCT", "1229866004", "pT4b", (6160,))
"""pT4b (SCT 1229866004)."""

Pt4c: _Final[_Code] = _Code("SCT", "1229867008", "pT4c", (6160,))
"""pT4c (SCT 1229867008)."""

Pt4d: _Final[_Code] = _Code("SCT", "1229868003", "pT4d", (6160,))
"""pT4d (SCT 1229868003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Ptx,
    Pt0,
    Ptis,
    PtisDCIS,
    PtisPaget,
    Pt1,
    Pt1mi,
    Pt1a,
    Pt1b,
    Pt1c,
    Pt2,
    Pt3,
    Pt4,
    Pt4a,
    Pt4b,
    Pt4c,
    Pt4d,
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
