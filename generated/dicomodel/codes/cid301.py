"""CID 301 Multi-energy Material Unit.

Extensible, version 20181109, UID 1.2.840.10008.6.1.1209.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 301
NAME: _Final[str] = "Multi-energy Material Unit"
KEYWORD: _Final[str | None] = "MultienergyMaterialUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.1209"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181109"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

mgcm3: _Final[_Code] = _Code("UCUM", "mg/cm3", "mg/cm^3", (301,))
"""mg/cm^3 (UCUM mg/cm3)."""

HounsfieldUnit: _Final[_Code] = _Code("UCUM", "[hnsf'U]", "Hounsfield Unit", (83, 301, 7181))
"""Hounsfield Unit (UCUM [hnsf'U])."""

ElectronDensity: _Final[_Code] = _Code("UCUM", "10*23/ml", "Electron Density", (301,))
"""Electron Density (UCUM 10*23/ml)."""

EffectiveAtomicNumber: _Final[_Code] = _Code("DCM", "129320", "Effective Atomic Number", (301,))
"""Effective Atomic Number (DCM 129320)."""

ModifiedHounsfieldUnit: _Final[_Code] = _Code("DCM", "129321", "Modified Hounsfield Unit", (301,))
"""Modified Hounsfield Unit (DCM 129321)."""

mgml: _Final[_Code] = _Code("UCUM", "mg/ml", "mg/ml", (301, 4244))
"""mg/ml (UCUM mg/ml)."""

Percent: _Final[_Code] = _Code("UCUM", "%", "Percent", (84, 301, 4244))
"""Percent (UCUM %)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    mgcm3,
    HounsfieldUnit,
    ElectronDensity,
    EffectiveAtomicNumber,
    ModifiedHounsfieldUnit,
    mgml,
    Percent,
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
