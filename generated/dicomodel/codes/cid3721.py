"""CID 3721 Cardiovascular Surgery.

Extensible, version 20190817, UID 1.2.840.10008.6.1.222.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3721
NAME: _Final[str] = "Cardiovascular Surgery"
KEYWORD: _Final[str | None] = "CardiovascularSurgery"
UID: _Final[str | None] = "1.2.840.10008.6.1.222"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190817"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PercutaneousCoronaryIntervention: _Final[_Code] = _Code(
    "SCT", "415070008", "Percutaneous coronary intervention", (3721, 3764)
)
"""Percutaneous coronary intervention (SCT 415070008)."""

CoronaryArteryBypassGraft: _Final[_Code] = _Code(
    "SCT", "232717009", "Coronary artery bypass graft", (3721, 3764)
)
"""Coronary artery bypass graft (SCT 232717009)."""

OperationOnHeartValve: _Final[_Code] = _Code("SCT", "73544002", "Operation on heart valve", (3721,))
"""Operation on heart valve (SCT 73544002)."""

AblationOperationForArrhythmia: _Final[_Code] = _Code(
    "SCT", "233159005", "Ablation operation for arrhythmia", (3721,)
)
"""Ablation operation for arrhythmia (SCT 233159005)."""

ImplantationOfCardiacPacemaker: _Final[_Code] = _Code(
    "SCT", "307280005", "Implantation of cardiac pacemaker", (3721,)
)
"""Implantation of cardiac pacemaker (SCT 307280005)."""

ImplantationOfAutomaticCardiacDefibrillator: _Final[_Code] = _Code(
    "SCT", "233170003", "Implantation of automatic cardiac defibrillator", (3721,)
)
"""Implantation of automatic cardiac defibrillator (SCT 233170003)."""

AbdominalAorticAneurysmStenting: _Final[_Code] = _Code(
    "SCT", "771453009", "Abdominal aortic aneurysm stenting", (3721,)
)
"""Abdominal aortic aneurysm stenting (SCT 771453009)."""

HeartTransplant: _Final[_Code] = _Code("SCT", "32413006", "Heart transplant", (3721, 3727))
"""Heart transplant (SCT 32413006)."""

CorrectionOfCongenitalCardiovascularDeformity: _Final[_Code] = _Code(
    "SCT", "428613004", "Correction of congenital cardiovascular deformity", (3721,)
)
"""Correction of congenital cardiovascular deformity (SCT 428613004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PercutaneousCoronaryIntervention,
    CoronaryArteryBypassGraft,
    OperationOnHeartValve,
    AblationOperationForArrhythmia,
    ImplantationOfCardiacPacemaker,
    ImplantationOfAutomaticCardiacDefibrillator,
    AbdominalAorticAneurysmStenting,
    HeartTransplant,
    CorrectionOfCongenitalCardiovascularDeformity,
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
