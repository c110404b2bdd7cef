"""CID 9262 Energy Derivation Types.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1461.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9262
NAME: _Final[str] = "Energy Derivation Types"
KEYWORD: _Final[str | None] = "EnergyDerivationTypes"
UID: _Final[str | None] = "1.2.840.10008.6.1.1461"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20221225"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ConfiguredLowestImagingEnergy: _Final[_Code] = _Code(
    "DCM", "130806", "Configured Lowest Imaging Energy", (9262,)
)
"""Configured Lowest Imaging Energy (DCM 130806)."""

ConfiguredDefaultImagingEnergy: _Final[_Code] = _Code(
    "DCM", "130807", "Configured Default Imaging Energy", (9262,)
)
"""Configured Default Imaging Energy (DCM 130807)."""

MEMBERS: _Final[tuple[_Code, ...]] = (ConfiguredLowestImagingEnergy, ConfiguredDefaultImagingEnergy)
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
