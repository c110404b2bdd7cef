"""CID 9508 Non-specific Volume.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1218.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9508
NAME: Final[str] = "Non-specific Volume"
KEYWORD: Final[str | None] = "NonspecificVolume"
UID: Final[str | None] = "1.2.840.10008.6.1.1218"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

UnclassifiedVolume: Final[Code] = Code("DCM", "130048", "Unclassified Volume", (9508,))
"""Unclassified Volume (DCM 130048)."""

UnclassifiedCombination: Final[Code] = Code("DCM", "130081", "Unclassified Combination", (9508,))
"""Unclassified Combination (DCM 130081)."""

MEMBERS: Final[tuple[Code, ...]] = (UnclassifiedVolume, UnclassifiedCombination)
"""The resolved membership: own members, then those of the included groups, in order."""
