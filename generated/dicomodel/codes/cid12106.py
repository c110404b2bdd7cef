"""CID 12106 Intracranial Cerebral Vessel (Unilateral).

Extensible, version 20030327, UID 1.2.840.10008.6.1.573.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12106
NAME: _Final[str] = "Intracranial Cerebral Vessel (Unilateral)"
KEYWORD: _Final[str | None] = "IntracranialCerebralVesselUnilateral"
UID: _Final[str | None] = "1.2.840.10008.6.1.573"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BasilarArtery: _Final[_Code] = _Code("SCT", "59011009", "Basilar Artery", (3010, 3606, 12106))
"""Basilar Artery (SCT 59011009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (BasilarArtery,)
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
