"""CID 7277 Diffusion Rate Area Over Time Unit.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1172.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7277
NAME: Final[str] = "Diffusion Rate Area Over Time Unit"
KEYWORD: Final[str | None] = "DiffusionRateAreaOverTimeUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.1172"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170413"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Mm2S: Final[Code] = Code("UCUM", "mm2/s", "mm2/s", (7277,))
"""mm2/s (UCUM mm2/s)."""

Um2ms: Final[Code] = Code("UCUM", "um2/ms", "um2/ms", (7277,))
"""um2/ms (UCUM um2/ms)."""

Um2S: Final[Code] = Code("UCUM", "um2/s", "um2/s", (7277,))
"""um2/s (UCUM um2/s)."""

_106Mm2S: Final[Code] = Code("UCUM", "10-6.mm2/s", "10-6.mm2/s", (7277,))
"""10-6.mm2/s (UCUM 10-6.mm2/s)."""

MEMBERS: Final[tuple[Code, ...]] = (Mm2S, Um2ms, Um2S, _106Mm2S)
"""The resolved membership: own members, then those of the included groups, in order."""
