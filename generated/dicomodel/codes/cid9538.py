"""CID 9538 Radiation Transport-based Effective Dose Method Modifier.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1248.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9538
NAME: _Final[str] = "Radiation Transport-based Effective Dose Method Modifier"
KEYWORD: _Final[str | None] = "RadiationTransportBasedEffectiveDoseMethodModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.1248"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LocalEffectModel: _Final[_Code] = _Code("DCM", "130128", "Local Effect Model", (9538,))
"""Local Effect Model (DCM 130128)."""

MicrodosimetricKineticModel: _Final[_Code] = _Code(
    "DCM", "130129", "Microdosimetric Kinetic Model", (9538,)
)
"""Microdosimetric Kinetic Model (DCM 130129)."""

MEMBERS: _Final[tuple[_Code, ...]] = (LocalEffectModel, MicrodosimetricKineticModel)
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
