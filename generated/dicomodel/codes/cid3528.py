"""CID 3528 Blood pH.

Extensible, version 20030327, UID 1.2.840.10008.6.1.142.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3528
NAME: Final[str] = "Blood pH"
KEYWORD: Final[str | None] = "BloodpH"
UID: Final[str | None] = "1.2.840.10008.6.1.142"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BloodPh: Final[Code] = Code("LN", "11558-4", "Blood pH", (3528,))
"""Blood pH (LN 11558-4)."""

ArterialBloodPh: Final[Code] = Code("LN", "2744-1", "Arterial Blood pH", (3528,))
"""Arterial Blood pH (LN 2744-1)."""

VenousBloodPh: Final[Code] = Code("LN", "2746-6", "Venous Blood pH", (3528,))
"""Venous Blood pH (LN 2746-6)."""

MEMBERS: Final[tuple[Code, ...]] = (BloodPh, ArterialBloodPh, VenousBloodPh)
"""The resolved membership: own members, then those of the included groups, in order."""
