"""CID 3809 Associated Condition.

Extensible, version 20220922, UID 1.2.840.10008.6.1.270.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3809
NAME: Final[str] = "Associated Condition"
KEYWORD: Final[str | None] = "AssociatedCondition"
UID: Final[str | None] = "1.2.840.10008.6.1.270"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220922"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MarfanSyndrome: Final[Code] = Code("SCT", "19346006", "Marfan's Syndrome", (3809,))
"""Marfan's Syndrome (SCT 19346006)."""

TraumaticAbnormality: Final[Code] = Code("SCT", "417746004", "Traumatic Abnormality", (3809, 3815))
"""Traumatic Abnormality (SCT 417746004)."""

MEMBERS: Final[tuple[Code, ...]] = (MarfanSyndrome, TraumaticAbnormality)
"""The resolved membership: own members, then those of the included groups, in order."""
