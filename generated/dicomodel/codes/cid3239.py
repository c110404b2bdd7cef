"""CID 3239 Perceived Exertion Scale.

Extensible, version 20080927, UID 1.2.840.10008.6.1.785.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3239
NAME: _Final[str] = "Perceived Exertion Scale"
KEYWORD: _Final[str | None] = "PerceivedExertionScale"
UID: _Final[str | None] = "1.2.840.10008.6.1.785"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BorgRPEScale: _Final[_Code] = _Code("DCM", "122734", "Borg RPE Scale", (3239,))
"""Borg RPE Scale (DCM 122734)."""

BorgCR10Scale: _Final[_Code] = _Code("DCM", "122735", "Borg CR10 Scale", (3239,))
"""Borg CR10 Scale (DCM 122735)."""

MEMBERS: _Final[tuple[_Code, ...]] = (BorgRPEScale, BorgCR10Scale)
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
