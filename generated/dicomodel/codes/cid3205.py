"""CID 3205 Indications for Pharmacological Stress Test.

Extensible, version 20160314, UID 1.2.840.10008.6.1.760.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3205
NAME: _Final[str] = "Indications for Pharmacological Stress Test"
KEYWORD: _Final[str | None] = "IndicationsForPharmacologicalStressTest"
UID: _Final[str | None] = "1.2.840.10008.6.1.760"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftBundleBranchBlock: _Final[_Code] = _Code(
    "SCT", "63467002", "Left bundle branch block", (3201, 3205, 3230, 12246)
)
"""Left bundle branch block (SCT 63467002)."""

PatientHasPacemaker: _Final[_Code] = _Code(
    "SCT", "441509002", "Patient has pacemaker", (3205, 12323)
)
"""Patient has pacemaker (SCT 441509002)."""

ParalyticSyndrome: _Final[_Code] = _Code("SCT", "29426003", "Paralytic syndrome", (3205,))
"""Paralytic syndrome (SCT 29426003)."""

AtaxiaOrIncoordination: _Final[_Code] = _Code(
    "SCT", "20262006", "Ataxia or incoordination", (3205,)
)
"""Ataxia or incoordination (SCT 20262006)."""

PeripheralVascularDisease: _Final[_Code] = _Code(
    "SCT", "400047006", "Peripheral vascular disease", (3205, 3756)
)
"""Peripheral vascular disease (SCT 400047006)."""

PulmonaryDisease: _Final[_Code] = _Code("SCT", "19829001", "Pulmonary disease", (3205,))
"""Pulmonary disease (SCT 19829001)."""

GaitProblem: _Final[_Code] = _Code("SCT", "22325002", "Gait problem", (3205,))
"""Gait problem (SCT 22325002)."""

TransientLimbParalysis: _Final[_Code] = _Code(
    "SCT", "274662006", "Transient limb paralysis", (3205,)
)
"""Transient limb paralysis (SCT 274662006)."""

Asthenia: _Final[_Code] = _Code("SCT", "13791008", "Asthenia (debility)", (3205,))
"""Asthenia (debility) (SCT 13791008)."""

Cachexia: _Final[_Code] = _Code("SCT", "238108007", "Cachexia", (3205,))
"""Cachexia (SCT 238108007)."""

FractureOfLowerLimb: _Final[_Code] = _Code("SCT", "46866001", "Fracture of lower limb", (3205,))
"""Fracture of lower limb (SCT 46866001)."""

OpenWoundOfLowerLimb: _Final[_Code] = _Code("SCT", "26947005", "Open wound of lower limb", (3205,))
"""Open wound of lower limb (SCT 26947005)."""

LowerLimbAmputation: _Final[_Code] = _Code("SCT", "161622006", "Lower limb amputation", (3205,))
"""Lower limb amputation (SCT 161622006)."""

RequestByPhysician: _Final[_Code] = _Code("SCT", "103321005", "Request by Physician", (3205,))
"""Request by Physician (SCT 103321005)."""

DependenceOnEnablingMachineOrDevice: _Final[_Code] = _Code(
    "SCT", "105501005", "Dependence on enabling machine or device", (3205,)
)
"""Dependence on enabling machine or device (SCT 105501005)."""

RecentMyocardialInfarction: _Final[_Code] = _Code(
    "SCT", "428752002", "Recent Myocardial infarction", (3205,)
)
"""Recent Myocardial infarction (SCT 428752002)."""

CannotReachTargetHeartRate: _Final[_Code] = _Code(
    "SCT", "429733000", "Cannot reach target heart rate", (3205,)
)
"""Cannot reach target heart rate (SCT 429733000)."""

PatientWeightExceedsEquipmentLimit: _Final[_Code] = _Code(
    "DCM", "122764", "Patient weight exceeds equipment limit", (3205,)
)
"""Patient weight exceeds equipment limit (DCM 122764)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftBundleBranchBlock,
    PatientHasPacemaker,
    ParalyticSyndrome,
    AtaxiaOrIncoordination,
    PeripheralVascularDisease,
    PulmonaryDisease,
    GaitProblem,
    TransientLimbParalysis,
    Asthenia,
    Cachexia,
    FractureOfLowerLimb,
    OpenWoundOfLowerLimb,
    LowerLimbAmputation,
    RequestByPhysician,
    DependenceOnEnablingMachineOrDevice,
    RecentMyocardialInfarction,
    CannotReachTargetHeartRate,
    PatientWeightExceedsEquipmentLimit,
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
