"""CID 7277 Diffusion Rate Area Over Time Unit.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1172.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 7277
NAME: _Final[str] = "Diffusion Rate Area Over Time Unit"
KEYWORD: _Final[str | None] = "DiffusionRateAreaOverTimeUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.1172"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170413"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Mm2S: _Final[_Code] = _Code("UCUM", "mm2/s", "mm2/s", (7277,))
"""mm2/s (UCUM mm2/s)."""

Um2ms: _Final[_Code] = _Code("UCUM", "um2/ms", "um2/ms", (7277,))
"""um2/ms (UCUM um2/ms)."""

Um2S: _Final[_Code] = _Code("UCUM", "um2/s", "um2/s", (7277,))
"""um2/s (UCUM um2/s)."""

_106Mm2S: _Final[_Code] = _Code("UCUM", "10-6.mm2/s", "10-6.mm2/s", (7277,))
"""10-6.mm2/s (UCUM 10-6.mm2/s)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Mm2S, Um2ms, Um2S, _106Mm2S)
"""The resolved membership: own members, then those of the included groups, in order."""
