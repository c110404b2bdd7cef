"""CID 3826 Heart Rhythm.

Extensible, version 20051103, UID 1.2.840.10008.6.1.279.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3826
NAME: Final[str] = "Heart Rhythm"
KEYWORD: Final[str | None] = "HeartRhythm"
UID: Final[str | None] = "1.2.840.10008.6.1.279"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051103"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NormalSinusRhythm: Final[Code] = Code("SCT", "64730000", "normal sinus rhythm", (3826,))
"""normal sinus rhythm (SCT 64730000)."""

AtrialArrhythmia: Final[Code] = Code("SCT", "17366009", "atrial arrhythmia", (3826,))
"""atrial arrhythmia (SCT 17366009)."""

VentricularArrhythmia: Final[Code] = Code("SCT", "44103008", "ventricular arrhythmia", (3826,))
"""ventricular arrhythmia (SCT 44103008)."""

MEMBERS: Final[tuple[Code, ...]] = (NormalSinusRhythm, AtrialArrhythmia, VentricularArrhythmia)
"""The resolved membership: own members, then those of the included groups, in order."""
