"""Enumerated Values and Defined Terms of Modality.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import Modality as Modality
    from dicomodel.enums import (
        ModalityAutorefractionMeasurementsSeries as ModalityAutorefractionMeasurementsSeries,
    )
    from dicomodel.enums import (
        ModalityAutorefractionMeasurementsSeriesValue as ModalityAutorefractionMeasurementsSeriesValue,
    )
    from dicomodel.enums import ModalityCTProtocolSeries as ModalityCTProtocolSeries
    from dicomodel.enums import ModalityCTProtocolSeriesValue as ModalityCTProtocolSeriesValue
    from dicomodel.enums import ModalityCTSeries as ModalityCTSeries
    from dicomodel.enums import ModalityCTSeriesValue as ModalityCTSeriesValue
    from dicomodel.enums import ModalityDXSeries as ModalityDXSeries
    from dicomodel.enums import ModalityDXSeriesValue as ModalityDXSeriesValue
    from dicomodel.enums import ModalityEnhancedPETSeries as ModalityEnhancedPETSeries
    from dicomodel.enums import ModalityEnhancedPETSeriesValue as ModalityEnhancedPETSeriesValue
    from dicomodel.enums import ModalityEnhancedRTSeries as ModalityEnhancedRTSeries
    from dicomodel.enums import ModalityEnhancedRTSeriesValue as ModalityEnhancedRTSeriesValue
    from dicomodel.enums import ModalityEnhancedUSSeries as ModalityEnhancedUSSeries
    from dicomodel.enums import ModalityEnhancedUSSeriesValue as ModalityEnhancedUSSeriesValue
    from dicomodel.enums import (
        ModalityIntraocularLensCalculationsSeries as ModalityIntraocularLensCalculationsSeries,
    )
    from dicomodel.enums import (
        ModalityIntraocularLensCalculationsSeriesValue as ModalityIntraocularLensCalculationsSeriesValue,
    )
    from dicomodel.enums import ModalityIntraOralSeries as ModalityIntraOralSeries
    from dicomodel.enums import ModalityIntraOralSeriesValue as ModalityIntraOralSeriesValue
    from dicomodel.enums import ModalityIntravascularOCTSeries as ModalityIntravascularOCTSeries
    from dicomodel.enums import (
        ModalityIntravascularOCTSeriesValue as ModalityIntravascularOCTSeriesValue,
    )
    from dicomodel.enums import (
        ModalityKeratometryMeasurementsSeries as ModalityKeratometryMeasurementsSeries,
    )
    from dicomodel.enums import (
        ModalityKeratometryMeasurementsSeriesValue as ModalityKeratometryMeasurementsSeriesValue,
    )
    from dicomodel.enums import ModalityKeyObjectDocumentSeries as ModalityKeyObjectDocumentSeries
    from dicomodel.enums import (
        ModalityKeyObjectDocumentSeriesValue as ModalityKeyObjectDocumentSeriesValue,
    )
    from dicomodel.enums import (
        ModalityLensometryMeasurementsSeries as ModalityLensometryMeasurementsSeries,
    )
    from dicomodel.enums import (
        ModalityLensometryMeasurementsSeriesValue as ModalityLensometryMeasurementsSeriesValue,
    )
    from dicomodel.enums import ModalityMammographySeries as ModalityMammographySeries
    from dicomodel.enums import ModalityMammographySeriesValue as ModalityMammographySeriesValue
    from dicomodel.enums import (
        ModalityMicroscopyBulkSimpleAnnotationsSeries as ModalityMicroscopyBulkSimpleAnnotationsSeries,
    )
    from dicomodel.enums import (
        ModalityMicroscopyBulkSimpleAnnotationsSeriesValue as ModalityMicroscopyBulkSimpleAnnotationsSeriesValue,
    )
    from dicomodel.enums import ModalityMRSeries as ModalityMRSeries
    from dicomodel.enums import ModalityMRSeriesValue as ModalityMRSeriesValue
    from dicomodel.enums import (
        ModalityOphthalmicAxialMeasurementsSeries as ModalityOphthalmicAxialMeasurementsSeries,
    )
    from dicomodel.enums import (
        ModalityOphthalmicAxialMeasurementsSeriesValue as ModalityOphthalmicAxialMeasurementsSeriesValue,
    )
    from dicomodel.enums import (
        ModalityOphthalmicPhotographySeries as ModalityOphthalmicPhotographySeries,
    )
    from dicomodel.enums import (
        ModalityOphthalmicPhotographySeriesValue as ModalityOphthalmicPhotographySeriesValue,
    )
    from dicomodel.enums import (
        ModalityOphthalmicThicknessMapSeries as ModalityOphthalmicThicknessMapSeries,
    )
    from dicomodel.enums import (
        ModalityOphthalmicThicknessMapSeriesValue as ModalityOphthalmicThicknessMapSeriesValue,
    )
    from dicomodel.enums import (
        ModalityOphthalmicTomographyBScanVolumeAnalysisSeries as ModalityOphthalmicTomographyBScanVolumeAnalysisSeries,
    )
    from dicomodel.enums import (
        ModalityOphthalmicTomographyBScanVolumeAnalysisSeriesValue as ModalityOphthalmicTomographyBScanVolumeAnalysisSeriesValue,
    )
    from dicomodel.enums import (
        ModalityOphthalmicTomographyEnFaceSeries as ModalityOphthalmicTomographyEnFaceSeries,
    )
    from dicomodel.enums import (
        ModalityOphthalmicTomographyEnFaceSeriesValue as ModalityOphthalmicTomographyEnFaceSeriesValue,
    )
    from dicomodel.enums import (
        ModalityOphthalmicTomographySeries as ModalityOphthalmicTomographySeries,
    )
    from dicomodel.enums import (
        ModalityOphthalmicTomographySeriesValue as ModalityOphthalmicTomographySeriesValue,
    )
    from dicomodel.enums import (
        ModalityOpticalSurfaceScannerSeries as ModalityOpticalSurfaceScannerSeries,
    )
    from dicomodel.enums import (
        ModalityOpticalSurfaceScannerSeriesValue as ModalityOpticalSurfaceScannerSeriesValue,
    )
    from dicomodel.enums import ModalityPresentationSeries as ModalityPresentationSeries
    from dicomodel.enums import ModalityPresentationSeriesValue as ModalityPresentationSeriesValue
    from dicomodel.enums import (
        ModalityRealWorldValueMappingSeries as ModalityRealWorldValueMappingSeries,
    )
    from dicomodel.enums import (
        ModalityRealWorldValueMappingSeriesValue as ModalityRealWorldValueMappingSeriesValue,
    )
    from dicomodel.enums import ModalitySegmentationSeries as ModalitySegmentationSeries
    from dicomodel.enums import ModalitySegmentationSeriesValue as ModalitySegmentationSeriesValue
    from dicomodel.enums import ModalitySpatialFiducialsSeries as ModalitySpatialFiducialsSeries
    from dicomodel.enums import (
        ModalitySpatialFiducialsSeriesValue as ModalitySpatialFiducialsSeriesValue,
    )
    from dicomodel.enums import (
        ModalitySpatialRegistrationSeries as ModalitySpatialRegistrationSeries,
    )
    from dicomodel.enums import (
        ModalitySpatialRegistrationSeriesValue as ModalitySpatialRegistrationSeriesValue,
    )
    from dicomodel.enums import ModalitySRDocumentSeries as ModalitySRDocumentSeries
    from dicomodel.enums import ModalitySRDocumentSeriesValue as ModalitySRDocumentSeriesValue
    from dicomodel.enums import ModalityStereometricSeries as ModalityStereometricSeries
    from dicomodel.enums import ModalityStereometricSeriesValue as ModalityStereometricSeriesValue
    from dicomodel.enums import (
        ModalitySubjectiveRefractionMeasurementsSeries as ModalitySubjectiveRefractionMeasurementsSeries,
    )
    from dicomodel.enums import (
        ModalitySubjectiveRefractionMeasurementsSeriesValue as ModalitySubjectiveRefractionMeasurementsSeriesValue,
    )
    from dicomodel.enums import ModalityTerm as ModalityTerm
    from dicomodel.enums import ModalityValue as ModalityValue
    from dicomodel.enums import (
        ModalityVisualAcuityMeasurementsSeries as ModalityVisualAcuityMeasurementsSeries,
    )
    from dicomodel.enums import (
        ModalityVisualAcuityMeasurementsSeriesValue as ModalityVisualAcuityMeasurementsSeriesValue,
    )
    from dicomodel.enums import (
        ModalityVisualFieldStaticPerimetryMeasurementsSeries as ModalityVisualFieldStaticPerimetryMeasurementsSeries,
    )
    from dicomodel.enums import (
        ModalityVisualFieldStaticPerimetryMeasurementsSeriesValue as ModalityVisualFieldStaticPerimetryMeasurementsSeriesValue,
    )
    from dicomodel.enums import (
        ModalityWholeSlideMicroscopySeries as ModalityWholeSlideMicroscopySeries,
    )
    from dicomodel.enums import (
        ModalityWholeSlideMicroscopySeriesValue as ModalityWholeSlideMicroscopySeriesValue,
    )
    from dicomodel.enums import ModalityXAProtocolSeries as ModalityXAProtocolSeries
    from dicomodel.enums import ModalityXAProtocolSeriesValue as ModalityXAProtocolSeriesValue
    from dicomodel.enums import ModalityXAXRFSeries as ModalityXAXRFSeries
    from dicomodel.enums import ModalityXAXRFSeriesValue as ModalityXAXRFSeriesValue


@cache
def _ModalityTerm() -> type[StrEnum]:
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

    ModalityTerm.__qualname__ = "ModalityTerm"
    return ModalityTerm


@cache
def _Modality() -> type[StrEnum]:
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

    Modality.__qualname__ = "Modality"
    return Modality


@cache
def _ModalityDXSeries() -> type[StrEnum]:
    class ModalityDXSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in DX Series Module Attributes (C.8-68)."""

        DX = "DX"
        PX = "PX"
        IO = "IO"
        MG = "MG"

    ModalityDXSeries.__qualname__ = "ModalityDXSeries"
    return ModalityDXSeries


@cache
def _ModalityMammographySeries() -> type[StrEnum]:
    class ModalityMammographySeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Mammography Series Module Attributes (C.8-73)."""

        MG = "MG"

    ModalityMammographySeries.__qualname__ = "ModalityMammographySeries"
    return ModalityMammographySeries


@cache
def _ModalityIntraOralSeries() -> type[StrEnum]:
    class ModalityIntraOralSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Intra-Oral Series Module Attributes (C.8-75)."""

        IO = "IO"

    ModalityIntraOralSeries.__qualname__ = "ModalityIntraOralSeries"
    return ModalityIntraOralSeries


@cache
def _ModalityWholeSlideMicroscopySeries() -> type[StrEnum]:
    class ModalityWholeSlideMicroscopySeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Whole Slide Microscopy Series Module Attributes (C.8.12.3-1)."""

        SM = "SM"

    ModalityWholeSlideMicroscopySeries.__qualname__ = "ModalityWholeSlideMicroscopySeries"
    return ModalityWholeSlideMicroscopySeries


@cache
def _ModalityMRSeries() -> type[StrEnum]:
    class ModalityMRSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in MR Series Module Attributes (C.8-101)."""

        MR = "MR"

    ModalityMRSeries.__qualname__ = "ModalityMRSeries"
    return ModalityMRSeries


@cache
def _ModalityCTSeries() -> type[StrEnum]:
    class ModalityCTSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in CT Series Module Attributes (C.8-113)."""

        CT = "CT"

    ModalityCTSeries.__qualname__ = "ModalityCTSeries"
    return ModalityCTSeries


@cache
def _ModalityOphthalmicPhotographySeries() -> type[StrEnum]:
    class ModalityOphthalmicPhotographySeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Ophthalmic Photography Series Module Attributes (C.8.17.1-1)."""

        OP = "OP"

    ModalityOphthalmicPhotographySeries.__qualname__ = "ModalityOphthalmicPhotographySeries"
    return ModalityOphthalmicPhotographySeries


@cache
def _ModalityOphthalmicTomographySeries() -> type[StrEnum]:
    class ModalityOphthalmicTomographySeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Ophthalmic Tomography Series Module Attributes (C.8.17.6-1)."""

        OPT = "OPT"

    ModalityOphthalmicTomographySeries.__qualname__ = "ModalityOphthalmicTomographySeries"
    return ModalityOphthalmicTomographySeries


@cache
def _ModalityOphthalmicTomographyEnFaceSeries() -> type[StrEnum]:
    class ModalityOphthalmicTomographyEnFaceSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Ophthalmic Tomography En Face Series Module Attributes (C.8.17.17-1)."""

        OPTENF = "OPTENF"

    ModalityOphthalmicTomographyEnFaceSeries.__qualname__ = (
        "ModalityOphthalmicTomographyEnFaceSeries"
    )
    return ModalityOphthalmicTomographyEnFaceSeries


@cache
def _ModalityOphthalmicTomographyBScanVolumeAnalysisSeries() -> type[StrEnum]:
    class ModalityOphthalmicTomographyBScanVolumeAnalysisSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Ophthalmic Tomography B-scan Volume Analysis Series Module Attributes (C.8.17.18-1)."""

        OPTBSV = "OPTBSV"

    ModalityOphthalmicTomographyBScanVolumeAnalysisSeries.__qualname__ = (
        "ModalityOphthalmicTomographyBScanVolumeAnalysisSeries"
    )
    return ModalityOphthalmicTomographyBScanVolumeAnalysisSeries


@cache
def _ModalityStereometricSeries() -> type[StrEnum]:
    class ModalityStereometricSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Stereometric Series Module Attributes (C.8.18.1-1)."""

        SMR = "SMR"

    ModalityStereometricSeries.__qualname__ = "ModalityStereometricSeries"
    return ModalityStereometricSeries


@cache
def _ModalityXAXRFSeries() -> type[StrEnum]:
    class ModalityXAXRFSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in XA/XRF Series Module Attributes (C.8.19.1-1)."""

        XA = "XA"
        RF = "RF"

    ModalityXAXRFSeries.__qualname__ = "ModalityXAXRFSeries"
    return ModalityXAXRFSeries


@cache
def _ModalitySegmentationSeries() -> type[StrEnum]:
    class ModalitySegmentationSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Segmentation Series Module Attributes (C.8.20-1)."""

        SEG = "SEG"

    ModalitySegmentationSeries.__qualname__ = "ModalitySegmentationSeries"
    return ModalitySegmentationSeries


@cache
def _ModalityEnhancedPETSeries() -> type[StrEnum]:
    class ModalityEnhancedPETSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Enhanced PET Series Module Attributes (C.8.22-1)."""

        PT = "PT"

    ModalityEnhancedPETSeries.__qualname__ = "ModalityEnhancedPETSeries"
    return ModalityEnhancedPETSeries


@cache
def _ModalityEnhancedUSSeries() -> type[StrEnum]:
    class ModalityEnhancedUSSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Enhanced US Series Module Attributes (C.8.24.1-1)."""

        US = "US"
        IVUS = "IVUS"

    ModalityEnhancedUSSeries.__qualname__ = "ModalityEnhancedUSSeries"
    return ModalityEnhancedUSSeries


@cache
def _ModalityLensometryMeasurementsSeries() -> type[StrEnum]:
    class ModalityLensometryMeasurementsSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Lensometry Measurements Series Module Attributes (C.8.25.1-1)."""

        LEN = "LEN"

    ModalityLensometryMeasurementsSeries.__qualname__ = "ModalityLensometryMeasurementsSeries"
    return ModalityLensometryMeasurementsSeries


@cache
def _ModalityAutorefractionMeasurementsSeries() -> type[StrEnum]:
    class ModalityAutorefractionMeasurementsSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Autorefraction Measurements Series Module Attributes (C.8.25.2-1)."""

        AR = "AR"

    ModalityAutorefractionMeasurementsSeries.__qualname__ = (
        "ModalityAutorefractionMeasurementsSeries"
    )
    return ModalityAutorefractionMeasurementsSeries


@cache
def _ModalityKeratometryMeasurementsSeries() -> type[StrEnum]:
    class ModalityKeratometryMeasurementsSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Keratometry Measurements Series Module Attributes (C.8.25.3-1)."""

        KER = "KER"

    ModalityKeratometryMeasurementsSeries.__qualname__ = "ModalityKeratometryMeasurementsSeries"
    return ModalityKeratometryMeasurementsSeries


@cache
def _ModalitySubjectiveRefractionMeasurementsSeries() -> type[StrEnum]:
    class ModalitySubjectiveRefractionMeasurementsSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Subjective Refraction Measurements Series Module Attributes (C.8.25.4-1)."""

        SRF = "SRF"

    ModalitySubjectiveRefractionMeasurementsSeries.__qualname__ = (
        "ModalitySubjectiveRefractionMeasurementsSeries"
    )
    return ModalitySubjectiveRefractionMeasurementsSeries


@cache
def _ModalityVisualAcuityMeasurementsSeries() -> type[StrEnum]:
    class ModalityVisualAcuityMeasurementsSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Visual Acuity Measurements Series Module Attributes (C.8.25.5-1)."""

        VA = "VA"

    ModalityVisualAcuityMeasurementsSeries.__qualname__ = "ModalityVisualAcuityMeasurementsSeries"
    return ModalityVisualAcuityMeasurementsSeries


@cache
def _ModalityOphthalmicAxialMeasurementsSeries() -> type[StrEnum]:
    class ModalityOphthalmicAxialMeasurementsSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Ophthalmic Axial Measurements Series Module Attributes (C.8.25.13-1)."""

        OAM = "OAM"

    ModalityOphthalmicAxialMeasurementsSeries.__qualname__ = (
        "ModalityOphthalmicAxialMeasurementsSeries"
    )
    return ModalityOphthalmicAxialMeasurementsSeries


@cache
def _ModalityIntraocularLensCalculationsSeries() -> type[StrEnum]:
    class ModalityIntraocularLensCalculationsSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Intraocular Lens Calculations Series Module Attributes (C.8.25.15-1)."""

        IOL = "IOL"

    ModalityIntraocularLensCalculationsSeries.__qualname__ = (
        "ModalityIntraocularLensCalculationsSeries"
    )
    return ModalityIntraocularLensCalculationsSeries


@cache
def _ModalityVisualFieldStaticPerimetryMeasurementsSeries() -> type[StrEnum]:
    class ModalityVisualFieldStaticPerimetryMeasurementsSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Visual Field Static Perimetry Measurements Series Module Attributes (C.8.26.1-1)."""

        OPV = "OPV"

    ModalityVisualFieldStaticPerimetryMeasurementsSeries.__qualname__ = (
        "ModalityVisualFieldStaticPerimetryMeasurementsSeries"
    )
    return ModalityVisualFieldStaticPerimetryMeasurementsSeries


@cache
def _ModalityIntravascularOCTSeries() -> type[StrEnum]:
    class ModalityIntravascularOCTSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Intravascular OCT Series Module Attributes (C.8.27.1-1)."""

        IVOCT = "IVOCT"

    ModalityIntravascularOCTSeries.__qualname__ = "ModalityIntravascularOCTSeries"
    return ModalityIntravascularOCTSeries


@cache
def _ModalityOphthalmicThicknessMapSeries() -> type[StrEnum]:
    class ModalityOphthalmicThicknessMapSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Ophthalmic Thickness Map Series Module Attributes (C.8.28.1-1)."""

        OPM = "OPM"

    ModalityOphthalmicThicknessMapSeries.__qualname__ = "ModalityOphthalmicThicknessMapSeries"
    return ModalityOphthalmicThicknessMapSeries


@cache
def _ModalityOpticalSurfaceScannerSeries() -> type[StrEnum]:
    class ModalityOpticalSurfaceScannerSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Optical Surface Scanner Series Module Attributes (C.8.29-1)."""

        OSS = "OSS"

    ModalityOpticalSurfaceScannerSeries.__qualname__ = "ModalityOpticalSurfaceScannerSeries"
    return ModalityOpticalSurfaceScannerSeries


@cache
def _ModalityPresentationSeries() -> type[StrEnum]:
    class ModalityPresentationSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Presentation Series Module Attributes (C.11.9-1)."""

        PR = "PR"
        """Presentation State"""

    ModalityPresentationSeries.__qualname__ = "ModalityPresentationSeries"
    return ModalityPresentationSeries


@cache
def _ModalitySRDocumentSeries() -> type[StrEnum]:
    class ModalitySRDocumentSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in SR Document Series Module Attributes (C.17-1)."""

        SR = "SR"
        """SR Document"""

    ModalitySRDocumentSeries.__qualname__ = "ModalitySRDocumentSeries"
    return ModalitySRDocumentSeries


@cache
def _ModalityKeyObjectDocumentSeries() -> type[StrEnum]:
    class ModalityKeyObjectDocumentSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Key Object Document Series Module Attributes (C.17.6-1)."""

        KO = "KO"
        """Key Object Selection"""

    ModalityKeyObjectDocumentSeries.__qualname__ = "ModalityKeyObjectDocumentSeries"
    return ModalityKeyObjectDocumentSeries


@cache
def _ModalitySpatialRegistrationSeries() -> type[StrEnum]:
    class ModalitySpatialRegistrationSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Spatial Registration Series Module Attributes (C.20.1-1)."""

        REG = "REG"

    ModalitySpatialRegistrationSeries.__qualname__ = "ModalitySpatialRegistrationSeries"
    return ModalitySpatialRegistrationSeries


@cache
def _ModalitySpatialFiducialsSeries() -> type[StrEnum]:
    class ModalitySpatialFiducialsSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Spatial Fiducials Series Module Attributes (C.21.1-1)."""

        FID = "FID"

    ModalitySpatialFiducialsSeries.__qualname__ = "ModalitySpatialFiducialsSeries"
    return ModalitySpatialFiducialsSeries


@cache
def _ModalityRealWorldValueMappingSeries() -> type[StrEnum]:
    class ModalityRealWorldValueMappingSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Real World Value Mapping Series Module Attributes (C.25.1-1)."""

        RWV = "RWV"

    ModalityRealWorldValueMappingSeries.__qualname__ = "ModalityRealWorldValueMappingSeries"
    return ModalityRealWorldValueMappingSeries


@cache
def _ModalityCTProtocolSeries() -> type[StrEnum]:
    class ModalityCTProtocolSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in CT Protocol Series Module Attributes (C.34.1-1)."""

        CTPROTOCOL = "CTPROTOCOL"

    ModalityCTProtocolSeries.__qualname__ = "ModalityCTProtocolSeries"
    return ModalityCTProtocolSeries


@cache
def _ModalityXAProtocolSeries() -> type[StrEnum]:
    class ModalityXAProtocolSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in XA Protocol Series Module Attributes (C.34.16-1)."""

        XAPROTOCOL = "XAPROTOCOL"

    ModalityXAProtocolSeries.__qualname__ = "ModalityXAProtocolSeries"
    return ModalityXAProtocolSeries


@cache
def _ModalityEnhancedRTSeries() -> type[StrEnum]:
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

    ModalityEnhancedRTSeries.__qualname__ = "ModalityEnhancedRTSeries"
    return ModalityEnhancedRTSeries


@cache
def _ModalityMicroscopyBulkSimpleAnnotationsSeries() -> type[StrEnum]:
    class ModalityMicroscopyBulkSimpleAnnotationsSeries(StrEnum):
        """Enumerated Values of Modality (0008,0060) in Microscopy Bulk Simple Annotations Series Module Attributes (C.37.1-1)."""

        ANN = "ANN"

    ModalityMicroscopyBulkSimpleAnnotationsSeries.__qualname__ = (
        "ModalityMicroscopyBulkSimpleAnnotationsSeries"
    )
    return ModalityMicroscopyBulkSimpleAnnotationsSeries


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "ModalityTerm": _ModalityTerm,
    "Modality": _Modality,
    "ModalityValue": _Modality,
    "ModalityDXSeries": _ModalityDXSeries,
    "ModalityDXSeriesValue": _ModalityDXSeries,
    "ModalityMammographySeries": _ModalityMammographySeries,
    "ModalityMammographySeriesValue": _ModalityMammographySeries,
    "ModalityIntraOralSeries": _ModalityIntraOralSeries,
    "ModalityIntraOralSeriesValue": _ModalityIntraOralSeries,
    "ModalityWholeSlideMicroscopySeries": _ModalityWholeSlideMicroscopySeries,
    "ModalityWholeSlideMicroscopySeriesValue": _ModalityWholeSlideMicroscopySeries,
    "ModalityMRSeries": _ModalityMRSeries,
    "ModalityMRSeriesValue": _ModalityMRSeries,
    "ModalityCTSeries": _ModalityCTSeries,
    "ModalityCTSeriesValue": _ModalityCTSeries,
    "ModalityOphthalmicPhotographySeries": _ModalityOphthalmicPhotographySeries,
    "ModalityOphthalmicPhotographySeriesValue": _ModalityOphthalmicPhotographySeries,
    "ModalityOphthalmicTomographySeries": _ModalityOphthalmicTomographySeries,
    "ModalityOphthalmicTomographySeriesValue": _ModalityOphthalmicTomographySeries,
    "ModalityOphthalmicTomographyEnFaceSeries": _ModalityOphthalmicTomographyEnFaceSeries,
    "ModalityOphthalmicTomographyEnFaceSeriesValue": _ModalityOphthalmicTomographyEnFaceSeries,
    "ModalityOphthalmicTomographyBScanVolumeAnalysisSeries": _ModalityOphthalmicTomographyBScanVolumeAnalysisSeries,
    "ModalityOphthalmicTomographyBScanVolumeAnalysisSeriesValue": _ModalityOphthalmicTomographyBScanVolumeAnalysisSeries,
    "ModalityStereometricSeries": _ModalityStereometricSeries,
    "ModalityStereometricSeriesValue": _ModalityStereometricSeries,
    "ModalityXAXRFSeries": _ModalityXAXRFSeries,
    "ModalityXAXRFSeriesValue": _ModalityXAXRFSeries,
    "ModalitySegmentationSeries": _ModalitySegmentationSeries,
    "ModalitySegmentationSeriesValue": _ModalitySegmentationSeries,
    "ModalityEnhancedPETSeries": _ModalityEnhancedPETSeries,
    "ModalityEnhancedPETSeriesValue": _ModalityEnhancedPETSeries,
    "ModalityEnhancedUSSeries": _ModalityEnhancedUSSeries,
    "ModalityEnhancedUSSeriesValue": _ModalityEnhancedUSSeries,
    "ModalityLensometryMeasurementsSeries": _ModalityLensometryMeasurementsSeries,
    "ModalityLensometryMeasurementsSeriesValue": _ModalityLensometryMeasurementsSeries,
    "ModalityAutorefractionMeasurementsSeries": _ModalityAutorefractionMeasurementsSeries,
    "ModalityAutorefractionMeasurementsSeriesValue": _ModalityAutorefractionMeasurementsSeries,
    "ModalityKeratometryMeasurementsSeries": _ModalityKeratometryMeasurementsSeries,
    "ModalityKeratometryMeasurementsSeriesValue": _ModalityKeratometryMeasurementsSeries,
    "ModalitySubjectiveRefractionMeasurementsSeries": _ModalitySubjectiveRefractionMeasurementsSeries,
    "ModalitySubjectiveRefractionMeasurementsSeriesValue": _ModalitySubjectiveRefractionMeasurementsSeries,
    "ModalityVisualAcuityMeasurementsSeries": _ModalityVisualAcuityMeasurementsSeries,
    "ModalityVisualAcuityMeasurementsSeriesValue": _ModalityVisualAcuityMeasurementsSeries,
    "ModalityOphthalmicAxialMeasurementsSeries": _ModalityOphthalmicAxialMeasurementsSeries,
    "ModalityOphthalmicAxialMeasurementsSeriesValue": _ModalityOphthalmicAxialMeasurementsSeries,
    "ModalityIntraocularLensCalculationsSeries": _ModalityIntraocularLensCalculationsSeries,
    "ModalityIntraocularLensCalculationsSeriesValue": _ModalityIntraocularLensCalculationsSeries,
    "ModalityVisualFieldStaticPerimetryMeasurementsSeries": _ModalityVisualFieldStaticPerimetryMeasurementsSeries,
    "ModalityVisualFieldStaticPerimetryMeasurementsSeriesValue": _ModalityVisualFieldStaticPerimetryMeasurementsSeries,
    "ModalityIntravascularOCTSeries": _ModalityIntravascularOCTSeries,
    "ModalityIntravascularOCTSeriesValue": _ModalityIntravascularOCTSeries,
    "ModalityOphthalmicThicknessMapSeries": _ModalityOphthalmicThicknessMapSeries,
    "ModalityOphthalmicThicknessMapSeriesValue": _ModalityOphthalmicThicknessMapSeries,
    "ModalityOpticalSurfaceScannerSeries": _ModalityOpticalSurfaceScannerSeries,
    "ModalityOpticalSurfaceScannerSeriesValue": _ModalityOpticalSurfaceScannerSeries,
    "ModalityPresentationSeries": _ModalityPresentationSeries,
    "ModalityPresentationSeriesValue": _ModalityPresentationSeries,
    "ModalitySRDocumentSeries": _ModalitySRDocumentSeries,
    "ModalitySRDocumentSeriesValue": _ModalitySRDocumentSeries,
    "ModalityKeyObjectDocumentSeries": _ModalityKeyObjectDocumentSeries,
    "ModalityKeyObjectDocumentSeriesValue": _ModalityKeyObjectDocumentSeries,
    "ModalitySpatialRegistrationSeries": _ModalitySpatialRegistrationSeries,
    "ModalitySpatialRegistrationSeriesValue": _ModalitySpatialRegistrationSeries,
    "ModalitySpatialFiducialsSeries": _ModalitySpatialFiducialsSeries,
    "ModalitySpatialFiducialsSeriesValue": _ModalitySpatialFiducialsSeries,
    "ModalityRealWorldValueMappingSeries": _ModalityRealWorldValueMappingSeries,
    "ModalityRealWorldValueMappingSeriesValue": _ModalityRealWorldValueMappingSeries,
    "ModalityCTProtocolSeries": _ModalityCTProtocolSeries,
    "ModalityCTProtocolSeriesValue": _ModalityCTProtocolSeries,
    "ModalityXAProtocolSeries": _ModalityXAProtocolSeries,
    "ModalityXAProtocolSeriesValue": _ModalityXAProtocolSeries,
    "ModalityEnhancedRTSeries": _ModalityEnhancedRTSeries,
    "ModalityEnhancedRTSeriesValue": _ModalityEnhancedRTSeries,
    "ModalityMicroscopyBulkSimpleAnnotationsSeries": _ModalityMicroscopyBulkSimpleAnnotationsSeries,
    "ModalityMicroscopyBulkSimpleAnnotationsSeriesValue": _ModalityMicroscopyBulkSimpleAnnotationsSeries,
}


def __getattr__(name: str) -> Any:
    """An enum of this file, made on first use (issue 16)."""
    make = _MAKERS.get(name)
    if make is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = make()
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
