"""CID 3235 Perfusion Comparison Finding.

Extensible, version 20080927, UID 1.2.840.10008.6.1.781.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3235
NAME: Final[str] = "Perfusion Comparison Finding"
KEYWORD: Final[str | None] = "PerfusionComparisonFinding"
UID: Final[str | None] = "1.2.840.10008.6.1.781"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NoChange: Final[Code] = Code("SCT", "260388006", "No change", (3235, 3236, 3237))
"""No change (SCT 260388006)."""

NewIschemia: Final[Code] = Code("SCT", "428927006", "New ischemia", (3235,))
"""New ischemia (SCT 428927006)."""

LessIschemia: Final[Code] = Code("SCT", "429232006", "Less ischemia", (3235,))
"""Less ischemia (SCT 429232006)."""

ResolutionOfIschemia: Final[Code] = Code("SCT", "428824000", "Resolution of ischemia", (3235,))
"""Resolution of ischemia (SCT 428824000)."""

MoreIschemia: Final[Code] = Code("SCT", "429477006", "More ischemia", (3235,))
"""More ischemia (SCT 429477006)."""

NewInfarction: Final[Code] = Code("SCT", "429391004", "New infarction", (3235,))
"""New infarction (SCT 429391004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NoChange,
    NewIschemia,
    LessIschemia,
    ResolutionOfIschemia,
    MoreIschemia,
    NewInfarction,
)
"""The resolved membership: own members, then those of the included groups, in order."""
