"""CID 3470 Vessel Lumen Cross-sectional Area Calculation Method.

Extensible, version 20040614, UID 1.2.840.10008.6.1.112.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3470
NAME: _Final[str] = "Vessel Lumen Cross-sectional Area Calculation Method"
KEYWORD: _Final[str | None] = "VesselLumenCrossSectionalAreaCalculationMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.112"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CircularMethod: _Final[_Code] = _Code("DCM", "122473", "Circular method", (3470,))
"""Circular method (DCM 122473)."""

DensitometricMethod: _Final[_Code] = _Code("DCM", "122474", "Densitometric method", (3470,))
"""Densitometric method (DCM 122474)."""

MEMBERS: _Final[tuple[_Code, ...]] = (CircularMethod, DensitometricMethod)
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
