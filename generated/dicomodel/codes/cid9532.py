"""CID 9532 No-Parameter Dosimetric Objective.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1242.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9532
NAME: _Final[str] = "No-Parameter Dosimetric Objective"
KEYWORD: _Final[str | None] = "NoParameterDosimetricObjective"
UID: _Final[str | None] = "1.2.840.10008.6.1.1242"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MinimizeMeterset: _Final[_Code] = _Code("DCM", "130018", "Minimize Meterset", (9532,))
"""Minimize Meterset (DCM 130018)."""

MEMBERS: _Final[tuple[_Code, ...]] = (MinimizeMeterset,)
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
