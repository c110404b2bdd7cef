"""CID 10071 Radiation Dose Unit.

Extensible, version 20180605, UID 1.2.840.10008.6.1.1206.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10071
NAME: _Final[str] = "Radiation Dose Unit"
KEYWORD: _Final[str | None] = "RadiationDoseUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.1206"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20180605"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Gy: _Final[_Code] = _Code("UCUM", "Gy", "Gy", (10071,))
"""Gy (UCUM Gy)."""

Sv: _Final[_Code] = _Code("UCUM", "Sv", "Sv", (10071,))
"""Sv (UCUM Sv)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Gy, Sv)
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
