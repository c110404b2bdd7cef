"""CID 6058 Procedure Modifiers for Breast.

Extensible, version 20050822, UID 1.2.840.10008.6.1.387.
Includes CID 6059, CID 6060, CID 6061, CID 12224.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6058
NAME: _Final[str] = "Procedure Modifiers for Breast"
KEYWORD: _Final[str | None] = "ProcedureModifiersForBreast"
UID: _Final[str | None] = "1.2.840.10008.6.1.387"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050822"
INCLUDES: _Final[tuple[int, ...]] = (6059, 6060, 6061, 12224)
EXTERNAL_SCHEME: _Final[str | None] = None

BreastImplantTypeNotSpecified: _Final[_Code] = _Code(
    "SCT", "2282003", "Breast implant, type not specified", (6059,)
)
"""Breast implant, type not specified (SCT 2282003). Included from CID 6059."""

SiliconeGelImplant: _Final[_Code] = _Code("SCT", "465380004", "Silicone gel implant", (6059,))
"""Silicone gel implant (SCT 465380004). Included from CID 6059."""

SalineImplant: _Final[_Code] = _Code("DCM", "111481", "Saline implant", (6059,))
"""Saline implant (DCM 111481). Included from CID 6059."""

PolyurethaneImplant: _Final[_Code] = _Code("DCM", "111482", "Polyurethane implant", (6059,))
"""Polyurethane implant (DCM 111482). Included from CID 6059."""

PercutaneousSiliconeInjection: _Final[_Code] = _Code(
    "DCM", "111483", "Percutaneous silicone injection", (6059,)
)
"""Percutaneous silicone injection (DCM 111483). Included from CID 6059."""

CombinationImplant: _Final[_Code] = _Code("DCM", "111484", "Combination implant", (6059,))
"""Combination implant (DCM 111484). Included from CID 6059."""

PrePectoralImplant: _Final[_Code] = _Code("DCM", "111485", "Pre-pectoral implant", (6059,))
"""Pre-pectoral implant (DCM 111485). Included from CID 6059."""

RetroPectoralImplant: _Final[_Code] = _Code("DCM", "111486", "Retro-pectoral implant", (6059,))
"""Retro-pectoral implant (DCM 111486). Included from CID 6059."""

Lumpectomy: _Final[_Code] = _Code("SCT", "392021009", "Lumpectomy", (6060,))
"""Lumpectomy (SCT 392021009). Included from CID 6060."""

Mastectomy: _Final[_Code] = _Code("UMLS", "C0024881", "Mastectomy", (6060,))
"""Mastectomy (UMLS C0024881). Included from CID 6060."""

QuadrantectomyOfBreast: _Final[_Code] = _Code(
    "SCT", "172049005", "Quadrantectomy of breast", (6060,)
)
"""Quadrantectomy of breast (SCT 172049005). Included from CID 6060."""

DiagnosticRadiographyStereotacticLocalization: _Final[_Code] = _Code(
    "SCT", "64318009", "Diagnostic radiography, stereotactic localization", (6060,)
)
"""Diagnostic radiography, stereotactic localization (SCT 64318009). Included from CID 6060."""

UltrasonicGuidanceProcedure: _Final[_Code] = _Code(
    "SCT", "61593002", "Ultrasonic guidance procedure", (6060,)
)
"""Ultrasonic guidance procedure (SCT 61593002). Included from CID 6060."""

Mammography: _Final[_Code] = _Code("SCT", "71651007", "Mammography", (6060, 10005))
"""Mammography (SCT 71651007). Included from CID 6060."""

Mammographic_111487: _Final[_Code] = _Code("DCM", "111487", "Mammographic (crosshair)", (6060,))
"""Mammographic (crosshair) (DCM 111487). Included from CID 6060."""

Mammographic_111488: _Final[_Code] = _Code("DCM", "111488", "Mammographic (grid)", (6060,))
"""Mammographic (grid) (DCM 111488). Included from CID 6060."""

MagneticResonanceImagingGuidedBiopsy: _Final[_Code] = _Code(
    "SCT", "277592004", "Magnetic resonance imaging guided biopsy", (6060,)
)
"""Magnetic resonance imaging guided biopsy (SCT 277592004). Included from CID 6060."""

ComputedTomographyGuidedBiopsy: _Final[_Code] = _Code(
    "SCT", "277591006", "Computed tomography guided biopsy", (6060,)
)
"""Computed tomography guided biopsy (SCT 277591006). Included from CID 6060."""

PalpationGuided: _Final[_Code] = _Code("DCM", "111489", "Palpation guided", (6060,))
"""Palpation guided (DCM 111489). Included from CID 6060."""

VacuumAssisted: _Final[_Code] = _Code("DCM", "111490", "Vacuum assisted", (6060,))
"""Vacuum assisted (DCM 111490). Included from CID 6060."""

Screening: _Final[_Code] = _Code("SCT", "360156006", "Screening", (3629, 4256, 6061))
"""Screening (SCT 360156006). Included from CID 6061."""

Diagnostic: _Final[_Code] = _Code("SCT", "261004008", "Diagnostic", (3629, 4256, 6061, 6319, 7064))
"""Diagnostic (SCT 261004008). Included from CID 6061."""

Targeted: _Final[_Code] = _Code("DCM", "111127", "Targeted", (6061,))
"""Targeted (DCM 111127). Included from CID 6061."""

Survey: _Final[_Code] = _Code("DCM", "111128", "Survey", (6061,))
"""Survey (DCM 111128). Included from CID 6061."""

Calibration: _Final[_Code] = _Code("DCM", "122505", "Calibration", (6061,))
"""Calibration (DCM 122505). Included from CID 6061."""

QualityControl: _Final[_Code] = _Code("DCM", "110002", "Quality Control", (6061, 9231))
"""Quality Control (DCM 110002). Included from CID 6061."""

NeedleLocalizationAndBiopsy: _Final[_Code] = _Code(
    "DCM", "111144", "Needle localization and biopsy", (6029, 6061)
)
"""Needle localization and biopsy (DCM 111144). Included from CID 6061."""

MarkerPlacement: _Final[_Code] = _Code("DCM", "111123", "Marker placement", (6050, 6061))
"""Marker placement (DCM 111123). Included from CID 6061."""

V2DMode: _Final[_Code] = _Code("SCT", "399064001", "2D mode", (12224,))
"""2D mode (SCT 399064001). Included from CID 12224."""

DopplerColorFlow: _Final[_Code] = _Code("SCT", "261197005", "Doppler Color Flow", (12224,))
"""Doppler Color Flow (SCT 261197005). Included from CID 12224."""

MMode: _Final[_Code] = _Code("SCT", "399155008", "M mode", (12224,))
"""M mode (SCT 399155008). Included from CID 12224."""

DopplerPulsed: _Final[_Code] = _Code("SCT", "261199008", "Doppler Pulsed", (12224,))
"""Doppler Pulsed (SCT 261199008). Included from CID 12224."""

DopplerContinuousWave: _Final[_Code] = _Code(
    "SCT", "261198000", "Doppler Continuous Wave", (12224,)
)
"""Doppler Continuous Wave (SCT 261198000). Included from CID 12224."""

PowerDoppler: _Final[_Code] = _Code("SCT", "425704008", "Power Doppler", (7180, 12224))
"""Power Doppler (SCT 425704008). Included from CID 12224."""

V3DMode: _Final[_Code] = _Code("SCT", "426865009", "3D mode", (12224,))
"""3D mode (SCT 426865009). Included from CID 12224."""

TissueDopplerImaging: _Final[_Code] = _Code("SCT", "439858009", "Tissue Doppler Imaging", (12224,))
"""Tissue Doppler Imaging (SCT 439858009). Included from CID 12224."""

BMode: _Final[_Code] = _Code("SCT", "399009009", "B mode", (12224,))
"""B mode (SCT 399009009). Included from CID 12224."""

PointShearWaveElastography: _Final[_Code] = _Code(
    "DCM", "130616", "Point Shear Wave Elastography", (12224,)
)
"""Point Shear Wave Elastography (DCM 130616). Included from CID 12224."""

V2DShearWaveElastography: _Final[_Code] = _Code(
    "DCM", "130609", "2D Shear Wave Elastography", (12224,)
)
"""2D Shear Wave Elastography (DCM 130609). Included from CID 12224."""

V3DShearWaveElastography: _Final[_Code] = _Code(
    "DCM", "130610", "3D Shear Wave Elastography", (12224,)
)
"""3D Shear Wave Elastography (DCM 130610). Included from CID 12224."""

V2DSpeckleTracking: _Final[_Code] = _Code("DCM", "130679", "2D Speckle Tracking", (12224,))
"""2D Speckle Tracking (DCM 130679). Included from CID 12224."""

V3DSpeckleTracking: _Final[_Code] = _Code("DCM", "130680", "3D Speckle Tracking", (12224,))
"""3D Speckle Tracking (DCM 130680). Included from CID 12224."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_2DMode: _Final[_Code] = V2DMode
_3DMode: _Final[_Code] = V3DMode
_2DShearWaveElastography: _Final[_Code] = V2DShearWaveElastography
_3DShearWaveElastography: _Final[_Code] = V3DShearWaveElastography
_2DSpeckleTracking: _Final[_Code] = V2DSpeckleTracking
_3DSpeckleTracking: _Final[_Code] = V3DSpeckleTracking

MEMBERS: _Final[tuple[_Code, ...]] = (
    BreastImplantTypeNotSpecified,
    SiliconeGelImplant,
    SalineImplant,
    PolyurethaneImplant,
    PercutaneousSiliconeInjection,
    CombinationImplant,
    PrePectoralImplant,
    RetroPectoralImplant,
    Lumpectomy,
    Mastectomy,
    QuadrantectomyOfBreast,
    DiagnosticRadiographyStereotacticLocalization,
    UltrasonicGuidanceProcedure,
    Mammography,
    Mammographic_111487,
    Mammographic_111488,
    MagneticResonanceImagingGuidedBiopsy,
    ComputedTomographyGuidedBiopsy,
    PalpationGuided,
    VacuumAssisted,
    Screening,
    Diagnostic,
    Targeted,
    Survey,
    Calibration,
    QualityControl,
    NeedleLocalizationAndBiopsy,
    MarkerPlacement,
    V2DMode,
    DopplerColorFlow,
    MMode,
    DopplerPulsed,
    DopplerContinuousWave,
    PowerDoppler,
    V3DMode,
    TissueDopplerImaging,
    BMode,
    PointShearWaveElastography,
    V2DShearWaveElastography,
    V3DShearWaveElastography,
    V2DSpeckleTracking,
    V3DSpeckleTracking,
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
