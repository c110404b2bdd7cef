"""CID 6058 Procedure Modifiers for Breast.

Extensible, version 20050822, UID 1.2.840.10008.6.1.387.
Includes CID 6059, CID 6060, CID 6061, CID 12224.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BreastImplantTypeNotSpecified: _Final[_groups.Cid6058Code]
SiliconeGelImplant: _Final[_groups.Cid6058Code]
SalineImplant: _Final[_groups.Cid6058Code]
PolyurethaneImplant: _Final[_groups.Cid6058Code]
PercutaneousSiliconeInjection: _Final[_groups.Cid6058Code]
CombinationImplant: _Final[_groups.Cid6058Code]
PrePectoralImplant: _Final[_groups.Cid6058Code]
RetroPectoralImplant: _Final[_groups.Cid6058Code]
Lumpectomy: _Final[_groups.Cid6058Code]
Mastectomy: _Final[_groups.Cid6058Code]
QuadrantectomyOfBreast: _Final[_groups.Cid6058Code]
DiagnosticRadiographyStereotacticLocalization: _Final[_groups.Cid6058Code]
UltrasonicGuidanceProcedure: _Final[_groups.Cid6058Code]
Mammography: _Final[_groups.Cid6058Code]
Mammographic_111487: _Final[_groups.Cid6058Code]
Mammographic_111488: _Final[_groups.Cid6058Code]
MagneticResonanceImagingGuidedBiopsy: _Final[_groups.Cid6058Code]
ComputedTomographyGuidedBiopsy: _Final[_groups.Cid6058Code]
PalpationGuided: _Final[_groups.Cid6058Code]
VacuumAssisted: _Final[_groups.Cid6058Code]
Screening: _Final[_groups.Cid6058Code]
Diagnostic: _Final[_groups.Cid6058Code]
Targeted: _Final[_groups.Cid6058Code]
Survey: _Final[_groups.Cid6058Code]
Calibration: _Final[_groups.Cid6058Code]
QualityControl: _Final[_groups.Cid6058Code]
NeedleLocalizationAndBiopsy: _Final[_groups.Cid6058Code]
MarkerPlacement: _Final[_groups.Cid6058Code]
V2DMode: _Final[_groups.Cid6058Code]
DopplerColorFlow: _Final[_groups.Cid6058Code]
MMode: _Final[_groups.Cid6058Code]
DopplerPulsed: _Final[_groups.Cid6058Code]
DopplerContinuousWave: _Final[_groups.Cid6058Code]
PowerDoppler: _Final[_groups.Cid6058Code]
V3DMode: _Final[_groups.Cid6058Code]
TissueDopplerImaging: _Final[_groups.Cid6058Code]
BMode: _Final[_groups.Cid6058Code]
PointShearWaveElastography: _Final[_groups.Cid6058Code]
V2DShearWaveElastography: _Final[_groups.Cid6058Code]
V3DShearWaveElastography: _Final[_groups.Cid6058Code]
V2DSpeckleTracking: _Final[_groups.Cid6058Code]
V3DSpeckleTracking: _Final[_groups.Cid6058Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6058Code]]
