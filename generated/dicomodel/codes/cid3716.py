"""CID 3716 Severity.

Extensible, version 20070827, UID 1.2.840.10008.6.1.217.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3716
NAME: Final[str] = "Severity"
KEYWORD: Final[str | None] = "Severity"
UID: Final[str | None] = "1.2.840.10008.6.1.217"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20070827"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

None_: Final[Code] = Code("SCT", "260413007", "None", (606, 3707, 3716, 4253))
"""None (SCT 260413007)."""

Mild: Final[Code] = Code("SCT", "255604002", "Mild", (3716, 3832, 6130))
"""Mild (SCT 255604002)."""

MildToModerate: Final[Code] = Code("SCT", "371923003", "Mild to Moderate", (3716,))
"""Mild to Moderate (SCT 371923003)."""

Moderate: Final[Code] = Code("SCT", "6736007", "Moderate", (3716, 3832, 6130))
"""Moderate (SCT 6736007)."""

ModerateToSevere: Final[Code] = Code("SCT", "371924009", "Moderate to Severe", (3716,))
"""Moderate to Severe (SCT 371924009)."""

Severe: Final[Code] = Code("SCT", "24484000", "Severe", (3716, 3832, 6130))
"""Severe (SCT 24484000)."""

Fatal: Final[Code] = Code("SCT", "399166001", "Fatal", (3716,))
"""Fatal (SCT 399166001)."""

MEMBERS: Final[tuple[Code, ...]] = (
    None_,
    Mild,
    MildToModerate,
    Moderate,
    ModerateToSevere,
    Severe,
    Fatal,
)
"""The resolved membership: own members, then those of the included groups, in order."""
