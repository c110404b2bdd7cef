"""Enumerated Values and Defined Terms of Modality.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "Modality",
    "ModalityAutorefractionMeasurementsSeries",
    "ModalityAutorefractionMeasurementsSeriesValue",
    "ModalityCTProtocolSeries",
    "ModalityCTProtocolSeriesValue",
    "ModalityCTSeries",
    "ModalityCTSeriesValue",
    "ModalityDXSeries",
    "ModalityDXSeriesValue",
    "ModalityEnhancedPETSeries",
    "ModalityEnhancedPETSeriesValue",
    "ModalityEnhancedRTSeries",
    "ModalityEnhancedRTSeriesValue",
    "ModalityEnhancedUSSeries",
    "ModalityEnhancedUSSeriesValue",
    "ModalityIntraOralSeries",
    "ModalityIntraOralSeriesValue",
    "ModalityIntraocularLensCalculationsSeries",
    "ModalityIntraocularLensCalculationsSeriesValue",
    "ModalityIntravascularOCTSeries",
    "ModalityIntravascularOCTSeriesValue",
    "ModalityKeratometryMeasurementsSeries",
    "ModalityKeratometryMeasurementsSeriesValue",
    "ModalityKeyObjectDocumentSeries",
    "ModalityKeyObjectDocumentSeriesValue",
    "ModalityLensometryMeasurementsSeries",
    "ModalityLensometryMeasurementsSeriesValue",
    "ModalityMRSeries",
    "ModalityMRSeriesValue",
    "ModalityMammographySeries",
    "ModalityMammographySeriesValue",
    "ModalityMicroscopyBulkSimpleAnnotationsSeries",
    "ModalityMicroscopyBulkSimpleAnnotationsSeriesValue",
    "ModalityOphthalmicAxialMeasurementsSeries",
    "ModalityOphthalmicAxialMeasurementsSeriesValue",
    "ModalityOphthalmicPhotographySeries",
    "ModalityOphthalmicPhotographySeriesValue",
    "ModalityOphthalmicThicknessMapSeries",
    "ModalityOphthalmicThicknessMapSeriesValue",
    "ModalityOphthalmicTomographyBScanVolumeAnalysisSeries",
    "ModalityOphthalmicTomographyBScanVolumeAnalysisSeriesValue",
    "ModalityOphthalmicTomographyEnFaceSeries",
    "ModalityOphthalmicTomographyEnFaceSeriesValue",
    "ModalityOphthalmicTomographySeries",
    "ModalityOphthalmicTomographySeriesValue",
    "ModalityOpticalSurfaceScannerSeries",
    "ModalityOpticalSurfaceScannerSeriesValue",
    "ModalityPresentationSeries",
    "ModalityPresentationSeriesValue",
    "ModalityRealWorldValueMappingSeries",
    "ModalityRealWorldValueMappingSeriesValue",
    "ModalitySRDocumentSeries",
    "ModalitySRDocumentSeriesValue",
    "ModalitySegmentationSeries",
    "ModalitySegmentationSeriesValue",
    "ModalitySpatialFiducialsSeries",
    "ModalitySpatialFiducialsSeriesValue",
    "ModalitySpatialRegistrationSeries",
    "ModalitySpatialRegistrationSeriesValue",
    "ModalityStereometricSeries",
    "ModalityStereometricSeriesValue",
    "ModalitySubjectiveRefractionMeasurementsSeries",
    "ModalitySubjectiveRefractionMeasurementsSeriesValue",
    "ModalityTerm",
    "ModalityValue",
    "ModalityVisualAcuityMeasurementsSeries",
    "ModalityVisualAcuityMeasurementsSeriesValue",
    "ModalityVisualFieldStaticPerimetryMeasurementsSeries",
    "ModalityVisualFieldStaticPerimetryMeasurementsSeriesValue",
    "ModalityWholeSlideMicroscopySeries",
    "ModalityWholeSlideMicroscopySeriesValue",
    "ModalityXAProtocolSeries",
    "ModalityXAProtocolSeriesValue",
    "ModalityXAXRFSeries",
    "ModalityXAXRFSeriesValue",
]


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


if TYPE_CHECKING:
    ModalityValue: TypeAlias = (
        Modality | Literal["RTIMAGE", "RTDOSE", "RTSTRUCT", "RTPLAN", "RTRECORD"]
    )
else:
    ModalityValue = Modality
"""A value of Modality: the enum or the string of one of its members."""


class ModalityDXSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in DX Series Module Attributes (C.8-68)."""

    DX = "DX"
    PX = "PX"
    IO = "IO"
    MG = "MG"


if TYPE_CHECKING:
    ModalityDXSeriesValue: TypeAlias = ModalityDXSeries | Literal["DX", "PX", "IO", "MG"]
else:
    ModalityDXSeriesValue = ModalityDXSeries
"""A value of ModalityDXSeries: the enum or the string of one of its members."""


class ModalityMammographySeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Mammography Series Module Attributes (C.8-73)."""

    MG = "MG"


if TYPE_CHECKING:
    ModalityMammographySeriesValue: TypeAlias = ModalityMammographySeries | Literal["MG"]
else:
    ModalityMammographySeriesValue = ModalityMammographySeries
"""A value of ModalityMammographySeries: the enum or the string of one of its members."""


class ModalityIntraOralSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Intra-Oral Series Module Attributes (C.8-75)."""

    IO = "IO"


if TYPE_CHECKING:
    ModalityIntraOralSeriesValue: TypeAlias = ModalityIntraOralSeries | Literal["IO"]
else:
    ModalityIntraOralSeriesValue = ModalityIntraOralSeries
"""A value of ModalityIntraOralSeries: the enum or the string of one of its members."""


class ModalityWholeSlideMicroscopySeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Whole Slide Microscopy Series Module Attributes (C.8.12.3-1)."""

    SM = "SM"


if TYPE_CHECKING:
    ModalityWholeSlideMicroscopySeriesValue: TypeAlias = (
        ModalityWholeSlideMicroscopySeries | Literal["SM"]
    )
else:
    ModalityWholeSlideMicroscopySeriesValue = ModalityWholeSlideMicroscopySeries
"""A value of ModalityWholeSlideMicroscopySeries: the enum or the string of one of its members."""


class ModalityMRSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in MR Series Module Attributes (C.8-101)."""

    MR = "MR"


if TYPE_CHECKING:
    ModalityMRSeriesValue: TypeAlias = ModalityMRSeries | Literal["MR"]
else:
    ModalityMRSeriesValue = ModalityMRSeries
"""A value of ModalityMRSeries: the enum or the string of one of its members."""


class ModalityCTSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in CT Series Module Attributes (C.8-113)."""

    CT = "CT"


if TYPE_CHECKING:
    ModalityCTSeriesValue: TypeAlias = ModalityCTSeries | Literal["CT"]
else:
    ModalityCTSeriesValue = ModalityCTSeries
"""A value of ModalityCTSeries: the enum or the string of one of its members."""


class ModalityOphthalmicPhotographySeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Ophthalmic Photography Series Module Attributes (C.8.17.1-1)."""

    OP = "OP"


if TYPE_CHECKING:
    ModalityOphthalmicPhotographySeriesValue: TypeAlias = (
        ModalityOphthalmicPhotographySeries | Literal["OP"]
    )
else:
    ModalityOphthalmicPhotographySeriesValue = ModalityOphthalmicPhotographySeries
"""A value of ModalityOphthalmicPhotographySeries: the enum or the string of one of its members."""


class ModalityOphthalmicTomographySeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Ophthalmic Tomography Series Module Attributes (C.8.17.6-1)."""

    OPT = "OPT"


if TYPE_CHECKING:
    ModalityOphthalmicTomographySeriesValue: TypeAlias = (
        ModalityOphthalmicTomographySeries | Literal["OPT"]
    )
else:
    ModalityOphthalmicTomographySeriesValue = ModalityOphthalmicTomographySeries
"""A value of ModalityOphthalmicTomographySeries: the enum or the string of one of its members."""


class ModalityOphthalmicTomographyEnFaceSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Ophthalmic Tomography En Face Series Module Attributes (C.8.17.17-1)."""

    OPTENF = "OPTENF"


if TYPE_CHECKING:
    ModalityOphthalmicTomographyEnFaceSeriesValue: TypeAlias = (
        ModalityOphthalmicTomographyEnFaceSeries | Literal["OPTENF"]
    )
else:
    ModalityOphthalmicTomographyEnFaceSeriesValue = ModalityOphthalmicTomographyEnFaceSeries
"""A value of ModalityOphthalmicTomographyEnFaceSeries: the enum or the string of one of its members."""


class ModalityOphthalmicTomographyBScanVolumeAnalysisSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Ophthalmic Tomography B-scan Volume Analysis Series Module Attributes (C.8.17.18-1)."""

    OPTBSV = "OPTBSV"


if TYPE_CHECKING:
    ModalityOphthalmicTomographyBScanVolumeAnalysisSeriesValue: TypeAlias = (
        ModalityOphthalmicTomographyBScanVolumeAnalysisSeries | Literal["OPTBSV"]
    )
else:
    ModalityOphthalmicTomographyBScanVolumeAnalysisSeriesValue = (
        ModalityOphthalmicTomographyBScanVolumeAnalysisSeries
    )
"""A value of ModalityOphthalmicTomographyBScanVolumeAnalysisSeries: the enum or the string of one of its members."""


class ModalityStereometricSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Stereometric Series Module Attributes (C.8.18.1-1)."""

    SMR = "SMR"


if TYPE_CHECKING:
    ModalityStereometricSeriesValue: TypeAlias = ModalityStereometricSeries | Literal["SMR"]
else:
    ModalityStereometricSeriesValue = ModalityStereometricSeries
"""A value of ModalityStereometricSeries: the enum or the string of one of its members."""


class ModalityXAXRFSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in XA/XRF Series Module Attributes (C.8.19.1-1)."""

    XA = "XA"
    RF = "RF"


if TYPE_CHECKING:
    ModalityXAXRFSeriesValue: TypeAlias = ModalityXAXRFSeries | Literal["XA", "RF"]
else:
    ModalityXAXRFSeriesValue = ModalityXAXRFSeries
"""A value of ModalityXAXRFSeries: the enum or the string of one of its members."""


class ModalitySegmentationSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Segmentation Series Module Attributes (C.8.20-1)."""

    SEG = "SEG"


if TYPE_CHECKING:
    ModalitySegmentationSeriesValue: TypeAlias = ModalitySegmentationSeries | Literal["SEG"]
else:
    ModalitySegmentationSeriesValue = ModalitySegmentationSeries
"""A value of ModalitySegmentationSeries: the enum or the string of one of its members."""


class ModalityEnhancedPETSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Enhanced PET Series Module Attributes (C.8.22-1)."""

    PT = "PT"


if TYPE_CHECKING:
    ModalityEnhancedPETSeriesValue: TypeAlias = ModalityEnhancedPETSeries | Literal["PT"]
else:
    ModalityEnhancedPETSeriesValue = ModalityEnhancedPETSeries
"""A value of ModalityEnhancedPETSeries: the enum or the string of one of its members."""


class ModalityEnhancedUSSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Enhanced US Series Module Attributes (C.8.24.1-1)."""

    US = "US"
    IVUS = "IVUS"


if TYPE_CHECKING:
    ModalityEnhancedUSSeriesValue: TypeAlias = ModalityEnhancedUSSeries | Literal["US", "IVUS"]
else:
    ModalityEnhancedUSSeriesValue = ModalityEnhancedUSSeries
"""A value of ModalityEnhancedUSSeries: the enum or the string of one of its members."""


class ModalityLensometryMeasurementsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Lensometry Measurements Series Module Attributes (C.8.25.1-1)."""

    LEN = "LEN"


if TYPE_CHECKING:
    ModalityLensometryMeasurementsSeriesValue: TypeAlias = (
        ModalityLensometryMeasurementsSeries | Literal["LEN"]
    )
else:
    ModalityLensometryMeasurementsSeriesValue = ModalityLensometryMeasurementsSeries
"""A value of ModalityLensometryMeasurementsSeries: the enum or the string of one of its members."""


class ModalityAutorefractionMeasurementsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Autorefraction Measurements Series Module Attributes (C.8.25.2-1)."""

    AR = "AR"


if TYPE_CHECKING:
    ModalityAutorefractionMeasurementsSeriesValue: TypeAlias = (
        ModalityAutorefractionMeasurementsSeries | Literal["AR"]
    )
else:
    ModalityAutorefractionMeasurementsSeriesValue = ModalityAutorefractionMeasurementsSeries
"""A value of ModalityAutorefractionMeasurementsSeries: the enum or the string of one of its members."""


class ModalityKeratometryMeasurementsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Keratometry Measurements Series Module Attributes (C.8.25.3-1)."""

    KER = "KER"


if TYPE_CHECKING:
    ModalityKeratometryMeasurementsSeriesValue: TypeAlias = (
        ModalityKeratometryMeasurementsSeries | Literal["KER"]
    )
else:
    ModalityKeratometryMeasurementsSeriesValue = ModalityKeratometryMeasurementsSeries
"""A value of ModalityKeratometryMeasurementsSeries: the enum or the string of one of its members."""


class ModalitySubjectiveRefractionMeasurementsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Subjective Refraction Measurements Series Module Attributes (C.8.25.4-1)."""

    SRF = "SRF"


if TYPE_CHECKING:
    ModalitySubjectiveRefractionMeasurementsSeriesValue: TypeAlias = (
        ModalitySubjectiveRefractionMeasurementsSeries | Literal["SRF"]
    )
else:
    ModalitySubjectiveRefractionMeasurementsSeriesValue = (
        ModalitySubjectiveRefractionMeasurementsSeries
    )
"""A value of ModalitySubjectiveRefractionMeasurementsSeries: the enum or the string of one of its members."""


class ModalityVisualAcuityMeasurementsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Visual Acuity Measurements Series Module Attributes (C.8.25.5-1)."""

    VA = "VA"


if TYPE_CHECKING:
    ModalityVisualAcuityMeasurementsSeriesValue: TypeAlias = (
        ModalityVisualAcuityMeasurementsSeries | Literal["VA"]
    )
else:
    ModalityVisualAcuityMeasurementsSeriesValue = ModalityVisualAcuityMeasurementsSeries
"""A value of ModalityVisualAcuityMeasurementsSeries: the enum or the string of one of its members."""


class ModalityOphthalmicAxialMeasurementsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Ophthalmic Axial Measurements Series Module Attributes (C.8.25.13-1)."""

    OAM = "OAM"


if TYPE_CHECKING:
    ModalityOphthalmicAxialMeasurementsSeriesValue: TypeAlias = (
        ModalityOphthalmicAxialMeasurementsSeries | Literal["OAM"]
    )
else:
    ModalityOphthalmicAxialMeasurementsSeriesValue = ModalityOphthalmicAxialMeasurementsSeries
"""A value of ModalityOphthalmicAxialMeasurementsSeries: the enum or the string of one of its members."""


class ModalityIntraocularLensCalculationsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Intraocular Lens Calculations Series Module Attributes (C.8.25.15-1)."""

    IOL = "IOL"


if TYPE_CHECKING:
    ModalityIntraocularLensCalculationsSeriesValue: TypeAlias = (
        ModalityIntraocularLensCalculationsSeries | Literal["IOL"]
    )
else:
    ModalityIntraocularLensCalculationsSeriesValue = ModalityIntraocularLensCalculationsSeries
"""A value of ModalityIntraocularLensCalculationsSeries: the enum or the string of one of its members."""


class ModalityVisualFieldStaticPerimetryMeasurementsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Visual Field Static Perimetry Measurements Series Module Attributes (C.8.26.1-1)."""

    OPV = "OPV"


if TYPE_CHECKING:
    ModalityVisualFieldStaticPerimetryMeasurementsSeriesValue: TypeAlias = (
        ModalityVisualFieldStaticPerimetryMeasurementsSeries | Literal["OPV"]
    )
else:
    ModalityVisualFieldStaticPerimetryMeasurementsSeriesValue = (
        ModalityVisualFieldStaticPerimetryMeasurementsSeries
    )
"""A value of ModalityVisualFieldStaticPerimetryMeasurementsSeries: the enum or the string of one of its members."""


class ModalityIntravascularOCTSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Intravascular OCT Series Module Attributes (C.8.27.1-1)."""

    IVOCT = "IVOCT"


if TYPE_CHECKING:
    ModalityIntravascularOCTSeriesValue: TypeAlias = (
        ModalityIntravascularOCTSeries | Literal["IVOCT"]
    )
else:
    ModalityIntravascularOCTSeriesValue = ModalityIntravascularOCTSeries
"""A value of ModalityIntravascularOCTSeries: the enum or the string of one of its members."""


class ModalityOphthalmicThicknessMapSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Ophthalmic Thickness Map Series Module Attributes (C.8.28.1-1)."""

    OPM = "OPM"


if TYPE_CHECKING:
    ModalityOphthalmicThicknessMapSeriesValue: TypeAlias = (
        ModalityOphthalmicThicknessMapSeries | Literal["OPM"]
    )
else:
    ModalityOphthalmicThicknessMapSeriesValue = ModalityOphthalmicThicknessMapSeries
"""A value of ModalityOphthalmicThicknessMapSeries: the enum or the string of one of its members."""


class ModalityOpticalSurfaceScannerSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Optical Surface Scanner Series Module Attributes (C.8.29-1)."""

    OSS = "OSS"


if TYPE_CHECKING:
    ModalityOpticalSurfaceScannerSeriesValue: TypeAlias = (
        ModalityOpticalSurfaceScannerSeries | Literal["OSS"]
    )
else:
    ModalityOpticalSurfaceScannerSeriesValue = ModalityOpticalSurfaceScannerSeries
"""A value of ModalityOpticalSurfaceScannerSeries: the enum or the string of one of its members."""


class ModalityPresentationSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Presentation Series Module Attributes (C.11.9-1)."""

    PR = "PR"
    """Presentation State"""


if TYPE_CHECKING:
    ModalityPresentationSeriesValue: TypeAlias = ModalityPresentationSeries | Literal["PR"]
else:
    ModalityPresentationSeriesValue = ModalityPresentationSeries
"""A value of ModalityPresentationSeries: the enum or the string of one of its members."""


class ModalitySRDocumentSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in SR Document Series Module Attributes (C.17-1)."""

    SR = "SR"
    """SR Document"""


if TYPE_CHECKING:
    ModalitySRDocumentSeriesValue: TypeAlias = ModalitySRDocumentSeries | Literal["SR"]
else:
    ModalitySRDocumentSeriesValue = ModalitySRDocumentSeries
"""A value of ModalitySRDocumentSeries: the enum or the string of one of its members."""


class ModalityKeyObjectDocumentSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Key Object Document Series Module Attributes (C.17.6-1)."""

    KO = "KO"
    """Key Object Selection"""


if TYPE_CHECKING:
    ModalityKeyObjectDocumentSeriesValue: TypeAlias = (
        ModalityKeyObjectDocumentSeries | Literal["KO"]
    )
else:
    ModalityKeyObjectDocumentSeriesValue = ModalityKeyObjectDocumentSeries
"""A value of ModalityKeyObjectDocumentSeries: the enum or the string of one of its members."""


class ModalitySpatialRegistrationSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Spatial Registration Series Module Attributes (C.20.1-1)."""

    REG = "REG"


if TYPE_CHECKING:
    ModalitySpatialRegistrationSeriesValue: TypeAlias = (
        ModalitySpatialRegistrationSeries | Literal["REG"]
    )
else:
    ModalitySpatialRegistrationSeriesValue = ModalitySpatialRegistrationSeries
"""A value of ModalitySpatialRegistrationSeries: the enum or the string of one of its members."""


class ModalitySpatialFiducialsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Spatial Fiducials Series Module Attributes (C.21.1-1)."""

    FID = "FID"


if TYPE_CHECKING:
    ModalitySpatialFiducialsSeriesValue: TypeAlias = ModalitySpatialFiducialsSeries | Literal["FID"]
else:
    ModalitySpatialFiducialsSeriesValue = ModalitySpatialFiducialsSeries
"""A value of ModalitySpatialFiducialsSeries: the enum or the string of one of its members."""


class ModalityRealWorldValueMappingSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Real World Value Mapping Series Module Attributes (C.25.1-1)."""

    RWV = "RWV"


if TYPE_CHECKING:
    ModalityRealWorldValueMappingSeriesValue: TypeAlias = (
        ModalityRealWorldValueMappingSeries | Literal["RWV"]
    )
else:
    ModalityRealWorldValueMappingSeriesValue = ModalityRealWorldValueMappingSeries
"""A value of ModalityRealWorldValueMappingSeries: the enum or the string of one of its members."""


class ModalityCTProtocolSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in CT Protocol Series Module Attributes (C.34.1-1)."""

    CTPROTOCOL = "CTPROTOCOL"


if TYPE_CHECKING:
    ModalityCTProtocolSeriesValue: TypeAlias = ModalityCTProtocolSeries | Literal["CTPROTOCOL"]
else:
    ModalityCTProtocolSeriesValue = ModalityCTProtocolSeries
"""A value of ModalityCTProtocolSeries: the enum or the string of one of its members."""


class ModalityXAProtocolSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in XA Protocol Series Module Attributes (C.34.16-1)."""

    XAPROTOCOL = "XAPROTOCOL"


if TYPE_CHECKING:
    ModalityXAProtocolSeriesValue: TypeAlias = ModalityXAProtocolSeries | Literal["XAPROTOCOL"]
else:
    ModalityXAProtocolSeriesValue = ModalityXAProtocolSeries
"""A value of ModalityXAProtocolSeries: the enum or the string of one of its members."""


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


if TYPE_CHECKING:
    ModalityEnhancedRTSeriesValue: TypeAlias = (
        ModalityEnhancedRTSeries | Literal["RTINTENT", "RTRAD", "RTSEGANN", "PLAN"]
    )
else:
    ModalityEnhancedRTSeriesValue = ModalityEnhancedRTSeries
"""A value of ModalityEnhancedRTSeries: the enum or the string of one of its members."""


class ModalityMicroscopyBulkSimpleAnnotationsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Microscopy Bulk Simple Annotations Series Module Attributes (C.37.1-1)."""

    ANN = "ANN"


if TYPE_CHECKING:
    ModalityMicroscopyBulkSimpleAnnotationsSeriesValue: TypeAlias = (
        ModalityMicroscopyBulkSimpleAnnotationsSeries | Literal["ANN"]
    )
else:
    ModalityMicroscopyBulkSimpleAnnotationsSeriesValue = (
        ModalityMicroscopyBulkSimpleAnnotationsSeries
    )
"""A value of ModalityMicroscopyBulkSimpleAnnotationsSeries: the enum or the string of one of its members."""
