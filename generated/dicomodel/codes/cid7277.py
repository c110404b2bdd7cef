"""CID 7277 Diffusion Rate Area Over Time Unit.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1172.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

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

V106Mm2S: _Final[_Code] = _Code("UCUM", "10-6.mm2/s", "10-6.mm2/s", (7277,))
"""10-6.mm2/s (UCUM 10-6.mm2/s)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_106Mm2S: _Final[_Code] = V106Mm2S

MEMBERS: _Final[tuple[_Code, ...]] = (Mm2S, Um2ms, Um2S, V106Mm2S)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
