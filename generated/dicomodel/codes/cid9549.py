"""CID 9549 Radiation Generation Mode Type.

Extensible, version 20190715, UID 1.2.840.10008.6.1.1296.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9549
NAME: _Final[str] = "Radiation Generation Mode Type"
KEYWORD: _Final[str | None] = "RadiationGenerationModeType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1296"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190715"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FlatteningFilterBeam: _Final[_Code] = _Code("DCM", "130355", "Flattening Filter Beam", (9549,))
"""Flattening Filter Beam (DCM 130355)."""

NonFlatteningFilterBeam: _Final[_Code] = _Code(
    "DCM", "130356", "Non-Flattening Filter Beam", (9549,)
)
"""Non-Flattening Filter Beam (DCM 130356)."""

PartialFlatteningFilterBeam: _Final[_Code] = _Code(
    "DCM", "130357", "Partial Flattening Filter Beam", (9549,)
)
"""Partial Flattening Filter Beam (DCM 130357)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    FlatteningFilterBeam,
    NonFlatteningFilterBeam,
    PartialFlatteningFilterBeam,
)
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
