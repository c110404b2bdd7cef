"""Objects built from scratch with the generated models, for dciodvfy and timings.

Each builder returns a validated model.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydicom.uid import UID

from dicomodel.iods import CTImage, EnhancedCTImage, MRImage, SecondaryCaptureImage, Segmentation
from dicomodel.model import DicomModel

M = TypeVar("M", bound=DicomModel)

ROWS = COLUMNS = 16
STUDY = UID("1.2.826.0.1.3680043.10.1420.1")
FRAME_OF_REFERENCE = UID("1.2.826.0.1.3680043.10.1420.2")


def _uid(suffix: str) -> str:
    return f"1.2.826.0.1.3680043.10.1420.{suffix}"


def _code(value: str, scheme: str, meaning: str) -> dict[str, str]:
    return {"CodeValue": value, "CodingSchemeDesignator": scheme, "CodeMeaning": meaning}


def _validate(cls: type[M], values: dict[str, Any]) -> M:
    """``cls.model_validate(values)``: every required field is given by the builder."""
    return cls.model_validate(values)


def _common(modality: str, series: str, sop_class: str) -> dict[str, Any]:
    """Patient, General Study, General Series, General Equipment, SOP Common."""
    return {
        "PatientName": "Doe^Jane",
        "PatientID": "P-1",
        "PatientBirthDate": "19700131",
        "PatientSex": "F",
        "StudyInstanceUID": STUDY,
        "StudyDate": "20240131",
        "StudyTime": "101010",
        "ReferringPhysicianName": None,
        "StudyID": "S-1",
        "AccessionNumber": None,
        "Modality": modality,
        "SeriesInstanceUID": _uid(f"{series}.1"),
        "SeriesNumber": series,
        "Manufacturer": "dicomodel",
        "SOPClassUID": sop_class,
        "SOPInstanceUID": _uid(f"{series}.2"),
        "SpecificCharacterSet": "ISO_IR 192",
        "InstanceCreationDate": "20240131",
        "InstanceCreationTime": "101010",
        "ImageLaterality": "U",
    }


def _monochrome(bits: int) -> dict[str, Any]:
    return {
        "SamplesPerPixel": 1,
        "PhotometricInterpretation": "MONOCHROME2",
        "Rows": ROWS,
        "Columns": COLUMNS,
        "BitsAllocated": bits,
        "BitsStored": bits if bits < 16 else 12,
        "HighBit": (bits if bits < 16 else 12) - 1,
        "PixelRepresentation": 0,
    }


def _pixels16(frames: int = 1) -> bytes:
    """A 12-bit ramp, little endian."""
    count = ROWS * COLUMNS * frames
    return b"".join((i * 7 % 4096).to_bytes(2, "little") for i in range(count))


def _plane(z: str) -> dict[str, Any]:
    return {
        "FrameOfReferenceUID": FRAME_OF_REFERENCE,
        "PositionReferenceIndicator": None,
        "ImagePositionPatient": ["-4", "-4", z],
        "ImageOrientationPatient": ["1", "0", "0", "0", "1", "0"],
        "PixelSpacing": ["0.5", "0.5"],
        "SliceThickness": "1.5",
    }


def ct_image() -> CTImage:
    return _validate(
        CTImage,
        _common("CT", "1", "1.2.840.10008.5.1.4.1.1.2")
        | _monochrome(16)
        | _plane("0")
        | {
            "ImageType": ["ORIGINAL", "PRIMARY", "AXIAL"],
            "PatientPosition": "HFS",
            "KVP": "120",
            "AcquisitionNumber": "1",
            "InstanceNumber": "1",
            "RescaleIntercept": "-1024",
            "RescaleSlope": "1",
            "RescaleType": "HU",
            "PixelData": _pixels16(),
        },
    )


def mr_image() -> MRImage:
    return _validate(
        MRImage,
        _common("MR", "2", "1.2.840.10008.5.1.4.1.1.4")
        | _monochrome(16)
        | _plane("0")
        | {
            "ImageType": ["ORIGINAL", "PRIMARY", "OTHER"],
            "PatientPosition": "HFS",
            "ScanningSequence": ["SE"],
            "SequenceVariant": ["NONE"],
            "ScanOptions": None,
            "MRAcquisitionType": "2D",
            "EchoTime": "20",
            "RepetitionTime": "500",
            "EchoTrainLength": "1",
            "MagneticFieldStrength": "1.5",
            "InstanceNumber": "1",
            "PixelData": _pixels16(),
        },
    )


def secondary_capture() -> SecondaryCaptureImage:
    """A grayscale SC with the Image Plane module CP-2330 added to the SC Image IOD."""
    return _validate(
        SecondaryCaptureImage,
        _common("OT", "3", "1.2.840.10008.5.1.4.1.1.7")
        | _monochrome(8)
        | _plane("0")
        | {
            "ConversionType": "WSD",
            "InstanceNumber": "1",
            "PatientOrientation": ["L", "P"],
            "PixelData": bytes(range(ROWS * COLUMNS)),
        },
    )


def _multiframe_common(series: str, sop_class: str, modality: str) -> dict[str, Any]:
    common = _common(modality, series, sop_class)
    del common["ImageLaterality"]  # Frame Laterality in the Frame Anatomy functional group
    return common | {
        "ManufacturerModelName": "tests",
        "DeviceSerialNumber": "1",
        "SoftwareVersions": ["0.1"],
        "InstanceNumber": "1",
        "ContentDate": "20240131",
        "ContentTime": "101010",
        "FrameOfReferenceUID": FRAME_OF_REFERENCE,
        "PositionReferenceIndicator": None,
    }


def segmentation(frames: int = 2) -> Segmentation:
    """A BINARY Segmentation of one segment over ``frames`` planes."""
    organization = _uid("4.9")
    per_frame = [
        {
            "FrameContentSequence": [{"DimensionIndexValues": [1, index + 1]}],
            "PlanePositionSequence": [{"ImagePositionPatient": ["-4", "-4", str(index)]}],
            "SegmentIdentificationSequence": [{"ReferencedSegmentNumber": 1}],
        }
        for index in range(frames)
    ]
    bits = ROWS * COLUMNS * frames
    return _validate(
        Segmentation,
        _multiframe_common("4", "1.2.840.10008.5.1.4.1.1.66.4", "SEG")
        | {
            "ImageType": ["DERIVED", "PRIMARY"],
            "SamplesPerPixel": 1,
            "PhotometricInterpretation": "MONOCHROME2",
            "Rows": ROWS,
            "Columns": COLUMNS,
            "BitsAllocated": 1,
            "BitsStored": 1,
            "HighBit": 0,
            "PixelRepresentation": 0,
            "LossyImageCompression": "00",
            "NumberOfFrames": str(frames),
            "SegmentationType": "BINARY",
            "ContentLabel": "LIVER",
            "ContentDescription": None,
            "ContentCreatorName": None,
            "SegmentSequence": [
                {
                    "SegmentNumber": 1,
                    "SegmentLabel": "liver",
                    "SegmentAlgorithmType": "MANUAL",
                    "SegmentedPropertyCategoryCodeSequence": [
                        _code("123037004", "SCT", "Anatomical Structure")
                    ],
                    "SegmentedPropertyTypeCodeSequence": [_code("10200004", "SCT", "Liver")],
                }
            ],
            "DimensionOrganizationSequence": [{"DimensionOrganizationUID": organization}],
            "DimensionIndexSequence": [
                {
                    "DimensionOrganizationUID": organization,
                    "DimensionIndexPointer": 0x0062000B,
                    "FunctionalGroupPointer": 0x0062000A,
                },
                {
                    "DimensionOrganizationUID": organization,
                    "DimensionIndexPointer": 0x00200032,
                    "FunctionalGroupPointer": 0x00209113,
                },
            ],
            "SharedFunctionalGroupsSequence": [
                {
                    "PixelMeasuresSequence": [
                        {"PixelSpacing": ["0.5", "0.5"], "SliceThickness": "1"}
                    ],
                    "PlaneOrientationSequence": [
                        {"ImageOrientationPatient": ["1", "0", "0", "0", "1", "0"]}
                    ],
                }
            ],
            "PerFrameFunctionalGroupsSequence": per_frame,
            "PixelData": bytes([0b11110000]) * (bits // 8),
        },
    )


def enhanced_ct(frames: int = 2) -> EnhancedCTImage:
    """An Enhanced CT Image of ``frames`` axial frames with its functional groups."""
    organization = _uid("5.9")
    per_frame = [
        {
            "FrameContentSequence": [
                {
                    "DimensionIndexValues": [index + 1],
                    "FrameAcquisitionDateTime": "20240131101010",
                    "FrameReferenceDateTime": "20240131101010",
                    "FrameAcquisitionDuration": 1.0,
                }
            ],
            "PlanePositionSequence": [{"ImagePositionPatient": ["-4", "-4", str(index)]}],
            "CTPositionSequence": [
                {
                    "TablePosition": -float(index),
                    "ReconstructionTargetCenterPatient": [0.0, 0.0, float(index)],
                    "DataCollectionCenterPatient": [0.0, 0.0, float(index)],
                }
            ],
        }
        for index in range(frames)
    ]
    shared = {
        "PixelMeasuresSequence": [{"PixelSpacing": ["0.5", "0.5"], "SliceThickness": "1"}],
        "PlaneOrientationSequence": [{"ImageOrientationPatient": ["1", "0", "0", "0", "1", "0"]}],
        "FrameAnatomySequence": [
            {
                "FrameLaterality": "U",
                "AnatomicRegionSequence": [_code("51185008", "SCT", "Thorax")],
            }
        ],
        "PixelValueTransformationSequence": [
            {"RescaleIntercept": "-1024", "RescaleSlope": "1", "RescaleType": "HU"}
        ],
        "FrameVOILUTSequence": [{"WindowCenter": ["40"], "WindowWidth": ["400"]}],
        "IrradiationEventIdentificationSequence": [{"IrradiationEventUID": [_uid("5.8")]}],
        "CTImageFrameTypeSequence": [
            {
                "FrameType": ["ORIGINAL", "PRIMARY", "VOLUME", "NONE"],
                "PixelPresentation": "MONOCHROME",
                "VolumetricProperties": "VOLUME",
                "VolumeBasedCalculationTechnique": "NONE",
            }
        ],
        "CTAcquisitionTypeSequence": [
            {"AcquisitionType": "SEQUENCED", "ConstantVolumeFlag": "NO", "FluoroscopyFlag": "NO"}
        ],
        "CTAcquisitionDetailsSequence": [
            {
                "DataCollectionDiameter": 500.0,
                "GantryDetectorTilt": 0.0,
                "TableHeight": 100.0,
                "RevolutionTime": 1.0,
                "SingleCollimationWidth": 1.0,
                "TotalCollimationWidth": 16.0,
                "RotationDirection": "CW",
            }
        ],
        "CTTableDynamicsSequence": [
            {"TableSpeed": 10.0, "TableFeedPerRotation": 10.0, "SpiralPitchFactor": 0.625}
        ],
        "CTGeometrySequence": [
            {"DistanceSourceToDetector": 1000.0, "DistanceSourceToDataCollectionCenter": 500.0}
        ],
        "CTReconstructionSequence": [
            {
                "ReconstructionAlgorithm": "FILTER_BACK_PROJ",
                "ConvolutionKernel": ["STANDARD"],
                "ConvolutionKernelGroup": "SOFT_TISSUE",
                "ReconstructionDiameter": 250.0,
                "ReconstructionPixelSpacing": [0.5, 0.5],
                "ReconstructionAngle": 360.0,
                "ImageFilter": "NONE",
            }
        ],
        "CTExposureSequence": [
            {
                "ExposureTimeInms": 1000.0,
                "XRayTubeCurrentInmA": 200.0,
                "ExposureInmAs": 200.0,
                "ExposureModulationType": ["NONE"],
                "CTDIvol": 10.0,
                "CTDIPhantomTypeCodeSequence": [
                    _code("113691", "DCM", "IEC Body Dosimetry Phantom")
                ],
            }
        ],
        "CTXRayDetailsSequence": [
            {
                "KVP": "120",
                "FilterType": "FLAT",
                "FilterMaterial": ["ALUMINUM"],
                "FocalSpots": ["1"],
            }
        ],
    }
    return _validate(
        EnhancedCTImage,
        _multiframe_common("5", "1.2.840.10008.5.1.4.1.1.2.1", "CT")
        | _monochrome(16)
        | {
            "ImageType": ["ORIGINAL", "PRIMARY", "VOLUME", "NONE"],
            "PatientPosition": "HFS",
            "PixelPresentation": "MONOCHROME",
            "VolumetricProperties": "VOLUME",
            "VolumeBasedCalculationTechnique": "NONE",
            "AcquisitionNumber": "1",
            "AcquisitionDateTime": "20240131101010",
            "AcquisitionDuration": 1.0,
            "ContentQualification": "PRODUCT",
            "PresentationLUTShape": "IDENTITY",
            "LossyImageCompression": "00",
            "BurnedInAnnotation": "NO",
            "RecognizableVisualFeatures": "NO",
            "NumberOfFrames": str(frames),
            "AcquisitionContextSequence": [],
            "DimensionOrganizationSequence": [{"DimensionOrganizationUID": organization}],
            "DimensionIndexSequence": [
                {
                    "DimensionOrganizationUID": organization,
                    "DimensionIndexPointer": 0x00200032,
                    "FunctionalGroupPointer": 0x00209113,
                }
            ],
            "SharedFunctionalGroupsSequence": [shared],
            "PerFrameFunctionalGroupsSequence": per_frame,
            "PixelData": _pixels16(frames),
        },
    )


BUILDERS = {
    "CT Image": ct_image,
    "MR Image": mr_image,
    "Secondary Capture Image (CP-2330 Image Plane)": secondary_capture,
    "BINARY Segmentation": segmentation,
    "Enhanced CT Image": enhanced_ct,
}
