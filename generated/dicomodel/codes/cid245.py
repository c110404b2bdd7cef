"""CID 245 Laterality with Median.

Non-extensible, version 20190524, UID 1.2.840.10008.6.1.1267.
Includes CID 244.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 245
NAME: Final[str] = "Laterality with Median"
KEYWORD: Final[str | None] = "LateralityWithMedian"
UID: Final[str | None] = "1.2.840.10008.6.1.1267"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20190524"
INCLUDES: Final[tuple[int, ...]] = (244,)
EXTERNAL_SCHEME: Final[str | None] = None

Median: Final[Code] = Code("DCM", "130290", "Median", (2, 212, 245))
"""Median (DCM 130290)."""

Bilateral: Final[Code] = Code("SCT", "51440002", "Bilateral", (2, 244))
"""Bilateral (SCT 51440002). Included from CID 244."""

Unilateral: Final[Code] = Code("SCT", "66459002", "Unilateral", (2, 244))
"""Unilateral (SCT 66459002). Included from CID 244."""

Right: Final[Code] = Code("SCT", "24028007", "Right", (2, 5, 247, 12117))
"""Right (SCT 24028007). Included from CID 247."""

Left: Final[Code] = Code("SCT", "7771000", "Left", (2, 5, 247, 12117))
"""Left (SCT 7771000). Included from CID 247."""

MEMBERS: Final[tuple[Code, ...]] = (Median, Bilateral, Unilateral, Right, Left)
"""The resolved membership: own members, then those of the included groups, in order."""
