"""CID 30 DICOM Device.

Extensible, version 20190327, UID 1.2.840.10008.6.1.20.
Includes CID 29.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 30
NAME: Final[str] = "DICOM Device"
KEYWORD: Final[str | None] = "DICOMDevice"
UID: Final[str | None] = "1.2.840.10008.6.1.20"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190327"
INCLUDES: Final[tuple[int, ...]] = (29,)
EXTERNAL_SCHEME: Final[str | None] = None

Archive: Final[Code] = Code("DCM", "ARCHIVE", "Archive", (30,))
"""Archive (DCM ARCHIVE)."""

ComputerAssistedDetectionDiagnosis: Final[Code] = Code(
    "DCM", "CAD", "Computer Assisted Detection/Diagnosis", (30,)
)
"""Computer Assisted Detection/Diagnosis (DCM CAD)."""

ImageCapture: Final[Code] = Code("DCM", "CAPTURE", "Image Capture", (30,))
"""Image Capture (DCM CAPTURE)."""

ComputationServer: Final[Code] = Code("DCM", "COMP", "Computation Server", (30,))
"""Computation Server (DCM COMP)."""

DepartmentSystemScheduler: Final[Code] = Code("DCM", "DSS", "Department System Scheduler", (30,))
"""Department System Scheduler (DCM DSS)."""

FilmDigitizer: Final[Code] = Code("DCM", "FILMD", "Film Digitizer", (30, 7005))
"""Film Digitizer (DCM FILMD)."""

ProcedureLogging: Final[Code] = Code("DCM", "LOG", "Procedure Logging", (30,))
"""Procedure Logging (DCM LOG)."""

_3DManufacturingModelingSystem: Final[Code] = Code(
    "DCM", "M3D", "3D Manufacturing Modeling System", (30, 32)
)
"""3D Manufacturing Modeling System (DCM M3D)."""

MediaCreationDevice: Final[Code] = Code("DCM", "MCD", "Media Creation Device", (30,))
"""Media Creation Device (DCM MCD)."""

HardCopyPrintServer: Final[Code] = Code("DCM", "PRINT", "Hard Copy Print Server", (30,))
"""Hard Copy Print Server (DCM PRINT)."""

RadiationTherapyDevice: Final[Code] = Code("DCM", "RT", "Radiation Therapy Device", (30,))
"""Radiation Therapy Device (DCM RT)."""

AutomatedSlideStainer: Final[Code] = Code("DCM", "STAIN", "Automated Slide Stainer", (30, 32))
"""Automated Slide Stainer (DCM STAIN)."""

Workstation: Final[Code] = Code("DCM", "WSD", "Workstation", (30,))
"""Workstation (DCM WSD)."""

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

MEMBERS: Final[tuple[Code, ...]] = (
    Archive,
    ComputerAssistedDetectionDiagnosis,
    ImageCapture,
    ComputationServer,
    DepartmentSystemScheduler,
    FilmDigitizer,
    ProcedureLogging,
    _3DManufacturingModelingSystem,
    MediaCreationDevice,
    HardCopyPrintServer,
    RadiationTherapyDevice,
    AutomatedSlideStainer,
    Workstation,
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
)
"""The resolved membership: own members, then those of the included groups, in order."""
