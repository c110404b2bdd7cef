"""CID 10004 Fluoro Mode.

Extensible, version 20051101, UID 1.2.840.10008.6.1.538.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10004
NAME: _Final[str] = "Fluoro Mode"
KEYWORD: _Final[str | None] = "FluoroMode"
UID: _Final[str | None] = "1.2.840.10008.6.1.538"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051101"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Continuous: _Final[_Code] = _Code("DCM", "113630", "Continuous", (10004,))
"""Continuous (DCM 113630)."""

Pulsed: _Final[_Code] = _Code("DCM", "113631", "Pulsed", (10004,))
"""Pulsed (DCM 113631)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Continuous, Pulsed)
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
