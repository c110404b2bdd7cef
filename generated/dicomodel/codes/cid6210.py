"""CID 6210 Location in Intestinal Tract.

Extensible, version 20090402, UID 1.2.840.10008.6.1.797.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6210
NAME: Final[str] = "Location in Intestinal Tract"
KEYWORD: Final[str | None] = "LocationInIntestinalTract"
UID: Final[str | None] = "1.2.840.10008.6.1.797"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20090402"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Rectum: Final[Code] = Code(
    "SCT", "34402009", "Rectum", (4, 645, 4031, 4040, 6204, 6210, 6348, 7160)
)
"""Rectum (SCT 34402009)."""

SigmoidColon: Final[Code] = Code("SCT", "60184004", "Sigmoid colon", (4040, 6210))
"""Sigmoid colon (SCT 60184004)."""

DescendingColon: Final[Code] = Code("SCT", "32622004", "Descending colon", (6210,))
"""Descending colon (SCT 32622004)."""

TransverseColon: Final[Code] = Code("SCT", "485005", "Transverse colon", (6210,))
"""Transverse colon (SCT 485005)."""

AscendingColon: Final[Code] = Code("SCT", "9040008", "Ascending colon", (6210,))
"""Ascending colon (SCT 9040008)."""

Cecum: Final[Code] = Code("SCT", "32713005", "Cecum", (6210,))
"""Cecum (SCT 32713005)."""

SplenicFlexureOfColon: Final[Code] = Code("SCT", "72592005", "Splenic flexure of colon", (6210,))
"""Splenic flexure of colon (SCT 72592005)."""

HepaticFlexureOfColon: Final[Code] = Code("SCT", "48338005", "Hepatic flexure of colon", (6210,))
"""Hepatic flexure of colon (SCT 48338005)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Rectum,
    SigmoidColon,
    DescendingColon,
    TransverseColon,
    AscendingColon,
    Cecum,
    SplenicFlexureOfColon,
    HepaticFlexureOfColon,
)
"""The resolved membership: own members, then those of the included groups, in order."""
