"""CID 33 Modality.

Extensible, version 20190327, UID 1.2.840.10008.6.1.1283.
Includes CID 29, CID 32.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 33
NAME: Final[str] = "Modality"
KEYWORD: Final[str | None] = "Modality"
UID: Final[str | None] = "1.2.840.10008.6.1.1283"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190327"
INCLUDES: Final[tuple[int, ...]] = (29, 32)
EXTERNAL_SCHEME: Final[str | None] = None

Autorefraction: Final[Code] = Code("DCM", "AR", "Autorefraction", (29,))
"""Autorefraction (DCM AR). Included from CID 29."""

BiomagneticImaging: Final[Code] = Code("DCM", "BI", "Biomagnetic Imaging", (29,))
"""Biomagnetic Imaging (DCM BI). Included from CID 29."""

BoneMineralDensitometry: Final[Code] = Code("DCM", "BMD", "Bone Mineral Densitometry", (29,))
"""Bone Mineral Densitometry (DCM BMD). Included from CID 29."""

CardiacElectrophysiology: Final[Code] = Code("DCM", "EPS", "Cardiac Electrophysiology", (29,))
"""Cardiac Electrophysiology (DCM EPS). Included from CID 29."""

ComputedRadiography: Final[Code] = Code("DCM", "CR", "Computed Radiography", (29,))
"""Computed Radiography (DCM CR). Included from CID 29."""

ComputedTomography: Final[Code] = Code("DCM", "CT", "Computed Tomography", (29,))
"""Computed Tomography (DCM CT). Included from CID 29."""

ConfocalMicroscopy: Final[Code] = Code("DCM", "CFM", "Confocal Microscopy", (29,))
"""Confocal Microscopy (DCM CFM). Included from CID 29."""

Dermoscopy: Final[Code] = Code("DCM", "DMS", "Dermoscopy", (29,))
"""Dermoscopy (DCM DMS). Included from CID 29."""

Diaphanography: Final[Code] = Code("DCM", "DG", "Diaphanography", (29,))
"""Diaphanography (DCM DG). Included from CID 29."""

DigitalRadiography: Final[Code] = Code("DCM", "DX", "Digital Radiography", (29,))
"""Digital Radiography (DCM DX). Included from CID 29."""

Electrocardiography: Final[Code] = Code("DCM", "ECG", "Electrocardiography", (29,))
"""Electrocardiography (DCM ECG). Included from CID 29."""

Electroencephalography: Final[Code] = Code("DCM", "EEG", "Electroencephalography", (29,))
"""Electroencephalography (DCM EEG). Included from CID 29."""

Electromyography: Final[Code] = Code("DCM", "EMG", "Electromyography", (29,))
"""Electromyography (DCM EMG). Included from CID 29."""

Electrooculography: Final[Code] = Code("DCM", "EOG", "Electrooculography", (29,))
"""Electrooculography (DCM EOG). Included from CID 29."""

Endoscopy: Final[Code] = Code("DCM", "ES", "Endoscopy", (29,))
"""Endoscopy (DCM ES). Included from CID 29."""

ExternalCameraPhotography: Final[Code] = Code("DCM", "XC", "External-camera Photography", (29,))
"""External-camera Photography (DCM XC). Included from CID 29."""

GeneralMicroscopy: Final[Code] = Code("DCM", "GM", "General Microscopy", (29,))
"""General Microscopy (DCM GM). Included from CID 29."""

HemodynamicWaveform: Final[Code] = Code("DCM", "HD", "Hemodynamic Waveform", (29,))
"""Hemodynamic Waveform (DCM HD). Included from CID 29."""

IntraOralRadiography: Final[Code] = Code("DCM", "IO", "Intra-oral Radiography", (29,))
"""Intra-oral Radiography (DCM IO). Included from CID 29."""

IntravascularOpticalCoherenceTomography: Final[Code] = Code(
    "DCM", "IVOCT", "Intravascular Optical Coherence Tomography", (29,)
)
"""Intravascular Optical Coherence Tomography (DCM IVOCT). Included from CID 29."""

IntravascularUltrasound: Final[Code] = Code("DCM", "IVUS", "Intravascular Ultrasound", (29,))
"""Intravascular Ultrasound (DCM IVUS). Included from CID 29."""

Keratometry: Final[Code] = Code("DCM", "KER", "Keratometry", (29,))
"""Keratometry (DCM KER). Included from CID 29."""

LaserScan: Final[Code] = Code("DCM", "LS", "Laser Scan", (29, 9575))
"""Laser Scan (DCM LS). Included from CID 29."""

Lensometry: Final[Code] = Code("DCM", "LEN", "Lensometry", (29,))
"""Lensometry (DCM LEN). Included from CID 29."""

MagneticResonance: Final[Code] = Code("DCM", "MR", "Magnetic Resonance", (29,))
"""Magnetic Resonance (DCM MR). Included from CID 29."""

Mammography: Final[Code] = Code("DCM", "MG", "Mammography", (29,))
"""Mammography (DCM MG). Included from CID 29."""

NuclearMedicine: Final[Code] = Code("DCM", "NM", "Nuclear Medicine", (29,))
"""Nuclear Medicine (DCM NM). Included from CID 29."""

OphthalmicAxialMeasurements: Final[Code] = Code(
    "DCM", "OAM", "Ophthalmic Axial Measurements", (29,)
)
"""Ophthalmic Axial Measurements (DCM OAM). Included from CID 29."""

OphthalmicMapping: Final[Code] = Code("DCM", "OPM", "Ophthalmic Mapping", (29,))
"""Ophthalmic Mapping (DCM OPM). Included from CID 29."""

OphthalmicPhotography: Final[Code] = Code("DCM", "OP", "Ophthalmic Photography", (29,))
"""Ophthalmic Photography (DCM OP). Included from CID 29."""

OphthalmicTomography: Final[Code] = Code("DCM", "OPT", "Ophthalmic Tomography", (29,))
"""Ophthalmic Tomography (DCM OPT). Included from CID 29."""

OphthalmicTomographyBScanVolumeAnalysis: Final[Code] = Code(
    "DCM", "OPTBSV", "Ophthalmic Tomography B-scan Volume Analysis", (29,)
)
"""Ophthalmic Tomography B-scan Volume Analysis (DCM OPTBSV). Included from CID 29."""

OphthalmicTomographyEnFace: Final[Code] = Code(
    "DCM", "OPTENF", "Ophthalmic Tomography En Face", (29,)
)
"""Ophthalmic Tomography En Face (DCM OPTENF). Included from CID 29."""

OphthalmicVisualField: Final[Code] = Code("DCM", "OPV", "Ophthalmic Visual Field", (29,))
"""Ophthalmic Visual Field (DCM OPV). Included from CID 29."""

OpticalCoherenceTomography: Final[Code] = Code("DCM", "OCT", "Optical Coherence Tomography", (29,))
"""Optical Coherence Tomography (DCM OCT). Included from CID 29."""

OpticalSurfaceScanner: Final[Code] = Code("DCM", "OSS", "Optical Surface Scanner", (29, 9575))
"""Optical Surface Scanner (DCM OSS). Included from CID 29."""

PanoramicXRay: Final[Code] = Code("DCM", "PX", "Panoramic X-Ray", (29,))
"""Panoramic X-Ray (DCM PX). Included from CID 29."""

Photoacoustic: Final[Code] = Code("DCM", "PA", "Photoacoustic", (29,))
"""Photoacoustic (DCM PA). Included from CID 29."""

PositionSensor: Final[Code] = Code("DCM", "POS", "Position Sensor", (29,))
"""Position Sensor (DCM POS). Included from CID 29."""

PositronEmissionTomography: Final[Code] = Code("DCM", "PT", "Positron emission tomography", (29,))
"""Positron emission tomography (DCM PT). Included from CID 29."""

Radiofluoroscopy: Final[Code] = Code("DCM", "RF", "Radiofluoroscopy", (29,))
"""Radiofluoroscopy (DCM RF). Included from CID 29."""

RadiographicImaging: Final[Code] = Code("DCM", "RG", "Radiographic imaging", (29,))
"""Radiographic imaging (DCM RG). Included from CID 29."""

RespiratoryWaveform: Final[Code] = Code("DCM", "RESP", "Respiratory Waveform", (29,))
"""Respiratory Waveform (DCM RESP). Included from CID 29."""

RTImage: Final[Code] = Code("DCM", "RTIMAGE", "RT Image", (29,))
"""RT Image (DCM RTIMAGE). Included from CID 29."""

SlideMicroscopy: Final[Code] = Code("DCM", "SM", "Slide Microscopy", (29,))
"""Slide Microscopy (DCM SM). Included from CID 29."""

SubjectiveRefraction: Final[Code] = Code("DCM", "SRF", "Subjective Refraction", (29,))
"""Subjective Refraction (DCM SRF). Included from CID 29."""

Thermography: Final[Code] = Code("DCM", "TG", "Thermography", (29,))
"""Thermography (DCM TG). Included from CID 29."""

Ultrasound: Final[Code] = Code("DCM", "US", "Ultrasound", (29,))
"""Ultrasound (DCM US). Included from CID 29."""

UltrasoundBoneDensitometry: Final[Code] = Code("DCM", "BDUS", "Ultrasound Bone Densitometry", (29,))
"""Ultrasound Bone Densitometry (DCM BDUS). Included from CID 29."""

VisualAcuity: Final[Code] = Code("DCM", "VA", "Visual Acuity", (29,))
"""Visual Acuity (DCM VA). Included from CID 29."""

XRayAngiography: Final[Code] = Code("DCM", "XA", "X-Ray Angiography", (29,))
"""X-Ray Angiography (DCM XA). Included from CID 29."""

ContentAssessmentResult: Final[Code] = Code("DCM", "ASMT", "Content Assessment Result", (32,))
"""Content Assessment Result (DCM ASMT). Included from CID 32."""

BasicVoiceAudio: Final[Code] = Code("DCM", "AU", "Basic Voice Audio", (32,))
"""Basic Voice Audio (DCM AU). Included from CID 32."""

CTProtocol: Final[Code] = Code("DCM", "CTPROTOCOL", "CT Protocol", (32,))
"""CT Protocol (DCM CTPROTOCOL). Included from CID 32."""

Document: Final[Code] = Code("DCM", "DOC", "Document", (32,))
"""Document (DCM DOC). Included from CID 32."""

SpatialFiducials: Final[Code] = Code("DCM", "FID", "Spatial Fiducials", (32,))
"""Spatial Fiducials (DCM FID). Included from CID 32."""

HardCopy: Final[Code] = Code("DCM", "HC", "Hard Copy", (32,))
"""Hard Copy (DCM HC). Included from CID 32."""

IntraocularLensCalculation: Final[Code] = Code("DCM", "IOL", "Intraocular Lens Calculation", (32,))
"""Intraocular Lens Calculation (DCM IOL). Included from CID 32."""

KeyObjectSelection: Final[Code] = Code("DCM", "KO", "Key Object Selection", (32,))
"""Key Object Selection (DCM KO). Included from CID 32."""

ModelFor3DManufacturing: Final[Code] = Code("DCM", "M3D", "Model for 3D Manufacturing", (30, 32))
"""Model for 3D Manufacturing (DCM M3D). Included from CID 32."""

Other: Final[Code] = Code("DCM", "OT", "Other", (32,))
"""Other (DCM OT). Included from CID 32."""

Plan: Final[Code] = Code("DCM", "PLAN", "Plan", (32,))
"""Plan (DCM PLAN). Included from CID 32."""

PresentationState: Final[Code] = Code("DCM", "PR", "Presentation State", (32,))
"""Presentation State (DCM PR). Included from CID 32."""

Registration: Final[Code] = Code("DCM", "REG", "Registration", (32,))
"""Registration (DCM REG). Included from CID 32."""

RTDose: Final[Code] = Code("DCM", "RTDOSE", "RT Dose", (32,))
"""RT Dose (DCM RTDOSE). Included from CID 32."""

RTPlan: Final[Code] = Code("DCM", "RTPLAN", "RT Plan", (32,))
"""RT Plan (DCM RTPLAN). Included from CID 32."""

RTTreatmentRecord: Final[Code] = Code("DCM", "RTRECORD", "RT Treatment Record", (32,))
"""RT Treatment Record (DCM RTRECORD). Included from CID 32."""

RTStructureSet: Final[Code] = Code("DCM", "RTSTRUCT", "RT Structure Set", (32,))
"""RT Structure Set (DCM RTSTRUCT). Included from CID 32."""

RealWorldValueMap: Final[Code] = Code("DCM", "RWV", "Real World Value Map", (32,))
"""Real World Value Map (DCM RWV). Included from CID 32."""

Segmentation: Final[Code] = Code("DCM", "SEG", "Segmentation", (32,))
"""Segmentation (DCM SEG). Included from CID 32."""

StereometricRelationship: Final[Code] = Code("DCM", "SMR", "Stereometric Relationship", (32,))
"""Stereometric Relationship (DCM SMR). Included from CID 32."""

StructuredReportDocument: Final[Code] = Code("DCM", "SR", "Structured Report Document", (32,))
"""Structured Report Document (DCM SR). Included from CID 32."""

AutomatedSlideStainer: Final[Code] = Code("DCM", "STAIN", "Automated Slide Stainer", (30, 32))
"""Automated Slide Stainer (DCM STAIN). Included from CID 32."""

TextureMap: Final[Code] = Code("DCM", "TEXTUREMAP", "Texture Map", (32,))
"""Texture Map (DCM TEXTUREMAP). Included from CID 32."""

MEMBERS: Final[tuple[Code, ...]] = (
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
