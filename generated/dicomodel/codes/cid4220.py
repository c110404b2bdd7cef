"""CID 4220 Visual Fixation Quality During Acquisition.

Extensible, version 20090917, UID 1.2.840.10008.6.1.819.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4220
NAME: _Final[str] = "Visual Fixation Quality During Acquisition"
KEYWORD: _Final[str | None] = "VisualFixationQualityDuringAcquisition"
UID: _Final[str | None] = "1.2.840.10008.6.1.819"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20090917"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Steady: _Final[_Code] = _Code("SCT", "55011004", "Steady", (4220,))
"""Steady (SCT 55011004)."""

NotSteady: _Final[_Code] = _Code("SCT", "103361006", "Not Steady", (4220,))
"""Not Steady (SCT 103361006)."""

Indeterminate: _Final[_Code] = _Code("SCT", "82334004", "Indeterminate", (4220,))
"""Indeterminate (SCT 82334004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Steady, NotSteady, Indeterminate)
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
