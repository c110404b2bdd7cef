"""CID 3744 EF Testing Method.

Extensible, version 20160314, UID 1.2.840.10008.6.1.241.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3744
NAME: _Final[str] = "EF Testing Method"
KEYWORD: _Final[str | None] = "EFTestingMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.241"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CardiacVentriculography: _Final[_Code] = _Code(
    "SCT", "252426003", "Cardiac ventriculography", (3428, 3744)
)
"""Cardiac ventriculography (SCT 252426003)."""

RadionuclideVentriculography: _Final[_Code] = _Code(
    "SCT", "85606007", "Radionuclide ventriculography", (3744,)
)
"""Radionuclide ventriculography (SCT 85606007)."""

Echocardiography: _Final[_Code] = _Code(
    "SCT", "40701008", "Echocardiography", (3206, 3744, 3757, 12001)
)
"""Echocardiography (SCT 40701008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CardiacVentriculography,
    RadionuclideVentriculography,
    Echocardiography,
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
