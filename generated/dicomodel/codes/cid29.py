"""CID 29 Acquisition Modality.

Extensible, version 20231115, UID 1.2.840.10008.6.1.19.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 29
NAME: Final[str] = "Acquisition Modality"
KEYWORD: Final[str | None] = "AcquisitionModality"
UID: Final[str | None] = "1.2.840.10008.6.1.19"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20231115"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Autorefraction: Final[Code] = Code("DCM", "AR", "Autorefraction", (29,))
"""Autorefraction (DCM AR)."""

BiomagneticImaging: Final[Code] = Code("DCM", "BI", "Biomagnetic Imaging", (29,))
"""Biomagnetic Imaging (DCM BI)."""

BoneMineralDensitometry: Final[Code] = Code("DCM", "BMD", "Bone Mineral Densitometry", (29,))
"""Bone Mineral Densitometry (DCM BMD)."""

CardiacElectrophysiology: Final[Code] = Code("DCM", "EPS", "Cardiac Electrophysiology", (29,))
"""Cardiac Electrophysiology (DCM EPS)."""

ComputedRadiography: Final[Code] = Code("DCM", "CR", "Computed Radiography", (29,))
"""Computed Radiography (DCM CR)."""

ComputedTomography: Final[Code] = Code("DCM", "CT", "Computed Tomography", (29,))
"""Computed Tomography (DCM CT)."""

ConfocalMicroscopy: Final[Code] = Code("DCM", "CFM", "Confocal Microscopy", (29,))
"""Confocal Microscopy (DCM CFM)."""

Dermoscopy: Final[Code] = Code("DCM", "DMS", "Dermoscopy", (29,))
"""Dermoscopy (DCM DMS)."""

Diaphanography: Final[Code] = Code("DCM", "DG", "Diaphanography", (29,))
"""Diaphanography (DCM DG)."""

DigitalRadiography: Final[Code] = Code("DCM", "DX", "Digital Radiography", (29,))
"""Digital Radiography (DCM DX)."""

Electrocardiography: Final[Code] = Code("DCM", "ECG", "Electrocardiography", (29,))
"""Electrocardiography (DCM ECG)."""

Electroencephalography: Final[Code] = Code("DCM", "EEG", "Electroencephalography", (29,))
"""Electroencephalography (DCM EEG)."""

Electromyography: Final[Code] = Code("DCM", "EMG", "Electromyography", (29,))
"""Electromyography (DCM EMG)."""

Electrooculography: Final[Code] = Code("DCM", "EOG", "Electrooculography", (29,))
"""Electrooculography (DCM EOG)."""

Endoscopy: Final[Code] = Code("DCM", "ES", "Endoscopy", (29,))
"""Endoscopy (DCM ES)."""

ExternalCameraPhotography: Final[Code] = Code("DCM", "XC", "External-camera Photography", (29,))
"""External-camera Photography (DCM XC)."""

GeneralMicroscopy: Final[Code] = Code("DCM", "GM", "General Microscopy", (29,))
"""General Microscopy (DCM GM)."""

HemodynamicWaveform: Final[Code] = Code("DCM", "HD", "Hemodynamic Waveform", (29,))
"""Hemodynamic Waveform (DCM HD)."""

IntraOralRadiography: Final[Code] = Code("DCM", "IO", "Intra-oral Radiography", (29,))
"""Intra-oral Radiography (DCM IO)."""

IntravascularOpticalCoherenceTomography: Final[Code] = Code(
    "DCM", "IVOCT", "Intravascular Optical Coherence Tomography", (29,)
)
"""Intravascular Optical Coherence Tomography (DCM IVOCT)."""

IntravascularUltrasound: Final[Code] = Code("DCM", "IVUS", "Intravascular Ultrasound", (29,))
"""Intravascular Ultrasound (DCM IVUS)."""

Keratometry: Final[Code] = Code("DCM", "KER", "Keratometry", (29,))
"""Keratometry (DCM KER)."""

LaserScan: Final[Code] = Code("DCM", "LS", "Laser Scan", (29, 9575))
"""Laser Scan (DCM LS)."""

Lensometry: Final[Code] = Code("DCM", "LEN", "Lensometry", (29,))
"""Lensometry (DCM LEN)."""

MagneticResonance: Final[Code] = Code("DCM", "MR", "Magnetic Resonance", (29,))
"""Magnetic Resonance (DCM MR)."""

Mammography: Final[Code] = Code("DCM", "MG", "Mammography", (29,))
"""Mammography (DCM MG)."""

NuclearMedicine: Final[Code] = Code("DCM", "NM", "Nuclear Medicine", (29,))
"""Nuclear Medicine (DCM NM)."""

OphthalmicAxialMeasurements: Final[Code] = Code(
    "DCM", "OAM", "Ophthalmic Axial Measurements", (29,)
)
"""Ophthalmic Axial Measurements (DCM OAM)."""

OphthalmicMapping: Final[Code] = Code("DCM", "OPM", "Ophthalmic Mapping", (29,))
"""Ophthalmic Mapping (DCM OPM)."""

OphthalmicPhotography: Final[Code] = Code("DCM", "OP", "Ophthalmic Photography", (29,))
"""Ophthalmic Photography (DCM OP)."""

OphthalmicTomography: Final[Code] = Code("DCM", "OPT", "Ophthalmic Tomography", (29,))
"""Ophthalmic Tomography (DCM OPT)."""

OphthalmicTomographyBScanVolumeAnalysis: Final[Code] = Code(
    "DCM", "OPTBSV", "Ophthalmic Tomography B-scan Volume Analysis", (29,)
)
"""Ophthalmic Tomography B-scan Volume Analysis (DCM OPTBSV)."""

OphthalmicTomographyEnFace: Final[Code] = Code(
    "DCM", "OPTENF", "Ophthalmic Tomography En Face", (29,)
)
"""Ophthalmic Tomography En Face (DCM OPTENF)."""

OphthalmicVisualField: Final[Code] = Code("DCM", "OPV", "Ophthalmic Visual Field", (29,))
"""Ophthalmic Visual Field (DCM OPV)."""

OpticalCoherenceTomography: Final[Code] = Code("DCM", "OCT", "Optical Coherence Tomography", (29,))
"""Optical Coherence Tomography (DCM OCT)."""

OpticalSurfaceScanner: Final[Code] = Code("DCM", "OSS", "Optical Surface Scanner", (29, 9575))
"""Optical Surface Scanner (DCM OSS)."""

PanoramicXRay: Final[Code] = Code("DCM", "PX", "Panoramic X-Ray", (29,))
"""Panoramic X-Ray (DCM PX)."""

Photoacoustic: Final[Code] = Code("DCM", "PA", "Photoacoustic", (29,))
"""Photoacoustic (DCM PA)."""

PositionSensor: Final[Code] = Code("DCM", "POS", "Position Sensor", (29,))
"""Position Sensor (DCM POS)."""

PositronEmissionTomography: Final[Code] = Code("DCM", "PT", "Positron emission tomography", (29,))
"""Positron emission tomography (DCM PT)."""

Radiofluoroscopy: Final[Code] = Code("DCM", "RF", "Radiofluoroscopy", (29,))
"""Radiofluoroscopy (DCM RF)."""

RadiographicImaging: Final[Code] = Code("DCM", "RG", "Radiographic imaging", (29,))
"""Radiographic imaging (DCM RG)."""

RespiratoryWaveform: Final[Code] = Code("DCM", "RESP", "Respiratory Waveform", (29,))
"""Respiratory Waveform (DCM RESP)."""

RTImage: Final[Code] = Code("DCM", "RTIMAGE", "RT Image", (29,))
"""RT Image (DCM RTIMAGE)."""

SlideMicroscopy: Final[Code] = Code("DCM", "SM", "Slide Microscopy", (29,))
"""Slide Microscopy (DCM SM)."""

SubjectiveRefraction: Final[Code] = Code("DCM", "SRF", "Subjective Refraction", (29,))
"""Subjective Refraction (DCM SRF)."""

Thermography: Final[Code] = Code("DCM", "TG", "Thermography", (29,))
"""Thermography (DCM TG)."""

Ultrasound: Final[Code] = Code("DCM", "US", "Ultrasound", (29,))
"""Ultrasound (DCM US)."""

UltrasoundBoneDensitometry: Final[Code] = Code("DCM", "BDUS", "Ultrasound Bone Densitometry", (29,))
"""Ultrasound Bone Densitometry (DCM BDUS)."""

VisualAcuity: Final[Code] = Code("DCM", "VA", "Visual Acuity", (29,))
"""Visual Acuity (DCM VA)."""

XRayAngiography: Final[Code] = Code("DCM", "XA", "X-Ray Angiography", (29,))
"""X-Ray Angiography (DCM XA)."""

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
)
"""The resolved membership: own members, then those of the included groups, in order."""
