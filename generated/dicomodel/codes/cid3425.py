"""CID 3425 Intervention Parameter.

Extensible, version 20030327, UID 1.2.840.10008.6.1.87.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3425
NAME: _Final[str] = "Intervention Parameter"
KEYWORD: _Final[str | None] = "InterventionParameter"
UID: _Final[str | None] = "1.2.840.10008.6.1.87"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AngioplastyInflationPressure: _Final[_Code] = _Code(
    "SCT", "371851006", "Angioplasty Inflation pressure", (3425,)
)
"""Angioplasty Inflation pressure (SCT 371851006)."""

AngioplastyInflationDuration: _Final[_Code] = _Code(
    "SCT", "371852004", "Angioplasty Inflation duration", (3425,)
)
"""Angioplasty Inflation duration (SCT 371852004)."""

RotationalAtherectomySpeed: _Final[_Code] = _Code(
    "SCT", "371854003", "Rotational Atherectomy Speed", (3425,)
)
"""Rotational Atherectomy Speed (SCT 371854003)."""

DeliveredRadiationDose: _Final[_Code] = _Code(
    "SCT", "371892002", "Delivered Radiation Dose", (3425,)
)
"""Delivered Radiation Dose (SCT 371892002)."""

AblationPower: _Final[_Code] = _Code("SCT", "386131004", "Ablation power", (3425,))
"""Ablation power (SCT 386131004)."""

AblationFrequency: _Final[_Code] = _Code("SCT", "386132006", "Ablation frequency", (3425,))
"""Ablation frequency (SCT 386132006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AngioplastyInflationPressure,
    AngioplastyInflationDuration,
    RotationalAtherectomySpeed,
    DeliveredRadiationDose,
    AblationPower,
    AblationFrequency,
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
