"""CID 33 Modality.

Extensible, version 20190327, UID 1.2.840.10008.6.1.1283.
Includes CID 29, CID 32.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 33
NAME: _Final[str] = "Modality"
KEYWORD: _Final[str | None] = "Modality"
UID: _Final[str | None] = "1.2.840.10008.6.1.1283"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190327"
INCLUDES: _Final[tuple[int, ...]] = (29, 32)
EXTERNAL_SCHEME: _Final[str | None] = None

Autorefraction: _Final[_Code] = _Code("DCM", "AR", "Autorefraction", (29,))
"""Autorefraction (DCM AR). Included from CID 29."""

BiomagneticImaging: _Final[_Code] = _Code("DCM", "BI", "Biomagnetic Imaging", (29,))
"""Biomagnetic Imaging (DCM BI). Included from CID 29."""

BoneMineralDensitometry: _Final[_Code] = _Code("DCM", "BMD", "Bone Mineral Densitometry", (29,))
"""Bone Mineral Densitometry (DCM BMD). Included from CID 29."""

CardiacElectrophysiology: _Final[_Code] = _Code("DCM", "EPS", "Cardiac Electrophysiology", (29,))
"""Cardiac Electrophysiology (DCM EPS). Included from CID 29."""

ComputedRadiography: _Final[_Code] = _Code("DCM", "CR", "Computed Radiography", (29,))
"""Computed Radiography (DCM CR). Included from CID 29."""

ComputedTomography: _Final[_Code] = _Code("DCM", "CT", "Computed Tomography", (29,))
"""Computed Tomography (DCM CT). Included from CID 29."""

ConfocalMicroscopy: _Final[_Code] = _Code("DCM", "CFM", "Confocal Microscopy", (29,))
"""Confocal Microscopy (DCM CFM). Included from CID 29."""

Dermoscopy: _Final[_Code] = _Code("DCM", "DMS", "Dermoscopy", (29,))
"""Dermoscopy (DCM DMS). Included from CID 29."""

Diaphanography: _Final[_Code] = _Code("DCM", "DG", "Diaphanography", (29,))
"""Diaphanography (DCM DG). Included from CID 29."""

DigitalRadiography: _Final[_Code] = _Code("DCM", "DX", "Digital Radiography", (29,))
"""Digital Radiography (DCM DX). Included from CID 29."""

Electrocardiography: _Final[_Code] = _Code("DCM", "ECG", "Electrocardiography", (29,))
"""Electrocardiography (DCM ECG). Included from CID 29."""

Electroencephalography: _Final[_Code] = _Code("DCM", "EEG", "Electroencephalography", (29,))
"""Electroencephalography (DCM EEG). Included from CID 29."""

Electromyography: _Final[_Code] = _Code("DCM", "EMG", "Electromyography", (29,))
"""Electromyography (DCM EMG). Included from CID 29."""

Electrooculography: _Final[_Code] = _Code("DCM", "EOG", "Electrooculography", (29,))
"""Electrooculography (DCM EOG). Included from CID 29."""

Endoscopy: _Final[_Code] = _Code("DCM", "ES", "Endoscopy", (29,))
"""Endoscopy (DCM ES). Included from CID 29."""

ExternalCameraPhotography: _Final[_Code] = _Code("DCM", "XC", "External-camera Photography", (29,))
"""External-camera Photography (DCM XC). Included from CID 29."""

GeneralMicroscopy: _Final[_Code] = _Code("DCM", "GM", "General Microscopy", (29,))
"""General Microscopy (DCM GM). Included from CID 29."""

HemodynamicWaveform: _Final[_Code] = _Code("DCM", "HD", "Hemodynamic Waveform", (29,))
"""Hemodynamic Waveform (DCM HD). Included from CID 29."""

IntraOralRadiography: _Final[_Code] = _Code("DCM", "IO", "Intra-oral Radiography", (29,))
"""Intra-oral Radiography (DCM IO). Included from CID 29."""

IntravascularOpticalCoherenceTomography: _Final[_Code] = _Code(
    "DCM", "IVOCT", "Intravascular Optical Coherence Tomography", (29,)
)
"""Intravascular Optical Coherence Tomography (DCM IVOCT). Included from CID 29."""

IntravascularUltrasound: _Final[_Code] = _Code("DCM", "IVUS", "Intravascular Ultrasound", (29,))
"""Intravascular Ultrasound (DCM IVUS). Included from CID 29."""

Keratometry: _Final[_Code] = _Code("DCM", "KER", "Keratometry", (29,))
"""Keratometry (DCM KER). Included from CID 29."""

LaserScan: _Final[_Code] = _Code("DCM", "LS", "Laser Scan", (29, 9575))
"""Laser Scan (DCM LS). Included from CID 29."""

Lensometry: _Final[_Code] = _Code("DCM", "LEN", "Lensometry", (29,))
"""Lensometry (DCM LEN). Included from CID 29."""

MagneticResonance: _Final[_Code] = _Code("DCM", "MR", "Magnetic Resonance", (29,))
"""Magnetic Resonance (DCM MR). Included from CID 29."""

Mammography: _Final[_Code] = _Code("DCM", "MG", "Mammography", (29,))
"""Mammography (DCM MG). Included from CID 29."""

NuclearMedicine: _Final[_Code] = _Code("DCM", "NM", "Nuclear Medicine", (29,))
"""Nuclear Medicine (DCM NM). Included from CID 29."""

OphthalmicAxialMeasurements: _Final[_Code] = _Code(
    "DCM", "OAM", "Ophthalmic Axial Measurements", (29,)
)
"""Ophthalmic Axial Measurements (DCM OAM). Included from CID 29."""

OphthalmicMapping: _Final[_Code] = _Code("DCM", "OPM", "Ophthalmic Mapping", (29,))
"""Ophthalmic Mapping (DCM OPM). Included from CID 29."""

OphthalmicPhotography: _Final[_Code] = _Code("DCM", "OP", "Ophthalmic Photography", (29,))
"""Ophthalmic Photography (DCM OP). Included from CID 29."""

OphthalmicTomography: _Final[_Code] = _Code("DCM", "OPT", "Ophthalmic Tomography", (29,))
"""Ophthalmic Tomography (DCM OPT). Included from CID 29."""

OphthalmicTomographyBScanVolumeAnalysis: _Final[_Code] = _Code(
    "DCM", "OPTBSV", "Ophthalmic Tomography B-scan Volume Analysis", (29,)
)
"""Ophthalmic Tomography B-scan Volume Analysis (DCM OPTBSV). Included from CID 29."""

OphthalmicTomographyEnFace: _Final[_Code] = _Code(
    "DCM", "OPTENF", "Ophthalmic Tomography En Face", (29,)
)
"""Ophthalmic Tomography En Face (DCM OPTENF). Included from CID 29."""

OphthalmicVisualField: _Final[_Code] = _Code("DCM", "OPV", "Ophthalmic Visual Field", (29,))
"""Ophthalmic Visual Field (DCM OPV). Included from CID 29."""

OpticalCoherenceTomography: _Final[_Code] = _Code(
    "DCM", "OCT", "Optical Coherence Tomography", (29,)
)
"""Optical Coherence Tomography (DCM OCT). Included from CID 29."""

OpticalSurfaceScanner: _Final[_Code] = _Code("DCM", "OSS", "Optical Surface Scanner", (29, 9575))
"""Optical Surface Scanner (DCM OSS). Included from CID 29."""

PanoramicXRay: _Final[_Code] = _Code("DCM", "PX", "Panoramic X-Ray", (29,))
"""Panoramic X-Ray (DCM PX). Included from CID 29."""

Photoacoustic: _Final[_Code] = _Code("DCM", "PA", "Photoacoustic", (29,))
"""Photoacoustic (DCM PA). Included from CID 29."""

PositionSensor: _Final[_Code] = _Code("DCM", "POS", "Position Sensor", (29,))
"""Position Sensor (DCM POS). Included from CID 29."""

PositronEmissionTomography: _Final[_Code] = _Code(
    "DCM", "PT", "Positron emission tomography", (29,)
)
"""Positron emission tomography (DCM PT). Included from CID 29."""

Radiofluoroscopy: _Final[_Code] = _Code("DCM", "RF", "Radiofluoroscopy", (29,))
"""Radiofluoroscopy (DCM RF). Included from CID 29."""

RadiographicImaging: _Final[_Code] = _Code("DCM", "RG", "Radiographic imaging", (29,))
"""Radiographic imaging (DCM RG). Included from CID 29."""

RespiratoryWaveform: _Final[_Code] = _Code("DCM", "RESP", "Respiratory Waveform", (29,))
"""Respiratory Waveform (DCM RESP). Included from CID 29."""

RTImage: _Final[_Code] = _Code("DCM", "RTIMAGE", "RT Image", (29,))
"""RT Image (DCM RTIMAGE). Included from CID 29."""

SlideMicroscopy: _Final[_Code] = _Code("DCM", "SM", "Slide Microscopy", (29,))
"""Slide Microscopy (DCM SM). Included from CID 29."""

SubjectiveRefraction: _Final[_Code] = _Code("DCM", "SRF", "Subjective Refraction", (29,))
"""Subjective Refraction (DCM SRF). Included from CID 29."""

Thermography: _Final[_Code] = _Code("DCM", "TG", "Thermography", (29,))
"""Thermography (DCM TG). Included from CID 29."""

Ultrasound: _Final[_Code] = _Code("DCM", "US", "Ultrasound", (29,))
"""Ultrasound (DCM US). Included from CID 29."""

UltrasoundBoneDensitometry: _Final[_Code] = _Code(
    "DCM", "BDUS", "Ultrasound Bone Densitometry", (29,)
)
"""Ultrasound Bone Densitometry (DCM BDUS). Included from CID 29."""

VisualAcuity: _Final[_Code] = _Code("DCM", "VA", "Visual Acuity", (29,))
"""Visual Acuity (DCM VA). Included from CID 29."""

XRayAngiography: _Final[_Code] = _Code("DCM", "XA", "X-Ray Angiography", (29,))
"""X-Ray Angiography (DCM XA). Included from CID 29."""

ContentAssessmentResult: _Final[_Code] = _Code("DCM", "ASMT", "Content Assessment Result", (32,))
"""Content Assessment Result (DCM ASMT). Included from CID 32."""

BasicVoiceAudio: _Final[_Code] = _Code("DCM", "AU", "Basic Voice Audio", (32,))
"""Basic Voice Audio (DCM AU). Included from CID 32."""

CTProtocol: _Final[_Code] = _Code("DCM", "CTPROTOCOL", "CT Protocol", (32,))
"""CT Protocol (DCM CTPROTOCOL). Included from CID 32."""

Document: _Final[_Code] = _Code("DCM", "DOC", "Document", (32,))
"""Document (DCM DOC). Included from CID 32."""

SpatialFiducials: _Final[_Code] = _Code("DCM", "FID", "Spatial Fiducials", (32,))
"""Spatial Fiducials (DCM FID). Included from CID 32."""

HardCopy: _Final[_Code] = _Code("DCM", "HC", "Hard Copy", (32,))
"""Hard Copy (DCM HC). Included from CID 32."""

IntraocularLensCalculation: _Final[_Code] = _Code(
    "DCM", "IOL", "Intraocular Lens Calculation", (32,)
)
"""Intraocular Lens Calculation (DCM IOL). Included from CID 32."""

KeyObjectSelection: _Final[_Code] = _Code("DCM", "KO", "Key Object Selection", (32,))
"""Key Object Selection (DCM KO). Included from CID 32."""

ModelFor3DManufacturing: _Final[_Code] = _Code("DCM", "M3D", "Model for 3D Manufacturing", (30, 32))
"""Model for 3D Manufacturing (DCM M3D). Included from CID 32."""

Other: _Final[_Code] = _Code("DCM", "OT", "Other", (32,))
"""Other (DCM OT). Included from CID 32."""

Plan: _Final[_Code] = _Code("DCM", "PLAN", "Plan", (32,))
"""Plan (DCM PLAN). Included from CID 32."""

PresentationState: _Final[_Code] = _Code("DCM", "PR", "Presentation State", (32,))
"""Presentation State (DCM PR). Included from CID 32."""

Registration: _Final[_Code] = _Code("DCM", "REG", "Registration", (32,))
"""Registration (DCM REG). Included from CID 32."""

RTDose: _Final[_Code] = _Code("DCM", "RTDOSE", "RT Dose", (32,))
"""RT Dose (DCM RTDOSE). Included from CID 32."""

RTPlan: _Final[_Code] = _Code("DCM", "RTPLAN", "RT Plan", (32,))
"""RT Plan (DCM RTPLAN). Included from CID 32."""

RTTreatmentRecord: _Final[_Code] = _Code("DCM", "RTRECORD", "RT Treatment Record", (32,))
"""RT Treatment Record (DCM RTRECORD). Included from CID 32."""

RTStructureSet: _Final[_Code] = _Code("DCM", "RTSTRUCT", "RT Structure Set", (32,))
"""RT Structure Set (DCM RTSTRUCT). Included from CID 32."""

RealWorldValueMap: _Final[_Code] = _Code("DCM", "RWV", "Real World Value Map", (32,))
"""Real World Value Map (DCM RWV). Included from CID 32."""

Segmentation: _Final[_Code] = _Code("DCM", "SEG", "Segmentation", (32,))
"""Segmentation (DCM SEG). Included from CID 32."""

StereometricRelationship: _Final[_Code] = _Code("DCM", "SMR", "Stereometric Relationship", (32,))
"""Stereometric Relationship (DCM SMR). Included from CID 32."""

StructuredReportDocument: _Final[_Code] = _Code("DCM", "SR", "Structured Report Document", (32,))
"""Structured Report Document (DCM SR). Included from CID 32."""

AutomatedSlideStainer: _Final[_Code] = _Code("DCM", "STAIN", "Automated Slide Stainer", (30, 32))
"""Automated Slide Stainer (DCM STAIN). Included from CID 32."""

TextureMap: _Final[_Code] = _Code("DCM", "TEXTUREMAP", "Texture Map", (32,))
"""Texture Map (DCM TEXTUREMAP). Included from CID 32."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Autorefraction,
    BiomagneticImaging,
    BoneMineralDensitometry,
    CardiacElectrophysiology,
    ComputedRadiography,
    ComputedTomography,
    ConfocalMicroscopy,
    Dermoscopy,
    Diaphanography,
    DigitalRadiography,
    Electrocardiography,
    Electroencephalography,
    Electromyography,
    Electrooculography,
    Endoscopy,
    ExternalCameraPhotography,
    GeneralMicroscopy,
    HemodynamicWaveform,
    IntraOralRadiography,
    IntravascularOpticalCoherenceTomography,
    IntravascularUltrasound,
    Keratometry,
    LaserScan,
    Lensometry,
    MagneticResonance,
    Mammography,
    NuclearMedicine,
    OphthalmicAxialMeasurements,
    OphthalmicMapping,
    OphthalmicPhotography,
    OphthalmicTomography,
    OphthalmicTomographyBScanVolumeAnalysis,
    OphthalmicTomographyEnFace,
    OphthalmicVisualField,
    OpticalCoherenceTomography,
    OpticalSurfaceScanner,
    PanoramicXRay,
    Photoacoustic,
    PositionSensor,
    PositronEmissionTomography,
    Radiofluoroscopy,
    RadiographicImaging,
    RespiratoryWaveform,
    RTImage,
    SlideMicroscopy,
    SubjectiveRefraction,
    Thermography,
    Ultrasound,
    UltrasoundBoneDensitometry,
    VisualAcuity,
    XRayAngiography,
    ContentAssessmentResult,
    BasicVoiceAudio,
    CTProtocol,
    Document,
    SpatialFiducials,
    HardCopy,
    IntraocularLensCalculation,
    KeyObjectSelection,
    ModelFor3DManufacturing,
    Other,
    Plan,
    PresentationState,
    Registration,
    RTDose,
    RTPlan,
    RTTreatmentRecord,
    RTStructureSet,
    RealWorldValueMap,
    Segmentation,
    StereometricRelationship,
    StructuredReportDocument,
    AutomatedSlideStainer,
    TextureMap,
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
