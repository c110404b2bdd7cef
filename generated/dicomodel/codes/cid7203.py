"""CID 7203 Image Derivation.

Extensible, version 20200920, UID 1.2.840.10008.6.1.510.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7203
NAME: _Final[str] = "Image Derivation"
KEYWORD: _Final[str | None] = "ImageDerivation"
UID: _Final[str | None] = "1.2.840.10008.6.1.510"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200920"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LossyCompression: _Final[_Code] = _Code("DCM", "113040", "Lossy Compression", (7203,))
"""Lossy Compression (DCM 113040)."""

PixelByPixelAddition: _Final[_Code] = _Code("DCM", "113042", "Pixel by pixel addition", (7203,))
"""Pixel by pixel addition (DCM 113042)."""

PixelByPixelDivision: _Final[_Code] = _Code("DCM", "113046", "Pixel by pixel division", (7203,))
"""Pixel by pixel division (DCM 113046)."""

PixelByPixelMask: _Final[_Code] = _Code("DCM", "113047", "Pixel by pixel mask", (7203,))
"""Pixel by pixel mask (DCM 113047)."""

PixelByPixelMaximum: _Final[_Code] = _Code("DCM", "113048", "Pixel by pixel Maximum", (7203,))
"""Pixel by pixel Maximum (DCM 113048)."""

PixelByPixelMean: _Final[_Code] = _Code("DCM", "113049", "Pixel by pixel mean", (7203,))
"""Pixel by pixel mean (DCM 113049)."""

MetaboliteMapsFromSpectroscopyData: _Final[_Code] = _Code(
    "DCM", "113050", "Metabolite Maps from spectroscopy data", (7203,)
)
"""Metabolite Maps from spectroscopy data (DCM 113050)."""

PixelByPixelMinimum: _Final[_Code] = _Code("DCM", "113051", "Pixel by pixel Minimum", (7203,))
"""Pixel by pixel Minimum (DCM 113051)."""

PixelByPixelMultiplication: _Final[_Code] = _Code(
    "DCM", "113053", "Pixel by pixel multiplication", (7203,)
)
"""Pixel by pixel multiplication (DCM 113053)."""

PixelByPixelSubtraction: _Final[_Code] = _Code(
    "DCM", "113062", "Pixel by pixel subtraction", (7203,)
)
"""Pixel by pixel subtraction (DCM 113062)."""

MultiplanarReformatting: _Final[_Code] = _Code("DCM", "113072", "Multiplanar reformatting", (7203,))
"""Multiplanar reformatting (DCM 113072)."""

CurvedMultiplanarReformatting: _Final[_Code] = _Code(
    "DCM", "113073", "Curved multiplanar reformatting", (7203,)
)
"""Curved multiplanar reformatting (DCM 113073)."""

VolumeRendering: _Final[_Code] = _Code("DCM", "113074", "Volume rendering", (7203,))
"""Volume rendering (DCM 113074)."""

SurfaceRendering: _Final[_Code] = _Code("DCM", "113075", "Surface rendering", (7203,))
"""Surface rendering (DCM 113075)."""

Segmentation: _Final[_Code] = _Code("DCM", "113076", "Segmentation", (7203,))
"""Segmentation (DCM 113076)."""

VolumeEditing: _Final[_Code] = _Code("DCM", "113077", "Volume editing", (7203,))
"""Volume editing (DCM 113077)."""

MaximumIntensityProjection: _Final[_Code] = _Code(
    "DCM", "113078", "Maximum intensity projection", (7203,)
)
"""Maximum intensity projection (DCM 113078)."""

MinimumIntensityProjection: _Final[_Code] = _Code(
    "DCM", "113079", "Minimum intensity projection", (7203,)
)
"""Minimum intensity projection (DCM 113079)."""

SpatialResampling: _Final[_Code] = _Code("DCM", "113085", "Spatial resampling", (7203,))
"""Spatial resampling (DCM 113085)."""

EdgeEnhancement: _Final[_Code] = _Code("DCM", "113086", "Edge enhancement", (7203,))
"""Edge enhancement (DCM 113086)."""

Smoothing: _Final[_Code] = _Code("DCM", "113087", "Smoothing", (7203,))
"""Smoothing (DCM 113087)."""

GaussianBlur: _Final[_Code] = _Code("DCM", "113088", "Gaussian blur", (7203,))
"""Gaussian blur (DCM 113088)."""

UnsharpMask: _Final[_Code] = _Code("DCM", "113089", "Unsharp mask", (7203,))
"""Unsharp mask (DCM 113089)."""

ImageStitching: _Final[_Code] = _Code("DCM", "113090", "Image stitching", (7203,))
"""Image stitching (DCM 113090)."""

SpatiallyRelatedFramesExtractedFromTheVolume: _Final[_Code] = _Code(
    "DCM", "113091", "Spatially-related frames extracted from the volume", (7203,)
)
"""Spatially-related frames extracted from the volume (DCM 113091)."""

TemporallyRelatedFramesExtractedFromTheSetOfVolumes: _Final[_Code] = _Code(
    "DCM", "113092", "Temporally-related frames extracted from the set of volumes", (7203,)
)
"""Temporally-related frames extracted from the set of volumes (DCM 113092)."""

MultiEnergyProportionalWeighting: _Final[_Code] = _Code(
    "DCM", "113097", "Multi-energy proportional weighting", (7203,)
)
"""Multi-energy proportional weighting (DCM 113097)."""

PolarToRectangularScanConversion: _Final[_Code] = _Code(
    "DCM", "113093", "Polar to Rectangular Scan Conversion", (7203,)
)
"""Polar to Rectangular Scan Conversion (DCM 113093)."""

ExtractionOfIndividualSubjectFromGroup: _Final[_Code] = _Code(
    "DCM", "113131", "Extraction of individual subject from group", (7203,)
)
"""Extraction of individual subject from group (DCM 113131)."""

OCTBScanAnalysis: _Final[_Code] = _Code("DCM", "128303", "OCT B-scan analysis", (7203,))
"""OCT B-scan analysis (DCM 128303)."""

PerfusionImageAnalysis: _Final[_Code] = _Code("DCM", "129104", "Perfusion image analysis", (7203,))
"""Perfusion image analysis (DCM 129104)."""

DiffusionImageAnalysis: _Final[_Code] = _Code("DCM", "129105", "Diffusion image analysis", (7203,))
"""Diffusion image analysis (DCM 129105)."""

DiffusionTractography: _Final[_Code] = _Code("DCM", "129106", "Diffusion tractography", (7203,))
"""Diffusion tractography (DCM 129106)."""

DeformedForRegistration: _Final[_Code] = _Code(
    "DCM", "125027", "Deformed for Registration", (7203,)
)
"""Deformed for Registration (DCM 125027)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
