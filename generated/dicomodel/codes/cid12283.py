"""CID 12283 Cardiac Ultrasound Venous Return Pulmonary Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.863.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12283
NAME: _Final[str] = "Cardiac Ultrasound Venous Return Pulmonary Finding Site"
KEYWORD: _Final[str | None] = "CardiacUltrasoundVenousReturnPulmonaryFindingSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.863"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100317"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PulmonaryVein: _Final[_Code] = _Code(
    "SCT", "122972007", "Pulmonary Vein", (3010, 3011, 3607, 6117, 12141, 12283)
)
"""Pulmonary Vein (SCT 122972007)."""

PulmonaryVeinGreatVessel: _Final[_Code] = _Code(
    "SCT", "430757002", "Pulmonary Vein Great Vessel", (3840, 12283, 12305)
)
"""Pulmonary Vein Great Vessel (SCT 430757002)."""

CorTriatriatumOrifice: _Final[_Code] = _Code(
    "SCT", "443445009", "Cor Triatriatum Orifice", (12283,)
)
"""Cor Triatriatum Orifice (SCT 443445009)."""

PulmonaryVeinToAtriumConnection: _Final[_Code] = _Code(
    "SCT", "443297004", "Pulmonary Vein to Atrium Connection", (12283,)
)
"""Pulmonary Vein to Atrium Connection (SCT 443297004)."""

MustardOrSenningPulmonaryVenousPathway: _Final[_Code] = _Code(
    "SCT", "443907004", "Mustard or Senning Pulmonary Venous Pathway", (12283,)
)
"""Mustard or Senning Pulmonary Venous Pathway (SCT 443907004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PulmonaryVein,
    PulmonaryVeinGreatVessel,
    CorTriatriatumOrifice,
    PulmonaryVeinToAtriumConnection,
    MustardOrSenningPulmonaryVenousPathway,
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
