"""CID 30 DICOM Device.

Extensible, version 20190327, UID 1.2.840.10008.6.1.20.
Includes CID 29.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 30
NAME: _Final[str] = "DICOM Device"
KEYWORD: _Final[str | None] = "DICOMDevice"
UID: _Final[str | None] = "1.2.840.10008.6.1.20"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190327"
INCLUDES: _Final[tuple[int, ...]] = (29,)
EXTERNAL_SCHEME: _Final[str | None] = None

Archive: _Final[_Code] = _Code("DCM", "ARCHIVE", "Archive", (30,))
"""Archive (DCM ARCHIVE)."""

ComputerAssistedDetectionDiagnosis: _Final[_Code] = _Code(
    "DCM", "CAD", "Computer Assisted Detection/Diagnosis", (30,)
)
"""Computer Assisted Detection/Diagnosis (DCM CAD)."""

ImageCapture: _Final[_Code] = _Code("DCM", "CAPTURE", "Image Capture", (30,))
"""Image Capture (DCM CAPTURE)."""

ComputationServer: _Final[_Code] = _Code("DCM", "COMP", "Computation Server", (30,))
"""Computation Server (DCM COMP)."""

DepartmentSystemScheduler: _Final[_Code] = _Code("DCM", "DSS", "Department System Scheduler", (30,))
"""Department System Scheduler (DCM DSS)."""

FilmDigitizer: _Final[_Code] = _Code("DCM", "FILMD", "Film Digitizer", (30, 7005))
"""Film Digitizer (DCM FILMD)."""

ProcedureLogging: _Final[_Code] = _Code("DCM", "LOG", "Procedure Logging", (30,))
"""Procedure Logging (DCM LOG)."""

V3DManufacturingModelingSystem: _Final[_Code] = _Code(
    "DCM", "M3D", "3D Manufacturing Modeling System", (30, 32)
)
"""3D Manufacturing Modeling System (DCM M3D)."""

MediaCreationDevice: _Final[_Code] = _Code("DCM", "MCD", "Media Creation Device", (30,))
"""Media Creation Device (DCM MCD)."""

HardCopyPrintServer: _Final[_Code] = _Code("DCM", "PRINT", "Hard Copy Print Server", (30,))
"""Hard Copy Print Server (DCM PRINT)."""

RadiationTherapyDevice: _Final[_Code] = _Code("DCM", "RT", "Radiation Therapy Device", (30,))
"""Radiation Therapy Device (DCM RT)."""

AutomatedSlideStainer: _Final[_Code] = _Code("DCM", "STAIN", "Automated Slide Stainer", (30, 32))
"""Automated Slide Stainer (DCM STAIN)."""

Workstation: _Final[_Code] = _Code("DCM", "WSD", "Workstation", (30,))
"""Workstation (DCM WSD)."""

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

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_3DManufacturingModelingSystem: _Final[_Code] = V3DManufacturingModelingSystem

MEMBERS: _Final[tuple[_Code, ...]] = (
    Archive,
    ComputerAssistedDetectionDiagnosis,
    ImageCapture,
    ComputationServer,
    DepartmentSystemScheduler,
    FilmDigitizer,
    ProcedureLogging,
    V3DManufacturingModelingSystem,
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
