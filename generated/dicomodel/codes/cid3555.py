"""CID 3555 Pacing.

Extensible, version 20030327, UID 1.2.840.10008.6.1.151.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3555
NAME: Final[str] = "Pacing"
KEYWORD: Final[str | None] = "Pacing"
UID: Final[str | None] = "1.2.840.10008.6.1.151"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Pacing: Final[Code] = Code("SCT", "18590009", "Pacing", (3271, 3555, 12002))
"""Pacing (SCT 18590009)."""

PacingWithMagnet: Final[Code] = Code("SCT", "371909000", "pacing with magnet", (3555,))
"""pacing with magnet (SCT 371909000)."""

AtrialPacing: Final[Code] = Code("SCT", "69158002", "atrial pacing", (3555,))
"""atrial pacing (SCT 69158002)."""

VentricularPacing: Final[Code] = Code("SCT", "344994008", "ventricular pacing", (3555,))
"""ventricular pacing (SCT 344994008)."""

AVSequentialPacing: Final[Code] = Code("SCT", "371910005", "A-V sequential pacing", (3555,))
"""A-V sequential pacing (SCT 371910005)."""

TemporaryTranscutaneousPacing: Final[Code] = Code(
    "SCT", "59218006", "temporary transcutaneous pacing", (3555,)
)
"""temporary transcutaneous pacing (SCT 59218006)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Pacing,
    PacingWithMagnet,
    AtrialPacing,
    VentricularPacing,
    AVSequentialPacing,
    TemporaryTranscutaneousPacing,
)
"""The resolved membership: own members, then those of the included groups, in order."""
