"""CID 3826 Heart Rhythm.

Extensible, version 20051103, UID 1.2.840.10008.6.1.279.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3826
NAME: _Final[str] = "Heart Rhythm"
KEYWORD: _Final[str | None] = "HeartRhythm"
UID: _Final[str | None] = "1.2.840.10008.6.1.279"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051103"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NormalSinusRhythm: _Final[_Code] = _Code("SCT", "64730000", "normal sinus rhythm", (3826,))
"""normal sinus rhythm (SCT 64730000)."""

AtrialArrhythmia: _Final[_Code] = _Code("SCT", "17366009", "atrial arrhythmia", (3826,))
"""atrial arrhythmia (SCT 17366009)."""

VentricularArrhythmia: _Final[_Code] = _Code("SCT", "44103008", "ventricular arrhythmia", (3826,))
"""ventricular arrhythmia (SCT 44103008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (NormalSinusRhythm, AtrialArrhythmia, VentricularArrhythmia)
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
