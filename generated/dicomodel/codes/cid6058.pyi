"""CID 6058 Procedure Modifiers for Breast.

Extensible, version 20050822, UID 1.2.840.10008.6.1.387.
Includes CID 6059, CID 6060, CID 6061, CID 12224.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
BreastImplantTypeNotSpecified: _Final[_Code]
SiliconeGelImplant: _Final[_Code]
SalineImplant: _Final[_Code]
PolyurethaneImplant: _Final[_Code]
PercutaneousSiliconeInjection: _Final[_Code]
CombinationImplant: _Final[_Code]
PrePectoralImplant: _Final[_Code]
RetroPectoralImplant: _Final[_Code]
Lumpectomy: _Final[_Code]
Mastectomy: _Final[_Code]
QuadrantectomyOfBreast: _Final[_Code]
DiagnosticRadiographyStereotacticLocalization: _Final[_Code]
UltrasonicGuidanceProcedure: _Final[_Code]
Mammography: _Final[_Code]
Mammographic_111487: _Final[_Code]
Mammographic_111488: _Final[_Code]
MagneticResonanceImagingGuidedBiopsy: _Final[_Code]
ComputedTomographyGuidedBiopsy: _Final[_Code]
PalpationGuided: _Final[_Code]
VacuumAssisted: _Final[_Code]
Screening: _Final[_Code]
Diagnostic: _Final[_Code]
Targeted: _Final[_Code]
Survey: _Final[_Code]
Calibration: _Final[_Code]
QualityControl: _Final[_Code]
NeedleLocalizationAndBiopsy: _Final[_Code]
MarkerPlacement: _Final[_Code]
_2DMode: _Final[_Code]
DopplerColorFlow: _Final[_Code]
MMode: _Final[_Code]
DopplerPulsed: _Final[_Code]
DopplerContinuousWave: _Final[_Code]
PowerDoppler: _Final[_Code]
_3DMode: _Final[_Code]
TissueDopplerImaging: _Final[_Code]
BMode: _Final[_Code]
PointShearWaveElastography: _Final[_Code]
_2DShearWaveElastography: _Final[_Code]
_3DShearWaveElastography: _Final[_Code]
_2DSpeckleTracking: _Final[_Code]
_3DSpeckleTracking: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
