"""CID 9538 Radiation Transport-based Effective Dose Method Modifier.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1248.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9538
NAME: Final[str] = "Radiation Transport-based Effective Dose Method Modifier"
KEYWORD: Final[str | None] = "RadiationTransportBasedEffectiveDoseMethodModifier"
UID: Final[str | None] = "1.2.840.10008.6.1.1248"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LocalEffectModel: Final[Code] = Code("DCM", "130128", "Local Effect Model", (9538,))
"""Local Effect Model (DCM 130128)."""

MicrodosimetricKineticModel: Final[Code] = Code(
    "DCM", "130129", "Microdosimetric Kinetic Model", (9538,)
)
"""Microdosimetric Kinetic Model (DCM 130129)."""

MEMBERS: Final[tuple[Code, ...]] = (LocalEffectModel, MicrodosimetricKineticModel)
"""The resolved membership: own members, then those of the included groups, in order."""
