"""CID 3749 PCI Procedure Result.

Extensible, version 20030327, UID 1.2.840.10008.6.1.246.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3749
NAME: _Final[str] = "PCI Procedure Result"
KEYWORD: _Final[str | None] = "PCIProcedureResult"
UID: _Final[str | None] = "1.2.840.10008.6.1.246"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Successful: _Final[_Code] = _Code("NCDR", "100-1", "Successful", (3749,))
"""Successful (NCDR 100-1)."""

PartiallySuccessful: _Final[_Code] = _Code("NCDR", "100-2", "Partially successful", (3749,))
"""Partially successful (NCDR 100-2)."""

Unsuccessful: _Final[_Code] = _Code("NCDR", "100-3", "Unsuccessful", (3749,))
"""Unsuccessful (NCDR 100-3)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Successful, PartiallySuccessful, Unsuccessful)
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
