"""CID 3254 Electrophysiology Procedure Phase.

Extensible, version 20020904, UID 1.2.840.10008.6.1.56.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3254
NAME: _Final[str] = "Electrophysiology Procedure Phase"
KEYWORD: _Final[str | None] = "ElectrophysiologyProcedurePhase"
UID: _Final[str | None] = "1.2.840.10008.6.1.56"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AtrialEffectiveRefractoryPeriodEvaluationOf: _Final[_Code] = _Code(
    "SCT", "129087001", "Atrial Effective Refractory Period, evaluation of", (3254,)
)
"""Atrial Effective Refractory Period, evaluation of (SCT 129087001)."""

CarotidSinusMassageProcedurePhase: _Final[_Code] = _Code(
    "SCT", "129090007", "Carotid Sinus Massage procedure phase", (3254,)
)
"""Carotid Sinus Massage procedure phase (SCT 129090007)."""

ElectrophysiologyMappingPhase: _Final[_Code] = _Code(
    "SCT", "129092004", "Electrophysiology Mapping phase", (3254,)
)
"""Electrophysiology Mapping phase (SCT 129092004)."""

ElectrophysiologyProcedureBaselinePhase: _Final[_Code] = _Code(
    "SCT", "129082007", "Electrophysiology procedure baseline phase", (3254,)
)
"""Electrophysiology procedure baseline phase (SCT 129082007)."""

PostAblationPhase: _Final[_Code] = _Code("SCT", "129093009", "Post-ablation phase", (3254,))
"""Post-ablation phase (SCT 129093009)."""

PostDefibrillationProcedurePhase: _Final[_Code] = _Code(
    "SCT", "129091006", "Post-defibrillation procedure phase", (3254,)
)
"""Post-defibrillation procedure phase (SCT 129091006)."""

RadiofrequencyAblationProcedurePhase: _Final[_Code] = _Code(
    "SCT", "129089003", "Radiofrequency Ablation procedure phase", (3254,)
)
"""Radiofrequency Ablation procedure phase (SCT 129089003)."""

SinusNodeRecoveryTimeEvaluationOf: _Final[_Code] = _Code(
    "SCT", "129086005", "Sinus Node Recovery Time, evaluation of", (3254,)
)
"""Sinus Node Recovery Time, evaluation of (SCT 129086005)."""

VentricularEffectiveRefractoryPeriodEvaluationOf: _Final[_Code] = _Code(
    "SCT", "129088006", "Ventricular Effective Refractory Period, evaluation of", (3254,)
)
"""Ventricular Effective Refractory Period, evaluation of (SCT 129088006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AtrialEffectiveRefractoryPeriodEvaluationOf,
    CarotidSinusMassageProcedurePhase,
    ElectrophysiologyMappingPhase,
    ElectrophysiologyProcedureBaselinePhase,
    PostAblationPhase,
    PostDefibrillationProcedurePhase,
    RadiofrequencyAblationProcedurePhase,
    SinusNodeRecoveryTimeEvaluationOf,
    VentricularEffectiveRefractoryPeriodEvaluationOf,
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
