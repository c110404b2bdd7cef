"""CID 29 Acquisition Modality.

Extensible, version 20231115, UID 1.2.840.10008.6.1.19.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 29
NAME: _Final[str] = "Acquisition Modality"
KEYWORD: _Final[str | None] = "AcquisitionModality"
UID: _Final[str | None] = "1.2.840.10008.6.1.19"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20231115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Autorefraction: _Final[_Code] = _Code("DCM", "AR", "Autorefraction", (29,))
"""Autorefraction (DCM AR)."""

BiomagneticImaging: _Final[_Code] = _Code("DCM", "BI", "Biomagnetic Imaging", (29,))
"""Biomagnetic Imaging (DCM BI)."""

BoneMineralDensitometry: _Final[_Code] = _Code("DCM", "BMD", "Bone Mineral Densitometry", (29,))
"""Bone Mineral Densitometry (DCM BMD)."""

CardiacElectrophysiology: _Final[_Code] = _Code("DCM", "EPS", "Cardiac Electrophysiology", (29,))
"""Cardiac Electrophysiology (DCM EPS)."""

ComputedRadiography: _Final[_Code] = _Code("DCM", "CR", "Computed Radiography", (29,))
"""Computed Radiography (DCM CR)."""

ComputedTomography: _Final[_Code] = _Code("DCM", "CT", "Computed Tomography", (29,))
"""Computed Tomography (DCM CT)."""

ConfocalMicroscopy: _Final[_Code] = _Code("DCM", "CFM", "Confocal Microscopy", (29,))
"""Confocal Microscopy (DCM CFM)."""

Dermoscopy: _Final[_Code] = _Code("DCM", "DMS", "Dermoscopy", (29,))
"""Dermoscopy (DCM DMS)."""

Diaphanography: _Final[_Code] = _Code("DCM", "DG", "Diaphanography", (29,))
"""Diaphanography (DCM DG)."""

DigitalRadiography: _Final[_Code] = _Code("DCM", "DX", "Digital Radiography", (29,))
"""Digital Radiography (DCM DX)."""

Electrocardiography: _Final[_Code] = _Code("DCM", "ECG", "Electrocardiography", (29,))
"""Electrocardiography (DCM ECG)."""

Electroencephalography: _Final[_Code] = _Code("DCM", "EEG", "Electroencephalography", (29,))
"""Electroencephalography (DCM EEG)."""

Electromyography: _Final[_Code] = _Code("DCM", "EMG", "Electromyography", (29,))
"""Electromyography (DCM EMG)."""

Electrooculography: _Final[_Code] = _Code("DCM", "EOG", "Electrooculography", (29,))
"""Electrooculography (DCM EOG)."""

Endoscopy: _Final[_Code] = _Code("DCM", "ES", "Endoscopy", (29,))
"""Endoscopy (DCM ES)."""

ExternalCameraPhotography: _Final[_Code] = _Code("DCM", "XC", "External-camera Photography", (29,))
"""External-camera Photography (DCM XC)."""

GeneralMicroscopy: _Final[_Code] = _Code("DCM", "GM", "General Microscopy", (29,))
"""General Microscopy (DCM GM)."""

HemodynamicWaveform: _Final[_Code] = _Code("DCM", "HD", "Hemodynamic Waveform", (29,))
"""Hemodynamic Waveform (DCM HD)."""

IntraOralRadiography: _Final[_Code] = _Code("DCM", "IO", "Intra-oral Radiography", (29,))
"""Intra-oral Radiography (DCM IO)."""

IntravascularOpticalCoherenceTomography: _Final[_Code] = _Code(
    "DCM", "IVOCT", "Intravascular Optical Coherence Tomography", (29,)
)
"""Intravascular Optical Coherence Tomography (DCM IVOCT)."""

IntravascularUltrasound: _Final[_Code] = _Code("DCM", "IVUS", "Intravascular Ultrasound", (29,))
"""Intravascular Ultrasound (DCM IVUS)."""

Keratometry: _Final[_Code] = _Code("DCM", "KER", "Keratometry", (29,))
"""Keratometry (DCM KER)."""

LaserScan: _Final[_Code] = _Code("DCM", "LS", "Laser Scan", (29, 9575))
"""Laser Scan (DCM LS)."""

Lensometry: _Final[_Code] = _Code("DCM", "LEN", "Lensometry", (29,))
"""Lensometry (DCM LEN)."""

MagneticResonance: _Final[_Code] = _Code("DCM", "MR", "Magnetic Resonance", (29,))
"""Magnetic Resonance (DCM MR)."""

Mammography: _Final[_Code] = _Code("DCM", "MG", "Mammography", (29,))
"""Mammography (DCM MG)."""

NuclearMedicine: _Final[_Code] = _Code("DCM", "NM", "Nuclear Medicine", (29,))
"""Nuclear Medicine (DCM NM)."""

OphthalmicAxialMeasurements: _Final[_Code] = _Code(
    "DCM", "OAM", "Ophthalmic Axial Measurements", (29,)
)
"""Ophthalmic Axial Measurements (DCM OAM)."""

OphthalmicMapping: _Final[_Code] = _Code("DCM", "OPM", "Ophthalmic Mapping", (29,))
"""Ophthalmic Mapping (DCM OPM)."""

OphthalmicPhotography: _Final[_Code] = _Code("DCM", "OP", "Ophthalmic Photography", (29,))
"""Ophthalmic Photography (DCM OP)."""

OphthalmicTomography: _Final[_Code] = _Code("DCM", "OPT", "Ophthalmic Tomography", (29,))
"""Ophthalmic Tomography (DCM OPT)."""

OphthalmicTomographyBScanVolumeAnalysis: _Final[_Code] = _Code(
    "DCM", "OPTBSV", "Ophthalmic Tomography B-scan Volume Analysis", (29,)
)
"""Ophthalmic Tomography B-scan Volume Analysis (DCM OPTBSV)."""

OphthalmicTomographyEnFace: _Final[_Code] = _Code(
    "DCM", "OPTENF", "Ophthalmic Tomography En Face", (29,)
)
"""Ophthalmic Tomography En Face (DCM OPTENF)."""

OphthalmicVisualField: _Final[_Code] = _Code("DCM", "OPV", "Ophthalmic Visual Field", (29,))
"""Ophthalmic Visual Field (DCM OPV)."""

OpticalCoherenceTomography: _Final[_Code] = _Code(
    "DCM", "OCT", "Optical Coherence Tomography", (29,)
)
"""Optical Coherence Tomography (DCM OCT)."""

OpticalSurfaceScanner: _Final[_Code] = _Code("DCM", "OSS", "Optical Surface Scanner", (29, 9575))
"""Optical Surface Scanner (DCM OSS)."""

PanoramicXRay: _Final[_Code] = _Code("DCM", "PX", "Panoramic X-Ray", (29,))
"""Panoramic X-Ray (DCM PX)."""

Photoacoustic: _Final[_Code] = _Code("DCM", "PA", "Photoacoustic", (29,))
"""Photoacoustic (DCM PA)."""

PositionSensor: _Final[_Code] = _Code("DCM", "POS", "Position Sensor", (29,))
"""Position Sensor (DCM POS)."""

PositronEmissionTomography: _Final[_Code] = _Code(
    "DCM", "PT", "Positron emission tomography", (29,)
)
"""Positron emission tomography (DCM PT)."""

Radiofluoroscopy: _Final[_Code] = _Code("DCM", "RF", "Radiofluoroscopy", (29,))
"""Radiofluoroscopy (DCM RF)."""

RadiographicImaging: _Final[_Code] = _Code("DCM", "RG", "Radiographic imaging", (29,))
"""Radiographic imaging (DCM RG)."""

RespiratoryWaveform: _Final[_Code] = _Code("DCM", "RESP", "Respiratory Waveform", (29,))
"""Respiratory Waveform (DCM RESP)."""

RTImage: _Final[_Code] = _Code("DCM", "RTIMAGE", "RT Image", (29,))
"""RT Image (DCM RTIMAGE)."""

SlideMicroscopy: _Final[_Code] = _Code("DCM", "SM", "Slide Microscopy", (29,))
"""Slide Microscopy (DCM SM)."""

SubjectiveRefraction: _Final[_Code] = _Code("DCM", "SRF", "Subjective Refraction", (29,))
"""Subjective Refraction (DCM SRF)."""

Thermography: _Final[_Code] = _Code("DCM", "TG", "Thermography", (29,))
"""Thermography (DCM TG)."""

Ultrasound: _Final[_Code] = _Code("DCM", "US", "Ultrasound", (29,))
"""Ultrasound (DCM US)."""

UltrasoundBoneDensitometry: _Final[_Code] = _Code(
    "DCM", "BDUS", "Ultrasound Bone Densitometry", (29,)
)
"""Ultrasound Bone Densitometry (DCM BDUS)."""

VisualAcuity: _Final[_Code] = _Code("DCM", "VA", "Visual Acuity", (29,))
"""Visual Acuity (DCM VA)."""

XRayAngiography: _Final[_Code] = _Code("DCM", "XA", "X-Ray Angiography", (29,))
"""X-Ray Angiography (DCM XA)."""

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
