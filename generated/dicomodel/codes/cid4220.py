"""CID 4220 Visual Fixation Quality During Acquisition.

Extensible, version 20090917, UID 1.2.840.10008.6.1.819.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4220
NAME: Final[str] = "Visual Fixation Quality During Acquisition"
KEYWORD: Final[str | None] = "VisualFixationQualityDuringAcquisition"
UID: Final[str | None] = "1.2.840.10008.6.1.819"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20090917"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Steady: Final[Code] = Code("SCT", "55011004", "Steady", (4220,))
"""Steady (SCT 55011004)."""

NotSteady: Final[Code] = Code("SCT", "103361006", "Not Steady", (4220,))
"""Not Steady (SCT 103361006)."""

Indeterminate: Final[Code] = Code("SCT", "82334004", "Indeterminate", (4220,))
"""Indeterminate (SCT 82334004)."""

MEMBERS: Final[tuple[Code, ...]] = (Steady, NotSteady, Indeterminate)
"""The resolved membership: own members, then those of the included groups, in order."""
