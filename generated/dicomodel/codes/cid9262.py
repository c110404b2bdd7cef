"""CID 9262 Energy Derivation Types.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1461.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9262
NAME: Final[str] = "Energy Derivation Types"
KEYWORD: Final[str | None] = "EnergyDerivationTypes"
UID: Final[str | None] = "1.2.840.10008.6.1.1461"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20221225"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ConfiguredLowestImagingEnergy: Final[Code] = Code(
    "DCM", "130806", "Configured Lowest Imaging Energy", (9262,)
)
"""Configured Lowest Imaging Energy (DCM 130806)."""

ConfiguredDefaultImagingEnergy: Final[Code] = Code(
    "DCM", "130807", "Configured Default Imaging Energy", (9262,)
)
"""Configured Default Imaging Energy (DCM 130807)."""

MEMBERS: Final[tuple[Code, ...]] = (ConfiguredLowestImagingEnergy, ConfiguredDefaultImagingEnergy)
"""The resolved membership: own members, then those of the included groups, in order."""
