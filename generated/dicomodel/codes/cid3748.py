"""CID 3748 Angiographic EF Testing Method.

Extensible, version 20030327, UID 1.2.840.10008.6.1.245.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3748
NAME: _Final[str] = "Angiographic EF Testing Method"
KEYWORD: _Final[str | None] = "AngiographicEFTestingMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.245"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SinglePlaneAngiography: _Final[_Code] = _Code("DCM", "122059", "Single plane Angiography", (3748,))
"""Single plane Angiography (DCM 122059)."""

BiPlaneAngiography: _Final[_Code] = _Code("DCM", "122060", "Bi-plane Angiography", (3748,))
"""Bi-plane Angiography (DCM 122060)."""

MEMBERS: _Final[tuple[_Code, ...]] = (SinglePlaneAngiography, BiPlaneAngiography)
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
