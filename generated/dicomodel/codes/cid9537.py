"""CID 9537 Effective Dose Calculation Method Category.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1247.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9537
NAME: _Final[str] = "Effective Dose Calculation Method Category"
KEYWORD: _Final[str | None] = "EffectiveDoseCalculationMethodCategory"
UID: _Final[str | None] = "1.2.840.10008.6.1.1247"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RadiationTransportBasedMethods: _Final[_Code] = _Code(
    "DCM", "130126", "Radiation transport-based methods", (9537,)
)
"""Radiation transport-based methods (DCM 130126)."""

FractionationBasedOrTemporallyBasedMethods: _Final[_Code] = _Code(
    "DCM", "130127", "Fractionation-based or temporally-based methods", (9537,)
)
"""Fractionation-based or temporally-based methods (DCM 130127)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RadiationTransportBasedMethods,
    FractionationBasedOrTemporallyBasedMethods,
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
