"""CID 7203 Image Derivation.

Extensible, version 20200920, UID 1.2.840.10008.6.1.510.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7203
NAME: Final[str] = "Image Derivation"
KEYWORD: Final[str | None] = "ImageDerivation"
UID: Final[str | None] = "1.2.840.10008.6.1.510"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200920"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LossyCompression: Final[Code] = Code("DCM", "113040", "Lossy Compression", (7203,))
"""Lossy Compression (DCM 113040)."""

PixelByPixelAddition: Final[Code] = Code("DCM", "113042", "Pixel by pixel addition", (7203,))
"""Pixel by pixel addition (DCM 113042)."""

PixelByPixelDivision: Final[Code] = Code("DCM", "113046", "Pixel by pixel division", (7203,))
"""Pixel by pixel division (DCM 113046)."""

PixelByPixelMask: Final[Code] = Code("DCM", "113047", "Pixel by pixel mask", (7203,))
"""Pixel by pixel mask (DCM 113047)."""

PixelByPixelMaximum: Final[Code] = Code("DCM", "113048", "Pixel by pixel Maximum", (7203,))
"""Pixel by pixel Maximum (DCM 113048)."""

PixelByPixelMean: Final[Code] = Code("DCM", "113049", "Pixel by pixel mean", (7203,))
"""Pixel by pixel mean (DCM 113049)."""

MetaboliteMapsFromSpectroscopyData: Final[Code] = Code(
    "DCM", "113050", "Metabolite Maps from spectroscopy data", (7203,)
)
"""Metabolite Maps from spectroscopy data (DCM 113050)."""

PixelByPixelMinimum: Final[Code] = Code("DCM", "113051", "Pixel by pixel Minimum", (7203,))
"""Pixel by pixel Minimum (DCM 113051)."""

PixelByPixelMultiplication: Final[Code] = Code(
    "DCM", "113053", "Pixel by pixel multiplication", (7203,)
)
"""Pixel by pixel multiplication (DCM 113053)."""

PixelByPixelSubtraction: Final[Code] = Code("DCM", "113062", "Pixel by pixel subtraction", (7203,))
"""Pixel by pixel subtraction (DCM 113062)."""

MultiplanarReformatting: Final[Code] = Code("DCM", "113072", "Multiplanar reformatting", (7203,))
"""Multiplanar reformatting (DCM 113072)."""

CurvedMultiplanarReformatting: Final[Code] = Code(
    "DCM", "113073", "Curved multiplanar reformatting", (7203,)
)
"""Curved multiplanar reformatting (DCM 113073)."""

VolumeRendering: Final[Code] = Code("DCM", "113074", "Volume rendering", (7203,))
"""Volume rendering (DCM 113074)."""

SurfaceRendering: Final[Code] = Code("DCM", "113075", "Surface rendering", (7203,))
"""Surface rendering (DCM 113075)."""

Segmentation: Final[Code] = Code("DCM", "113076", "Segmentation", (7203,))
"""Segmentation (DCM 113076)."""

VolumeEditing: Final[Code] = Code("DCM", "113077", "Volume editing", (7203,))
"""Volume editing (DCM 113077)."""

MaximumIntensityProjection: Final[Code] = Code(
    "DCM", "113078", "Maximum intensity projection", (7203,)
)
"""Maximum intensity projection (DCM 113078)."""

MinimumIntensityProjection: Final[Code] = Code(
    "DCM", "113079", "Minimum intensity projection", (7203,)
)
"""Minimum intensity projection (DCM 113079)."""

SpatialResampling: Final[Code] = Code("DCM", "113085", "Spatial resampling", (7203,))
"""Spatial resampling (DCM 113085)."""

EdgeEnhancement: Final[Code] = Code("DCM", "113086", "Edge enhancement", (7203,))
"""Edge enhancement (DCM 113086)."""

Smoothing: Final[Code] = Code("DCM", "113087", "Smoothing", (7203,))
"""Smoothing (DCM 113087)."""

GaussianBlur: Final[Code] = Code("DCM", "113088", "Gaussian blur", (7203,))
"""Gaussian blur (DCM 113088)."""

UnsharpMask: Final[Code] = Code("DCM", "113089", "Unsharp mask", (7203,))
"""Unsharp mask (DCM 113089)."""

ImageStitching: Final[Code] = Code("DCM", "113090", "Image stitching", (7203,))
"""Image stitching (DCM 113090)."""

SpatiallyRelatedFramesExtractedFromTheVolume: Final[Code] = Code(
    "DCM", "113091", "Spatially-related frames extracted from the volume", (7203,)
)
"""Spatially-related frames extracted from the volume (DCM 113091)."""

TemporallyRelatedFramesExtractedFromTheSetOfVolumes: Final[Code] = Code(
    "DCM", "113092", "Temporally-related frames extracted from the set of volumes", (7203,)
)
"""Temporally-related frames extracted from the set of volumes (DCM 113092)."""

MultiEnergyProportionalWeighting: Final[Code] = Code(
    "DCM", "113097", "Multi-energy proportional weighting", (7203,)
)
"""Multi-energy proportional weighting (DCM 113097)."""

PolarToRectangularScanConversion: Final[Code] = Code(
    "DCM", "113093", "Polar to Rectangular Scan Conversion", (7203,)
)
"""Polar to Rectangular Scan Conversion (DCM 113093)."""

ExtractionOfIndividualSubjectFromGroup: Final[Code] = Code(
    "DCM", "113131", "Extraction of individual subject from group", (7203,)
)
"""Extraction of individual subject from group (DCM 113131)."""

OCTBScanAnalysis: Final[Code] = Code("DCM", "128303", "OCT B-scan analysis", (7203,))
"""OCT B-scan analysis (DCM 128303)."""

PerfusionImageAnalysis: Final[Code] = Code("DCM", "129104", "Perfusion image analysis", (7203,))
"""Perfusion image analysis (DCM 129104)."""

DiffusionImageAnalysis: Final[Code] = Code("DCM", "129105", "Diffusion image analysis", (7203,))
"""Diffusion image analysis (DCM 129105)."""

DiffusionTractography: Final[Code] = Code("DCM", "129106", "Diffusion tractography", (7203,))
"""Diffusion tractography (DCM 129106)."""

DeformedForRegistration: Final[Code] = Code("DCM", "125027", "Deformed for Registration", (7203,))
"""Deformed for Registration (DCM 125027)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LossyCompression,
    PixelByPixelAddition,
    PixelByPixelDivision,
    PixelByPixelMask,
    PixelByPixelMaximum,
    PixelByPixelMean,
    MetaboliteMapsFromSpectroscopyData,
    PixelByPixelMinimum,
    PixelByPixelMultiplication,
    PixelByPixelSubtraction,
    MultiplanarReformatting,
    CurvedMultiplanarReformatting,
    VolumeRendering,
    SurfaceRendering,
    Segmentation,
    VolumeEditing,
    MaximumIntensityProjection,
    MinimumIntensityProjection,
    SpatialResampling,
    EdgeEnhancement,
    Smoothing,
    GaussianBlur,
    UnsharpMask,
    ImageStitching,
    SpatiallyRelatedFramesExtractedFromTheVolume,
    TemporallyRelatedFramesExtractedFromTheSetOfVolumes,
    MultiEnergyProportionalWeighting,
    PolarToRectangularScanConversion,
    ExtractionOfIndividualSubjectFromGroup,
    OCTBScanAnalysis,
    PerfusionImageAnalysis,
    DiffusionImageAnalysis,
    DiffusionTractography,
    DeformedForRegistration,
)
"""The resolved membership: own members, then those of the included groups, in order."""
