"""CID 10045 Radiopharmaceutical Patient State.

Extensible, version 20140419, UID 1.2.840.10008.6.1.977.
Includes CID 3102.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10045
NAME: _Final[str] = "Radiopharmaceutical Patient State"
KEYWORD: _Final[str | None] = "RadiopharmaceuticalPatientState"
UID: _Final[str | None] = "1.2.840.10008.6.1.977"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20140419"
INCLUDES: _Final[tuple[int, ...]] = (3102,)
EXTERNAL_SCHEME: _Final[str | None] = None

AbnormalRenalFunction: _Final[_Code] = _Code(
    "SCT", "39539005", "Abnormal Renal Function", (64, 10045)
)
"""Abnormal Renal Function (SCT 39539005)."""

AcuteUnilateralRenalBlockage: _Final[_Code] = _Code(
    "DCM", "113560", "Acute unilateral renal blockage", (64, 10045)
)
"""Acute unilateral renal blockage (DCM 113560)."""

LowThyroidUptake: _Final[_Code] = _Code("DCM", "113561", "Low Thyroid Uptake", (64, 10045))
"""Low Thyroid Uptake (DCM 113561)."""

HighThyroidUptake: _Final[_Code] = _Code("DCM", "113562", "High Thyroid Uptake", (64, 10045))
"""High Thyroid Uptake (DCM 113562)."""

SeverelyJaundiced: _Final[_Code] = _Code("DCM", "113563", "Severely Jaundiced", (64, 10045))
"""Severely Jaundiced (DCM 113563)."""

RestingState: _Final[_Code] = _Code(
    "SCT", "128975004", "Resting State", (3101, 3102, 3207, 3250, 3262, 3602, 3651)
)
"""Resting State (SCT 128975004). Included from CID 3102."""

CardiacStressState: _Final[_Code] = _Code("DCM", "109091", "Cardiac Stress State", (3102,))
"""Cardiac Stress State (DCM 109091). Included from CID 3102."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AbnormalRenalFunction,
    AcuteUnilateralRenalBlockage,
    LowThyroidUptake,
    HighThyroidUptake,
    SeverelyJaundiced,
    RestingState,
    CardiacStressState,
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
