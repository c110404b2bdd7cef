"""Enumerated Values and Defined Terms of Modality.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ModalityTerm(StrEnum):
    """Defined Terms of Modality (0008,0060) in Scheduled Procedure Step Module Attributes (C.4-10)."""

    ANN = "ANN"
    """Annotation"""
    AR = "AR"
    """Autorefraction"""
    ASMT = "ASMT"
    """Content Assessment Results"""
    AU = "AU"
    """Audio"""
    BDUS = "BDUS"
    """Bone Densitometry (ultrasound)"""
    BI = "BI"
    """Biomagnetic imaging"""
    BMD = "BMD"
    """Bone Densitometry (X-Ray)"""
    CFM = "CFM"
    """Confocal Microscopy"""
    CR = "CR"
    """Computed Radiography"""
    CT = "CT"
    """Computed Tomography"""
    CTPROTOCOL = "CTPROTOCOL"
    """CT Protocol (Performed)"""
    DMS = "DMS"
    """Dermoscopy"""
    DG = "DG"
    """Diaphanography"""
    DOC = "DOC"
    """Document"""
    DX = "DX"
    """Digital Radiography"""
    ECG = "ECG"
    """Electrocardiography"""
    EEG = "EEG"
    """Electroencephalography"""
    EMG = "EMG"
    """Electromyography"""
    EOG = "EOG"
    """Electrooculography"""
    EPS = "EPS"
    """Cardiac Electrophysiology"""
    ES = "ES"
    """Endoscopy"""
    FID = "FID"
    """Fiducials"""
    GM = "GM"
    """General Microscopy"""
    HC = "HC"
    """Hard Copy"""
    HD = "HD"
    """Hemodynamic Waveform"""
    IO = "IO"
    """Intra-Oral Radiography"""
    IOL = "IOL"
    """Intraocular Lens Data"""
    IVOCT = "IVOCT"
    """Intravascular Optical Coherence Tomography"""
    IVUS = "IVUS"
    """Intravascular Ultrasound"""
    KER = "KER"
    """Keratometry"""
    KO = "KO"
    """Key Object Selection"""
    LEN = "LEN"
    """Lensometry"""
    LS = "LS"
    """Laser surface scan"""
    MG = "MG"
    """Mammography"""
    MR = "MR"
    """Magnetic Resonance"""
    M3D = "M3D"
    """Model for 3D Manufacturing"""
    NM = "NM"
    """Nuclear Medicine"""
    OAM = "OAM"
    """Ophthalmic Axial Measurements"""
    OCT = "OCT"
    """Optical Coherence Tomography (non-Ophthalmic)"""
    OP = "OP"
    """Ophthalmic Photography"""
    OPM = "OPM"
    """Ophthalmic Mapping"""
    OPT = "OPT"
    """Ophthalmic Tomography"""
    OPTBSV = "OPTBSV"
    """Ophthalmic Tomography B-scan Volume Analysis"""
    OPTENF = "OPTENF"
    """Ophthalmic Tomography En Face"""
    OPV = "OPV"
    """Ophthalmic Visual Field"""
    OSS = "OSS"
    """Optical Surface Scan"""
    OT = "OT"
    """Other"""
    PA = "PA"
    """Photoacoustic"""
    PLAN = "PLAN"
    """Plan The term \"PLAN\" denotes Series describing planned activities. It is not be confused with radiotherapy treatment plans."""
    POS = "POS"
    """Position Sensor"""
    PR = "PR"
    """Presentation State"""
    PT = "PT"
    """Positron emission tomography (PET)"""
    PX = "PX"
    """Panoramic X-Ray"""
    REG = "REG"
    """Registration"""
    RESP = "RESP"
    """Respiratory Waveform"""
    RF = "RF"
    """Radio Fluoroscopy"""
    RG = "RG"
    """Radiographic imaging (conventional film/screen)"""
    RTDOSE = "RTDOSE"
    """Radiotherapy Dose"""
    RTIMAGE = "RTIMAGE"
    """Radiotherapy Image"""
    RTINTENT = "RTINTENT"
    """Radiotherapy Intent"""
    RTPLAN = "RTPLAN"
    """Radiotherapy Plan"""
    RTRAD = "RTRAD"
    """RT Radiation"""
    RTRECORD = "RTRECORD"
    """RT Treatment Record"""
    RTSEGANN = "RTSEGANN"
    """Radiotherapy Segment Annotation"""
    RTSTRUCT = "RTSTRUCT"
    """Radiotherapy Structure Set"""
    RWV = "RWV"
    """Real World Value Map"""
    SEG = "SEG"
    """Segmentation"""
    SM = "SM"
    """Slide Microscopy"""
    SMR = "SMR"
    """Stereometric Relationship"""
    SR = "SR"
    """SR Document"""
    SRF = "SRF"
    """Subjective Refraction"""
    STAIN = "STAIN"
    """Automated Slide Stainer"""
    TEXTUREMAP = "TEXTUREMAP"
    """Texture Map"""
    TG = "TG"
    """Thermography"""
    US = "US"
    """Ultrasound"""
    VA = "VA"
    """Visual Acuity"""
    XA = "XA"
    """X-Ray Angiography"""
    XAPROTOCOL = "XAPROTOCOL"
    """XA Protocol (Performed)"""
    XC = "XC"
    """External-camera Photography"""
    AS = "AS"
    """Angioscopy"""
    CD = "CD"
    """Color flow Doppler"""
    CF = "CF"
    """Cinefluorography"""
    CP = "CP"
    """Culposcopy"""
    CS = "CS"
    """Cystoscopy"""
    DD = "DD"
    """Duplex Doppler"""
    DF = "DF"
    """Digital fluoroscopy"""
    DM = "DM"
    """Digital microscopy"""
    DS = "DS"
    """Digital Subtraction Angiography"""
    EC = "EC"
    """Echocardiography"""
    FA = "FA"
    """Fluorescein angiography"""
    FS = "FS"
    """Fundoscopy"""
    LP = "LP"
    """Laparoscopy"""
    MA = "MA"
    """Magnetic resonance angiography"""
    MS = "MS"
    """Magnetic resonance spectroscopy"""
    OPR = "OPR"
    """Ophthalmic Refraction"""
    ST = "ST"
    """Single-photon emission computed tomography (SPECT)"""
    VF = "VF"
    """Videofluorography"""


class Modality(StrEnum):
    """Enumerated Values of Modality (0008,0060) in RT Series Module Attributes (C.8-37)."""

    RTIMAGE = "RTIMAGE"
    """RT Image"""
    RTDOSE = "RTDOSE"
    """RT Dose"""
    RTSTRUCT = "RTSTRUCT"
    """RT Structure Set"""
    RTPLAN = "RTPLAN"
    """RT Plan"""
    RTRECORD = "RTRECORD"
    """RT Treatment Record"""


class ModalityDXSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in DX Series Module Attributes (C.8-68)."""

    DX = "DX"
    PX = "PX"
    IO = "IO"
    MG = "MG"


class ModalityMammographySeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Mammography Series Module Attributes (C.8-73)."""

    MG = "MG"


class ModalityIntraOralSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Intra-Oral Series Module Attributes (C.8-75)."""

    IO = "IO"


class ModalityWholeSlideMicroscopySeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Whole Slide Microscopy Series Module Attributes (C.8.12.3-1)."""

    SM = "SM"


class ModalityMRSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in MR Series Module Attributes (C.8-101)."""

    MR = "MR"


class ModalityCTSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in CT Series Module Attributes (C.8-113)."""

    CT = "CT"


class ModalityOphthalmicPhotographySeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Ophthalmic Photography Series Module Attributes (C.8.17.1-1)."""

    OP = "OP"


class ModalityOphthalmicTomographySeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Ophthalmic Tomography Series Module Attributes (C.8.17.6-1)."""

    OPT = "OPT"


class ModalityOphthalmicTomographyEnFaceSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Ophthalmic Tomography En Face Series Module Attributes (C.8.17.17-1)."""

    OPTENF = "OPTENF"


class ModalityOphthalmicTomographyBScanVolumeAnalysisSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Ophthalmic Tomography B-scan Volume Analysis Series Module Attributes (C.8.17.18-1)."""

    OPTBSV = "OPTBSV"


class ModalityStereometricSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Stereometric Series Module Attributes (C.8.18.1-1)."""

    SMR = "SMR"


class ModalityXAXRFSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in XA/XRF Series Module Attributes (C.8.19.1-1)."""

    XA = "XA"
    RF = "RF"


class ModalitySegmentationSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Segmentation Series Module Attributes (C.8.20-1)."""

    SEG = "SEG"


class ModalityEnhancedPETSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Enhanced PET Series Module Attributes (C.8.22-1)."""

    PT = "PT"


class ModalityEnhancedUSSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Enhanced US Series Module Attributes (C.8.24.1-1)."""

    US = "US"
    IVUS = "IVUS"


class ModalityLensometryMeasurementsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Lensometry Measurements Series Module Attributes (C.8.25.1-1)."""

    LEN = "LEN"


class ModalityAutorefractionMeasurementsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Autorefraction Measurements Series Module Attributes (C.8.25.2-1)."""

    AR = "AR"


class ModalityKeratometryMeasurementsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Keratometry Measurements Series Module Attributes (C.8.25.3-1)."""

    KER = "KER"


class ModalitySubjectiveRefractionMeasurementsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Subjective Refraction Measurements Series Module Attributes (C.8.25.4-1)."""

    SRF = "SRF"


class ModalityVisualAcuityMeasurementsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Visual Acuity Measurements Series Module Attributes (C.8.25.5-1)."""

    VA = "VA"


class ModalityOphthalmicAxialMeasurementsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Ophthalmic Axial Measurements Series Module Attributes (C.8.25.13-1)."""

    OAM = "OAM"


class ModalityIntraocularLensCalculationsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Intraocular Lens Calculations Series Module Attributes (C.8.25.15-1)."""

    IOL = "IOL"


class ModalityVisualFieldStaticPerimetryMeasurementsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Visual Field Static Perimetry Measurements Series Module Attributes (C.8.26.1-1)."""

    OPV = "OPV"


class ModalityIntravascularOCTSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Intravascular OCT Series Module Attributes (C.8.27.1-1)."""

    IVOCT = "IVOCT"


class ModalityOphthalmicThicknessMapSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Ophthalmic Thickness Map Series Module Attributes (C.8.28.1-1)."""

    OPM = "OPM"


class ModalityOpticalSurfaceScannerSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Optical Surface Scanner Series Module Attributes (C.8.29-1)."""

    OSS = "OSS"


class ModalityPresentationSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Presentation Series Module Attributes (C.11.9-1)."""

    PR = "PR"
    """Presentation State"""


class ModalitySRDocumentSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in SR Document Series Module Attributes (C.17-1)."""

    SR = "SR"
    """SR Document"""


class ModalityKeyObjectDocumentSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Key Object Document Series Module Attributes (C.17.6-1)."""

    KO = "KO"
    """Key Object Selection"""


class ModalitySpatialRegistrationSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Spatial Registration Series Module Attributes (C.20.1-1)."""

    REG = "REG"


class ModalitySpatialFiducialsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Spatial Fiducials Series Module Attributes (C.21.1-1)."""

    FID = "FID"


class ModalityRealWorldValueMappingSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Real World Value Mapping Series Module Attributes (C.25.1-1)."""

    RWV = "RWV"


class ModalityCTProtocolSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in CT Protocol Series Module Attributes (C.34.1-1)."""

    CTPROTOCOL = "CTPROTOCOL"


class ModalityXAProtocolSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in XA Protocol Series Module Attributes (C.34.16-1)."""

    XAPROTOCOL = "XAPROTOCOL"


class ModalityEnhancedRTSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Enhanced RT Series Module Attributes (C.36.3-1)."""

    RTINTENT = "RTINTENT"
    """Radiotherapy Intent"""
    RTRAD = "RTRAD"
    """RT Radiation"""
    RTSEGANN = "RTSEGANN"
    """Radiotherapy Segment Annotation"""
    PLAN = "PLAN"
    """Plan The term \"PLAN\" denotes Series describing planned activities. It is not be confused with radiotherapy treatment plans."""


class ModalityMicroscopyBulkSimpleAnnotationsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Microscopy Bulk Simple Annotations Series Module Attributes (C.37.1-1)."""

    ANN = "ANN"
