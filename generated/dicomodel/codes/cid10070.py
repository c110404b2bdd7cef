"""CID 10070 Radiation Dose Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1164.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10070
NAME: _Final[str] = "Radiation Dose Type"
KEYWORD: _Final[str | None] = "RadiationDoseType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1164"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170405"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AbsorbedDose: _Final[_Code] = _Code("DCM", "128513", "Absorbed Dose", (10070,))
"""Absorbed Dose (DCM 128513)."""

EquivalentDose: _Final[_Code] = _Code("DCM", "128512", "Equivalent Dose", (10070,))
"""Equivalent Dose (DCM 128512)."""

MEMBERS: _Final[tuple[_Code, ...]] = (AbsorbedDose, EquivalentDose)
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
