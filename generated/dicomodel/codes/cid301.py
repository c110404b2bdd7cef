"""CID 301 Multi-energy Material Unit.

Extensible, version 20181109, UID 1.2.840.10008.6.1.1209.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 301
NAME: Final[str] = "Multi-energy Material Unit"
KEYWORD: Final[str | None] = "MultienergyMaterialUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.1209"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181109"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

mgcm3: Final[Code] = Code("UCUM", "mg/cm3", "mg/cm^3", (301,))
"""mg/cm^3 (UCUM mg/cm3)."""

HounsfieldUnit: Final[Code] = Code("UCUM", "[hnsf'U]", "Hounsfield Unit", (83, 301, 7181))
"""Hounsfield Unit (UCUM [hnsf'U])."""

ElectronDensity: Final[Code] = Code("UCUM", "10*23/ml", "Electron Density", (301,))
"""Electron Density (UCUM 10*23/ml)."""

EffectiveAtomicNumber: Final[Code] = Code("DCM", "129320", "Effective Atomic Number", (301,))
"""Effective Atomic Number (DCM 129320)."""

ModifiedHounsfieldUnit: Final[Code] = Code("DCM", "129321", "Modified Hounsfield Unit", (301,))
"""Modified Hounsfield Unit (DCM 129321)."""

mgml: Final[Code] = Code("UCUM", "mg/ml", "mg/ml", (301, 4244))
"""mg/ml (UCUM mg/ml)."""

Percent: Final[Code] = Code("UCUM", "%", "Percent", (84, 301, 4244))
"""Percent (UCUM %)."""

MEMBERS: Final[tuple[Code, ...]] = (
    mgcm3,
    HounsfieldUnit,
    ElectronDensity,
    EffectiveAtomicNumber,
    ModifiedHounsfieldUnit,
    mgml,
    Percent,
)
"""The resolved membership: own members, then those of the included groups, in order."""
