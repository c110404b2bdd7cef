"""CID 4110 Tracer Kinetic Modeling Covariate.

Extensible, version 20141110, UID 1.2.840.10008.6.1.995.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4110
NAME: _Final[str] = "Tracer Kinetic Modeling Covariate"
KEYWORD: _Final[str | None] = "TracerKineticModelingCovariate"
UID: _Final[str | None] = "1.2.840.10008.6.1.995"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20141110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Hematocrit: _Final[_Code] = _Code("LN", "20570-8", "Hematocrit", (4110,))
"""Hematocrit (LN 20570-8)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Hematocrit,)
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
