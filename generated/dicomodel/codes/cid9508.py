"""CID 9508 Non-specific Volume.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1218.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9508
NAME: _Final[str] = "Non-specific Volume"
KEYWORD: _Final[str | None] = "NonspecificVolume"
UID: _Final[str | None] = "1.2.840.10008.6.1.1218"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

UnclassifiedVolume: _Final[_Code] = _Code("DCM", "130048", "Unclassified Volume", (9508,))
"""Unclassified Volume (DCM 130048)."""

UnclassifiedCombination: _Final[_Code] = _Code("DCM", "130081", "Unclassified Combination", (9508,))
"""Unclassified Combination (DCM 130081)."""

MEMBERS: _Final[tuple[_Code, ...]] = (UnclassifiedVolume, UnclassifiedCombination)
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
