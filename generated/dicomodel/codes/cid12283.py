"""CID 12283 Cardiac Ultrasound Venous Return Pulmonary Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.863.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12283
NAME: Final[str] = "Cardiac Ultrasound Venous Return Pulmonary Finding Site"
KEYWORD: Final[str | None] = "CardiacUltrasoundVenousReturnPulmonaryFindingSite"
UID: Final[str | None] = "1.2.840.10008.6.1.863"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100317"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PulmonaryVein: Final[Code] = Code(
    "SCT", "122972007", "Pulmonary Vein", (3010, 3011, 3607, 6117, 12141, 12283)
)
"""Pulmonary Vein (SCT 122972007)."""

PulmonaryVeinGreatVessel: Final[Code] = Code(
    "SCT", "430757002", "Pulmonary Vein Great Vessel", (3840, 12283, 12305)
)
"""Pulmonary Vein Great Vessel (SCT 430757002)."""

CorTriatriatumOrifice: Final[Code] = Code("SCT", "443445009", "Cor Triatriatum Orifice", (12283,))
"""Cor Triatriatum Orifice (SCT 443445009)."""

PulmonaryVeinToAtriumConnection: Final[Code] = Code(
    "SCT", "443297004", "Pulmonary Vein to Atrium Connection", (12283,)
)
"""Pulmonary Vein to Atrium Connection (SCT 443297004)."""

MustardOrSenningPulmonaryVenousPathway: Final[Code] = Code(
    "SCT", "443907004", "Mustard or Senning Pulmonary Venous Pathway", (12283,)
)
"""Mustard or Senning Pulmonary Venous Pathway (SCT 443907004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PulmonaryVein,
    PulmonaryVeinGreatVessel,
    CorTriatriatumOrifice,
    PulmonaryVeinToAtriumConnection,
    MustardOrSenningPulmonaryVenousPathway,
)
"""The resolved membership: own members, then those of the included groups, in order."""
