"""CID 6160 Breast Primary Tumor Assessment From AJCC.

Extensible, version 20230630, UID 1.2.840.10008.6.1.474.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6160
NAME: Final[str] = "Breast Primary Tumor Assessment From AJCC"
KEYWORD: Final[str | None] = "BreastPrimaryTumorAssessmentFromAJCC"
UID: Final[str | None] = "1.2.840.10008.6.1.474"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20230630"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Ptx: Final[Code] = Code("SCT", "1228950008", "pTX", (6160,))
"""pTX (SCT 1228950008)."""

Pt0: Final[Code] = Code("SCT", "1228951007", "pT0", (6160,))
"""pT0 (SCT 1228951007)."""

Ptis: Final[Code] = Code("SCT", "1228953005", "pTis", (6160,))
"""pTis (SCT 1228953005)."""

PtisDCIS: Final[Code] = Code("SCT", "1228954004", "pTis (DCIS)", (6160,))
"""pTis (DCIS) (SCT 1228954004)."""

PtisPaget: Final[Code] = Code("SCT", "1228956002", "pTis (Paget)", (6160,))
"""pTis (Paget) (SCT 1228956002)."""

Pt1: Final[Code] = Code("SCT", "1228957006", "pT1", (6160,))
"""pT1 (SCT 1228957006)."""

Pt1mi: Final[Code] = Code("SCT", "1228958001", "pT1mi", (6160,))
"""pT1mi (SCT 1228958001)."""

Pt1a: Final[Code] = Code("SCT", "1228959009", "pT1a", (6160,))
"""pT1a (SCT 1228959009)."""

Pt1b: Final[Code] = Code("SCT", "1228962007", "pT1b", (6160,))
"""pT1b (SCT 1228962007)."""

Pt1c: Final[Code] = Code("SCT", "1229846008", "pT1c", (6160,))
"""pT1c (SCT 1229846008)."""

Pt2: Final[Code] = Code("SCT", "1229852009", "pT2", (6160,))
"""pT2 (SCT 1229852009)."""

Pt3: Final[Code] = Code("SCT", "1229859000", "pT3", (6160,))
"""pT3 (SCT 1229859000)."""

Pt4: Final[Code] = Code("SCT", "1229864001", "pT4", (6160,))
"""pT4 (SCT 1229864001)."""

Pt4a: Final[Code] = Code("SCT", "1229865000", "pT4a", (6160,))
"""pT4a (SCT 1229865000)."""

Pt4b: Final[Code] = Code("SCT", "1229866004", "pT4b", (6160,))
"""pT4b (SCT 1229866004)."""

Pt4c: Final[Code] = Code("SCT", "1229867008", "pT4c", (6160,))
"""pT4c (SCT 1229867008)."""

Pt4d: Final[Code] = Code("SCT", "1229868003", "pT4d", (6160,))
"""pT4d (SCT 1229868003)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
